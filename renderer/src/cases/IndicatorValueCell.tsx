import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/i18n/format';
import { newId } from '../../../shared/model/primitives';
import type { Case, Indicator } from '../../../shared/model/entities';
import { useLang } from '../i18n/use-lang';
import { projectStore, run, stillExists } from '../state/project-store';
import { useAutosavedDraft, useKeptDraft } from '../state/use-autosaved-draft';
import { formatNumber } from '../i18n/format-number';
import { parseNumber } from './indicator-model';

interface IndicatorValueCellProps {
  kase: Case;
  name: string;
  /** The unit a new value gets (the row's common unit). */
  unit: string;
  indicator: Indicator | undefined;
}

const valueKey = (caseId: string, name: string) => `case/${caseId}/indicator/${name}/value`;

/**
 * One case's value of one indicator, edited in place: the value is a button; Enter or a click
 * turns it into a field. A number typed is saved as it is typed (after a pause, when the field is
 * left, or when the table goes away), so a view switch loses nothing; Enter or leaving the field
 * closes it; Escape takes back what is not saved yet. An emptied field removes the value when it
 * is closed (undo brings it back); text that is not a number is kept, said, and offered back.
 */
export function IndicatorValueCell({ kase, name, unit, indicator }: IndicatorValueCellProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const [editing, setEditing] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const kept = useKeptDraft([valueKey(kase.id, name)]);

  const stop = () => {
    setEditing(false);
    // Back to the button, so keyboard users keep their place in the table.
    requestAnimationFrame(() => buttonRef.current?.focus());
  };
  if (editing || kept) {
    return <ValueEditor kase={kase} name={name} unit={unit} indicator={indicator} onDone={stop} />;
  }
  return (
    <button
      ref={buttonRef}
      type="button"
      className={indicator ? 'value-button' : 'value-button is-missing'}
      aria-label={
        indicator
          ? t('indicatorTable.editValue', {
              indicator: name,
              case: kase.name,
              value: `${formatNumber(indicator.value, lang)} ${indicator.unit}`.trim(),
            })
          : t('indicatorTable.addValue', { indicator: name, case: kase.name })
      }
      title={
        indicator
          ? [indicator.source, indicator.date && formatDate(indicator.date, lang)]
              .filter(Boolean)
              .join(', ') || undefined
          : undefined
      }
      onClick={() => setEditing(true)}
    >
      {indicator ? formatNumber(indicator.value, lang) : '–'}
    </button>
  );
}

/** The case as it is when a save runs (a burst saved later must not undo another edit). */
function currentCase(id: string): Case | undefined {
  return projectStore.get().project?.data.cases.find((c) => c.id === id);
}

/** Writes one indicator value of a case: a number sets it (adding the indicator), blank removes it. */
function saveValue(caseId: string, name: string, unit: string, text: string) {
  const kase = currentCase(caseId);
  if (!kase) return Promise.resolve(null);
  const existing = kase.indicators.find((i) => i.name === name);
  if (text.trim() === '') {
    if (!existing) return Promise.resolve({});
    const indicators = kase.indicators.filter((i) => i.id !== existing.id);
    return run('cases.update', { id: caseId, patch: { indicators } });
  }
  const value = parseNumber(text);
  if (existing?.value === value) return Promise.resolve({});
  const indicators = existing
    ? kase.indicators.map((i) => (i.id === existing.id ? { ...i, value } : i))
    : [...kase.indicators, { id: newId(), name, value, unit, source: '', date: null, note: '' }];
  return run('cases.update', { id: caseId, patch: { indicators } });
}

function ValueEditor({
  kase,
  name,
  unit,
  indicator,
  onDone,
}: IndicatorValueCellProps & { onDone: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const shown = indicator ? String(indicator.value).replace('.', lang === 'sv' ? ',' : '.') : '';
  const draft = useAutosavedDraft(valueKey(kase.id, name), shown, {
    save: async (text) => Boolean(await saveValue(kase.id, name, unit, text)),
    // Blank waits for the field to close (removing a value is a choice, not a pause in typing).
    valid: (text) => Number.isFinite(parseNumber(text)),
    same: (a, b) => a.trim() === b.trim() || parseNumber(a) === parseNumber(b),
    stillThere: () => stillExists('cases', kase.id),
  });
  const blank = draft.value.trim() === '';
  const close = () => {
    if (blank) {
      void saveValue(kase.id, name, unit, '');
      draft.revert();
    } else if (draft.state === 'invalid') {
      return;
    } else {
      draft.flush();
    }
    onDone();
  };
  const problem =
    draft.state === 'failed'
      ? t('drafts.failed')
      : draft.state === 'invalid' && !blank
        ? t('indicatorTable.notANumber')
        : '';
  return (
    <span className="value-editor">
      <input
        className={problem ? 'value-input is-invalid' : 'value-input'}
        type="text"
        inputMode="decimal"
        autoFocus
        value={draft.value}
        aria-label={t('indicatorTable.valueOf', { indicator: name, case: kase.name })}
        aria-invalid={problem !== '' || undefined}
        title={problem || undefined}
        // Selected, so typing replaces the value as in a spreadsheet; arrows keep it.
        onFocus={(event) => event.target.select()}
        onChange={(event) => draft.change(event.target.value)}
        onBlur={close}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            close();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation();
            draft.revert();
            onDone();
          }
        }}
      />
      <span className="value-note" role="status">
        {problem}
      </span>
    </span>
  );
}
