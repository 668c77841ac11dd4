import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface BannerProps {
  /** 'warning': something outside the user's work went wrong (e.g. the connection to Fynd). */
  tone: 'error' | 'warning' | 'info';
  children: ReactNode;
  onDismiss?: () => void;
}

/**
 * A calm message strip: errors and warnings are announced at once (role="alert"), notices
 * politely (role="status").
 */
export function Banner({ tone, children, onDismiss }: BannerProps) {
  const { t } = useTranslation();
  return (
    <div className={`banner banner-${tone}`} role={tone === 'info' ? 'status' : 'alert'}>
      <div className="banner-body">{children}</div>
      {onDismiss && (
        <button
          type="button"
          className="icon-button banner-dismiss"
          aria-label={t('app.dismiss')}
          title={t('app.dismiss')}
          onClick={onDismiss}
        >
          <span aria-hidden="true">×</span>
        </button>
      )}
    </div>
  );
}
