import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ManagementResponse, Recommendation } from '../../../shared/model/entities';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { TextField } from '../components/TextField';
import { run } from '../state/project-store';
import { today } from './dates';

const decisions = ['accepted', 'partiallyAccepted', 'rejected'] as const;
type Decision = (typeof decisions)[number];

const blank = (): ManagementResponse => ({
  decision: 'accepted',
  reasons: '',
  keyActions: '',
  responsibleUnit: '',
  deadline: null,
  received: today(),
});

/**
 * The recipient's management response to a recommendation, as evaluators record it when it
 * comes back: decision, reasons, key actions, responsible unit, deadline and date received.
 */
export function ResponseForm({ recommendation }: { recommendation: Recommendation }) {
  const { t } = useTranslation();
  const response = recommendation.response;
  const [editing, setEditing] = useState(false);
  const [removing, setRemoving] = useState(false);

  if (editing)
    return (
      <ResponseFields
        initial={response ?? blank()}
        recommendation={recommendation}
        onDone={() => setEditing(false)}
      />
    );
  return (
    <section className="response-block" aria-labelledby="response-heading">
      <h3 id="response-heading" className="panel-label">
        {t('response.heading')}
      </h3>
      {response ? (
        <>
          <p>
            <span className={`response-decision response-decision-${response.decision}`}>
              {t(`response.decision_${response.decision}`)}
            </span>
            {response.received && (
              <span className="muted">
                {' '}
                · {t('response.receivedOn', { date: response.received })}
              </span>
            )}
          </p>
          <dl className="definition-list compact-definitions">
            {response.reasons && (
              <div>
                <dt>{t('response.reasons')}</dt>
                <dd>{response.reasons}</dd>
              </div>
            )}
            {response.keyActions && (
              <div>
                <dt>{t('response.keyActions')}</dt>
                <dd>{response.keyActions}</dd>
              </div>
            )}
            <div>
              <dt>{t('response.responsibleUnit')}</dt>
              <dd>{response.responsibleUnit || t('common.none')}</dd>
            </div>
            <div>
              <dt>{t('response.deadline')}</dt>
              <dd>{response.deadline ?? t('common.none')}</dd>
            </div>
          </dl>
          <div className="button-row tight">
            <button type="button" className="button button-small" onClick={() => setEditing(true)}>
              {t('response.edit')}
            </button>
            <button
              type="button"
              className="button-quiet button-small danger-text"
              onClick={() => setRemoving(true)}
            >
              {t('response.remove')}
            </button>
          </div>
        </>
      ) : (
        <>
          <p className="missing-response">{t('response.none')}</p>
          <button
            type="button"
            className="button button-small button-primary"
            onClick={() => setEditing(true)}
          >
            {t('response.record')}
          </button>
        </>
      )}
      {removing && (
        <ConfirmDialog
          title={t('response.removeTitle')}
          confirmLabel={t('response.remove')}
          onConfirm={() =>
            void run('recommendations.update', { id: recommendation.id, patch: { response: null } })
          }
          onClose={() => setRemoving(false)}
        >
          <p>{t('response.removeBody')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

function ResponseFields({
  initial,
  recommendation,
  onDone,
}: {
  initial: ManagementResponse;
  recommendation: Recommendation;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [value, setValue] = useState<ManagementResponse>(initial);
  const set = <K extends keyof ManagementResponse>(key: K, v: ManagementResponse[K]) =>
    setValue((current) => ({ ...current, [key]: v }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const response: ManagementResponse = {
      ...value,
      reasons: value.reasons.trim(),
      keyActions: value.keyActions.trim(),
      responsibleUnit: value.responsibleUnit.trim(),
    };
    if (await run('recommendations.update', { id: recommendation.id, patch: { response } }))
      onDone();
  };
  return (
    <form
      className="form response-form"
      onSubmit={(event) => void submit(event)}
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`} className="panel-label">
        {t('response.heading')}
      </h3>
      <fieldset>
        <legend>{t('response.decision')}</legend>
        <div className="radio-row">
          {decisions.map((d: Decision) => (
            <label key={d} className="opt-check">
              <input
                type="radio"
                name={`${id}-decision`}
                value={d}
                checked={value.decision === d}
                onChange={() => set('decision', d)}
              />
              {t(`response.decision_${d}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <TextField
        label={t('response.reasons')}
        value={value.reasons}
        onChange={(v) => set('reasons', v)}
        multiline
        rows={3}
      />
      <TextField
        label={t('response.keyActions')}
        value={value.keyActions}
        onChange={(v) => set('keyActions', v)}
        multiline
        rows={3}
      />
      <TextField
        label={t('response.responsibleUnit')}
        value={value.responsibleUnit}
        onChange={(v) => set('responsibleUnit', v)}
      />
      <div className="form-grid">
        <TextField
          label={t('response.deadline')}
          type="date"
          value={value.deadline ?? ''}
          onChange={(v) => set('deadline', v || null)}
        />
        <TextField
          label={t('response.received')}
          type="date"
          value={value.received ?? ''}
          onChange={(v) => set('received', v || null)}
        />
      </div>
      <div className="button-row tight">
        <button type="submit" className="button button-primary button-small">
          {t('response.save')}
        </button>
        <button type="button" className="button button-small" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
