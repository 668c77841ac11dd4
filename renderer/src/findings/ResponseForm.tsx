import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ManagementResponse, Recommendation } from '../../../shared/model/entities';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { DraftTextField } from '../components/DraftTextField';
import { useDateText } from '../i18n/use-lang';
import { currentData, run, stillExists } from '../state/project-store';
import { textRules, useAutosavedDraft } from '../state/use-autosaved-draft';
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
  const dateText = useDateText();
  const response = recommendation.response;
  const [editing, setEditing] = useState(false);
  const [removing, setRemoving] = useState(false);

  if (editing)
    return <ResponseFields recommendation={recommendation} onDone={() => setEditing(false)} />;
  return (
    <section className="response-block" aria-labelledby="response-heading">
      <h3 id="response-heading" className="panel-label">
        {t('response.heading')}
      </h3>
      {response ? (
        <>
          <p>
            <span className={`response-decision response-decision-${response.decision}`}>
              {t(`decision.${response.decision}`)}
            </span>
            {response.received && (
              <span className="muted">
                {' '}
                · {t('response.receivedOn', { date: dateText(response.received) })}
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
              <dd>{response.deadline ? dateText(response.deadline) : t('common.none')}</dd>
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

type ResponseText = 'reasons' | 'keyActions' | 'responsibleUnit' | 'deadline' | 'received';

/**
 * Changes one part of a recommendation's response as the project has it when the save runs (the
 * parts save one by one, so each builds on the others); a recommendation without a response gets
 * one.
 */
function saveResponse(id: string, change: Partial<ManagementResponse>) {
  const recommendation = currentData()?.recommendations.find((r) => r.id === id);
  if (!recommendation) return Promise.resolve(null);
  const response = { ...(recommendation.response ?? blank()), ...change };
  return run('recommendations.update', { id, patch: { response } });
}

/** The response's parts, each saved as it changes; Done goes back to reading it. */
function ResponseFields({
  recommendation,
  onDone,
}: {
  recommendation: Recommendation;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const shown = recommendation.response ?? blank();
  const decision = useAutosavedDraft<Decision>(
    `response/${recommendation.id}/decision`,
    shown.decision,
    {
      save: async (value) => Boolean(await saveResponse(recommendation.id, { decision: value })),
      stillThere: () => stillExists('recommendations', recommendation.id),
    },
  );
  return (
    <div className="form response-form" role="group" aria-labelledby={`${id}-title`}>
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
                checked={decision.value === d}
                onChange={() => decision.commit(d)}
              />
              {t(`decision.${d}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <ResponsePart recommendation={recommendation} part="reasons" rows={3} />
      <ResponsePart recommendation={recommendation} part="keyActions" rows={3} />
      <ResponsePart recommendation={recommendation} part="responsibleUnit" />
      <div className="form-grid">
        <ResponsePart recommendation={recommendation} part="deadline" date />
        <ResponsePart recommendation={recommendation} part="received" date />
      </div>
      <p className="hint">{t('drafts.savedAsYouType')}</p>
      <div className="button-row tight">
        <button type="button" className="button button-primary button-small" onClick={onDone}>
          {t('drafts.done')}
        </button>
      </div>
    </div>
  );
}

/** One written part of the response (a date is saved as soon as it is whole). */
function ResponsePart({
  recommendation,
  part,
  rows,
  date = false,
}: {
  recommendation: Recommendation;
  part: ResponseText;
  rows?: number;
  date?: boolean;
}) {
  const { t } = useTranslation();
  const stored = (recommendation.response ?? blank())[part] ?? '';
  const draft = useAutosavedDraft(
    `response/${recommendation.id}/${part}`,
    stored,
    textRules({
      save: (text) => saveResponse(recommendation.id, { [part]: date ? text || null : text }),
      stillThere: () => stillExists('recommendations', recommendation.id),
    }),
  );
  return (
    <DraftTextField
      label={t(`response.${part}`)}
      draft={draft}
      type={date ? 'date' : 'text'}
      multiline={rows !== undefined}
      rows={rows}
    />
  );
}
