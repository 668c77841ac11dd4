import { useTranslation } from 'react-i18next';
import type { Coding } from '../../../shared/model/entities';
import { FormActions } from '../components/FormActions';
import { bothEnds } from './coding-model';

interface AdjustBoundsProps {
  coding: Coding;
  /** The text now selected in the transcript (the new bounds), or null. */
  selectedText: string | null;
  /** Whether the selection differs from the coding's bounds. */
  changed: boolean;
  busy: boolean;
  onSave: () => void;
  onCancel: () => void;
}

/**
 * Adjusting a coding's bounds: the transcript selection starts as the coding; the user drags a
 * new selection or extends it with Shift + arrows, then saves.
 */
export function AdjustBounds({
  coding,
  selectedText,
  changed,
  busy,
  onSave,
  onCancel,
}: AdjustBoundsProps) {
  const { t } = useTranslation();
  return (
    <section className="adjust-bounds" aria-labelledby="adjust-heading">
      <h3 id="adjust-heading" className="panel-label">
        {t('codingEdit.adjustHeading')}
      </h3>
      <p className="hint">{t('codingEdit.adjustHint')}</p>
      <h4 className="small-label">{t('codingEdit.before')}</h4>
      <blockquote className="quote-before">{bothEnds(coding.snippet)}</blockquote>
      <h4 className="small-label">{t('codingEdit.after')}</h4>
      <blockquote aria-live="polite">
        {selectedText ? bothEnds(selectedText) : t('codingEdit.noSelection')}
      </blockquote>
      <FormActions
        compact
        submitLabel={t('codingEdit.saveBounds')}
        disabled={!selectedText || !changed || busy}
        onCancel={onCancel}
        onSubmit={onSave}
      />
    </section>
  );
}
