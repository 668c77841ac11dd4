import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case, Indicator } from '../../../shared/model/entities';
import { FormActions } from '../components/FormActions';
import { TextField } from '../components/TextField';
import { run } from '../state/project-store';
import { useHeldText } from '../state/use-autosaved-draft';

/** Adds one piece of hard data to a case: a number with its unit, source and date. */
export function IndicatorForm({ kase, onDone }: { kase: Case; onDone: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [value, setValue] = useState('');
  const [unit, setUnit] = useState('');
  const [source, setSource] = useState('');
  const [date, setDate] = useState('');
  const [note, setNote] = useState('');
  useHeldText([name, value, unit, source, note].some((text) => text.trim() !== ''));
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
    if (done) onDone();
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
        onCancel={onDone}
      />
    </form>
  );
}
