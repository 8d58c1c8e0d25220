import type { FieldError } from '../../../plugins/errors.js';
import type { ViewContext } from '../../../web/context.js';
import { Csrf, ErrorSummary, TextArea, TextField, errorFor, fieldMessage } from '../../../web/forms.js';
import { h, Html } from '../../../web/jsx.js';
import { list, val, type Form } from '../form.js';
import { RELEVANCES, type Ranked } from '../ranking.js';
import type { ResultContext } from '../result-context.js';
import { day, reasonSentence, text } from '../sentences.js';
import { StaleNotice } from './parts.js';
import { ScrollTable } from '../../../web/components.js';

export interface ChooserProps {
  ctx: ViewContext; organisationId: number; context: ResultContext; ranking: Ranked[];
  /** create: a new plan from this result; change: the priorities of the current plan. */
  mode: 'create' | 'change'; form: Form; errors: FieldError[]; stale?: { currentVersion: number } | undefined;
}

/**
 * The ranking as a table the organisation works in: per dimension the facts, its relevance to the
 * mission (a select) and whether to take it up (a checkbox), with the sentence that explains the
 * place. "Rank again" re-orders with the relevance chosen; nothing is saved until the plan is.
 */
export function PriorityChooser({ ctx, organisationId, context, ranking, mode, form, errors, stale }: ChooserProps): Html {
  const { t, lang } = ctx;
  const chosen = list(form, 'priority');
  const qText = (id: number) => text(context.model.questions.get(id)?.text, lang);
  const labels: Record<string, string> = { priorities: t('improvement.choose.priorities'), priority: t('improvement.choose.priorities'), reassessOn: t('improvement.reassessOn'), scenarioNote: t('improvement.scenarioNote'), form: t('improvement.formLabel') };
  const prioritiesError = errorFor(errors, 'priorities');
  const action = mode === 'create' ? `/organisations/${organisationId}/plan` : `/organisations/${organisationId}/plan/priorities`;
  const draft = mode === 'create' ? `improvement-plan:${organisationId}:${context.assessment.id}` : `improvement-priorities:${organisationId}`;
  return (
    <form method="post" action={action} novalidate data-draft={draft} data-draft-version={val(form, 'version')} id="f-form" tabindex="-1">
      <Csrf token={ctx.csrfToken} />
      <input type="hidden" name="version" value={val(form, 'version')} />
      <StaleNotice t={t} stale={stale} href={`/organisations/${organisationId}/plan`} />
      <ErrorSummary t={t} errors={errors} labels={labels} />
      <p>{t('improvement.choose.lead')}</p>
      <p class="hint">{t('improvement.choose.rule')}</p>
      <div class="table-scroll" id="f-priorities" tabindex="-1">
        {prioritiesError ? <p class="error-text">{fieldMessage(t, prioritiesError)}</p> : null}
        <ScrollTable caption={t('improvement.choose.caption', { date: day(lang, context.assessment.submittedOn) })} class="data-table">
          <thead>
            <tr>
              <th scope="col">{t('improvement.col.rank')}</th>
              <th scope="col">{t('improvement.col.dimension')}</th>
              <th scope="col">{t('improvement.col.level')}</th>
              <th scope="col">{t('improvement.col.target')}</th>
              <th scope="col">{t('improvement.col.relevance')}</th>
              <th scope="col">{t('improvement.col.choose')}</th>
              <th scope="col">{t('improvement.col.why')}</th>
            </tr>
          </thead>
          <tbody>
            {ranking.map((r) => {
              const dim = context.dimensions.find((d) => d.code === r.code)!;
              const name = text(dim.name, lang);
              const isChosen = chosen.length || val(form, 'touched') ? chosen.includes(r.code) : r.suggested;
              return (
                <tr>
                  <td>{String(r.rank)}{r.suggested ? [' ', <span class="badge">{t('improvement.suggested')}</span>] : null}</td>
                  <th scope="row">{name}</th>
                  <td>{String(r.level)} <span class="muted">{text(dim.levelName, lang)}</span></td>
                  <td>{r.target === null ? '—' : String(r.target)}</td>
                  <td>
                    <label class="visually-hidden" for={`f-relevance_${r.code}`}>{t('improvement.choose.relevanceFor', { dimension: name })}</label>
                    <select id={`f-relevance_${r.code}`} name={`relevance_${r.code}`}>
                      {RELEVANCES.map((x) => <option value={x} selected={r.relevance === x}>{t(`improvement.relevance.${x}`)}</option>)}
                    </select>
                  </td>
                  <td>
                    <input type="checkbox" id={`f-priority-${r.code}`} name="priority" value={r.code} checked={isChosen} />
                    <label for={`f-priority-${r.code}`}><span class="visually-hidden">{t('improvement.choose.pick', { dimension: name })}</span><span aria-hidden="true">{t('improvement.choose.pickShort')}</span></label>
                  </td>
                  <td>{reasonSentence(t, r, r.criticalItems.map(qText))}</td>
                </tr>
              );
            })}
          </tbody>
        </ScrollTable>
      </div>
      <input type="hidden" name="touched" value="1" />
      {mode === 'create' ? [
        <TextField t={t} name="reassessOn" label={labels.reassessOn!} type="date" value={val(form, 'reassessOn')} errors={errors} hint={t('improvement.reassessOnHint')} />,
        <TextArea t={t} name="scenarioNote" label={labels.scenarioNote!} value={val(form, 'scenarioNote')} errors={errors} hint={t('improvement.scenarioNoteHint')} rows={3} />,
      ] : null}
      <div class="actions">
        <button type="submit" class="button" name="intent" value="save">{t(mode === 'create' ? 'improvement.choose.create' : 'improvement.choose.save')}</button>
        <button type="submit" class="button button-secondary" name="intent" value="rank">{t('improvement.choose.rank')}</button>
      </div>
      <p class="hint" data-draft-status aria-live="polite"></p>
    </form>
  );
}
