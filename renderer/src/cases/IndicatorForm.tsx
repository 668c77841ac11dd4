import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case, Indicator } from '../../../shared/model/entities';
import { FormActions } from '../components/FormActions';
import { TextField } from '../components/TextField';
import { run } from '../state/project-store';
import { forgetKeptText, useKeptText } from '../state/use-autosaved-draft';

const FIELDS = ['name', 'value', 'unit', 'source', 'date', 'note'] as const;

/** Where a new indicator's typed fields are kept, so a view or case switch does not lose them. */
export function indicatorFormKeys(caseId: string): string[] {
  return FIELDS.map((field) => `newIndicator/${caseId}/${field}`);
}

/** Adds one piece of hard data to a case: a number with its unit, source and date. */
export function IndicatorForm({ kase, onDone }: { kase: Case; onDone: () => void }) {
  const { t } = useTranslation();
  const keys = indicatorFormKeys(kase.id);
  const [name, setName] = useKeptText(keys[0] ?? '');
  const [value, setValue] = useKeptText(keys[1] ?? '');
  const [unit, setUnit] = useKeptText(keys[2] ?? '');
  const [source, setSource] = useKeptText(keys[3] ?? '');
  const [date, setDate] = useKeptText(keys[4] ?? '');
  const [note, setNote] = useKeptText(keys[5] ?? '');
  const close = () => {
    forgetKeptText(keys);
    onDone();
  };
  // Accept a decimal comma as Swedish users type it.
  const number = Number(value.replace(',', '.').replace(/\s/g, ''));
  const valid = name.trim() !== '' && value.trim() !== '' && Number.isFinite(number);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!valid) return;
    const indicator: Indicator = {
      id: crypto.randomUUID(),
      name: name.trim(),
      value: number,
      unit: unit.trim(),
      source: source.trim(),
      date: date || null,
      note: note.trim(),
    };
    const done = await run('cases.update', {
      id: kase.id,
      patch: { indicators: [...kase.indicators, indicator] },
    });
    if (done) close();
  };
  return (
    <form className="form inline-form" onSubmit={(event) => void submit(event)}>
      <TextField label={t('cases.indicatorName')} value={name} onChange={setName} required />
      <div className="form-grid">
        <TextField label={t('cases.value')} value={value} onChange={setValue} required />
        <TextField label={t('cases.unit')} value={unit} onChange={setUnit} />
      </div>
      <div className="form-grid">
        <TextField label={t('cases.source')} value={source} onChange={setSource} />
        <TextField label={t('cases.date')} type="date" value={date} onChange={setDate} />
      </div>
      <TextField label={t('cases.note')} value={note} onChange={setNote} multiline rows={2} />
      <FormActions
        compact
        submitLabel={t('cases.addIndicator')}
        disabled={!valid}
        onCancel={close}
      />
    </form>
  );
}
