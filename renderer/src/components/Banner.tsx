import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface BannerProps {
  tone: 'error' | 'info';
  children: ReactNode;
  onDismiss?: () => void;
}

/**
 * A calm message strip: errors are announced at once (role="alert"), notices politely
 * (role="status").
 */
export function Banner({ tone, children, onDismiss }: BannerProps) {
  const { t } = useTranslation();
  return (
    <div className={`banner banner-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
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
