import { useEffect, useId, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** A wider dialog for forms with long text (e.g. a pasted transcript). */
  wide?: boolean;
}

/**
 * A modal dialog on the native <dialog>: the page behind is inert, Tab stays inside, Escape
 * closes. Focus goes to the first field and back to where it was on close.
 */
export function Dialog({ title, onClose, children, wide = false }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const closeRef = useRef(onClose);
  useEffect(() => {
    closeRef.current = onClose;
  }, [onClose]);

  useEffect(() => {
    const dialog = ref.current;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    hideBackground(+1);
    return () => {
      hideBackground(-1);
      if (dialog?.open) dialog.close();
      // The element leaves the page with React, so the browser cannot restore focus itself.
      if (before?.isConnected) before.focus();
    };
  }, []);

  // In a portal, outside the app root, so the root can be hidden from assistive technology.
  return createPortal(
    <dialog
      ref={ref}
      className={wide ? 'dialog dialog-wide' : 'dialog'}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        closeRef.current();
      }}
    >
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      {children}
    </dialog>,
    document.body,
  );
}

let openDialogs = 0;

/**
 * The page behind a modal dialog is inert for the browser; aria-hidden says the same to
 * assistive technology and to role-based queries (so "Lägg till källa" names one button).
 */
function hideBackground(change: 1 | -1): void {
  openDialogs = Math.max(0, openDialogs + change);
  const root = document.getElementById('root');
  if (!root) return;
  if (openDialogs > 0) root.setAttribute('aria-hidden', 'true');
  else root.removeAttribute('aria-hidden');
}
