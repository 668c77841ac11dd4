import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PrioritySchema, type Priority, type Recommendation } from '../../../shared/model/entities';
import { SaveButtons } from '../components/SaveButtons';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import { run } from '../state/project-store';
import { useStoredDraft } from '../state/use-stored-draft';

type Fields = Pick<
  Recommendation,
  'title' | 'text' | 'rationale' | 'actor' | 'priority' | 'timeframe'
>;

const fieldsOf = (r: Recommendation): Fields => ({
  title: r.title,
  text: r.text,
  rationale: r.rationale,
  actor: r.actor,
  priority: r.priority,
  timeframe: r.timeframe,
});

/** A recommendation's own text and who, how urgent and when; saved together with one button. */
export function RecommendationForm({ recommendation }: { recommendation: Recommendation }) {
  const { t } = useTranslation();
  const id = useId();
  const stored = fieldsOf(recommendation);
  const [fields, setFields] = useStoredDraft(recommendation, fieldsOf);
  const [message, setMessage] = useState('');
  const set =
    <K extends keyof Fields>(key: K) =>
    (value: Fields[K]) => {
      setFields((current) => ({ ...current, [key]: value }));
      setMessage('');
    };
  const patch = Object.fromEntries(
    (Object.keys(fields) as (keyof Fields)[])
      .filter((key) => fields[key].trim() !== stored[key])
      .map((key) => [key, fields[key].trim()]),
  ) as Partial<Fields>;
  const changed = Object.keys(patch).length > 0 && fields.title.trim() !== '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!changed) return;
    if (await run('recommendations.update', { id: recommendation.id, patch }))
      setMessage(t('recommendationEditor.saved'));
  };
  return (
    <form
      className="form"
      onSubmit={(event) => void submit(event)}
      aria-labelledby={`${id}-legend`}
    >
      <h3 id={`${id}-legend`} className="visually-hidden">
        {t('recommendationEditor.details')}
      </h3>
      <TextField
        label={t('recommendationEditor.titleField')}
        value={fields.title}
        onChange={set('title')}
        required
      />
      <TextField
        label={t('recommendationEditor.text')}
        value={fields.text}
        onChange={set('text')}
        multiline
        rows={4}
      />
      <TextField
        label={t('recommendationEditor.rationale')}
        value={fields.rationale}
        onChange={set('rationale')}
        multiline
        rows={3}
      />
      <TextField
        label={t('findings.actor')}
        value={fields.actor}
        onChange={set('actor')}
        hint={t('recommendationEditor.actorHint')}
      />
      <div className="form-grid">
        <SelectField
          label={t('findings.priority')}
          value={fields.priority}
          onChange={(value) => set('priority')(value as Priority)}
          options={PrioritySchema.options.map((p) => ({ value: p, label: t(`priority.${p}`) }))}
        />
        <TextField
          label={t('findings.timeframe')}
          value={fields.timeframe}
          onChange={set('timeframe')}
          hint={t('recommendationEditor.timeframeHint')}
        />
      </div>
      <SaveButtons
        label={t('recommendationEditor.save')}
        changed={changed}
        onRevert={() => setFields(stored)}
        status={message}
        tight
      />
    </form>
  );
}
