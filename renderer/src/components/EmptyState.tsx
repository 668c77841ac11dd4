import type { ReactNode } from 'react';

interface EmptyStateProps {
  title?: string;
  children: ReactNode;
  action?: ReactNode;
}

/** What an empty list shows: what this place is for and what to do next. */
export function EmptyState({ title, children, action }: EmptyStateProps) {
  return (
    <div className="empty-state">
      {title && <h3 className="empty-title">{title}</h3>}
      <p>{children}</p>
      {action && <div className="empty-action">{action}</div>}
    </div>
  );
}
