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
 * closes (through `onClose`, which may ask first: see useDiscardGuard). Focus goes to the first
 * field and back to where it was on close.
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
    // Chromium closes a dialog on a repeated close request without asking the page; while it is
    // still meant to be open (e.g. asking whether to discard typed text) it opens again.
    const reopen = () => {
      if (dialog && !dialog.open && !document.querySelector('dialog[open]')) dialog.showModal();
    };
    dialog?.addEventListener('close', reopen);
    hideBackground(+1);
    return () => {
      dialog?.removeEventListener('close', reopen);
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
      onKeyDown={(event) => {
        // Handled here, before the browser turns it into a close request it may not let us stop.
        if (event.key !== 'Escape' || event.defaultPrevented) return;
        event.preventDefault();
        event.stopPropagation();
        closeRef.current();
      }}
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
