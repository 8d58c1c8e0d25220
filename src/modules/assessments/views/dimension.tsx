import type { FieldError } from '../../../plugins/errors.js';
import type { ViewContext } from '../../../web/context.js';
import { Csrf } from '../../../web/forms.js';
import { h, Html } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import type { ModelLevel, ModelQuestion } from '../../maturity/model.js';
import type { QuestionForm } from '../form-mapping.js';
import type { AssessmentRecord } from '../queries.js';
import type { DimensionQuestions, Progress } from '../questions.js';
import { assessmentTitle, DimensionNav } from './overview.js';
import { AutosaveStatus, fieldText, levelLabel, Notice, ProgressLine } from './parts.js';

export interface DimensionPageProps {
  ctx: ViewContext; assessment: AssessmentRecord; group: DimensionQuestions; groups: DimensionQuestions[]; levels: ModelLevel[];
  progress: Progress; forms: Record<number, QuestionForm>; errors: FieldError[]; stale: number[];
  /** Why the answers cannot be changed now, or null when they can. */
  locked: 'submitted' | 'finished' | null;
  notice?: string | undefined;
}

const LEVELS = [0, 1, 2, 3, 4, 5];

/** The first input of a field, where the error summary sends the reader. */
const anchor = (field: string) => (field.startsWith('current-') ? `f-${field}-0` : `f-${field}`);

function Question({ ctx, q, levels, form, errors, stale, locked }: {
  ctx: ViewContext; q: ModelQuestion; levels: ModelLevel[]; form: QuestionForm; errors: FieldError[]; stale: boolean; locked: boolean;
}): Html {
  const { t, lang } = ctx;
  const errorOf = (name: string) => errors.find((e) => e.field === `${name}-${q.id}`);
  const currentError = errorOf('current');
  const targetError = errorOf('target');
  const noteError = errorOf('note');
  const evidenceError = errorOf('evidence');
  const described = (id: string, error: FieldError | undefined, hint?: string) =>
    [hint, error ? `${id}-error` : undefined].filter(Boolean).join(' ') || undefined;
  const ErrorText = ({ id, error }: { id: string; error: FieldError | undefined }) =>
    (error ? <p class="error-text" id={`${id}-error`}>{fieldText(t, error)}</p> : new Html(''));
  return (
    <section class="card" aria-labelledby={`q-${q.id}-title`} data-question={String(q.id)} data-allows-na={q.allowsNotApplicable ? 'true' : 'false'}>
      <h2 id={`q-${q.id}-title`}><span class="muted">{q.code}</span> {q.text[lang]}</h2>
      {q.help[lang] ? <p class="hint" id={`q-${q.id}-help`}>{q.help[lang]}</p> : null}
      {q.criticalFrom !== null ? <p><strong>{t('assessments.question.critical', { level: q.criticalFrom, below: q.criticalFrom - 1 })}</strong></p> : null}
      {stale ? <p class="error-text" id={`q-${q.id}-stale`}>{t('assessments.question.stale')}</p> : null}
      <input type="hidden" name={`version-${q.id}`} value={form.version} data-version />

      <fieldset class={currentError ? 'field-error' : undefined} aria-describedby={described(`f-current-${q.id}`, currentError)} disabled={locked}>
        <legend>{t('assessments.question.current')}<span class="visually-hidden"> ({q.code})</span></legend>
        <ErrorText id={`f-current-${q.id}`} error={currentError} />
        {LEVELS.map((level) => {
          const l = levels.find((x) => x.level === level);
          const id = `f-current-${q.id}-${level}`;
          return (
            <div class="checkbox-row">
              <input type="radio" id={id} name={`current-${q.id}`} value={String(level)} checked={form.current === String(level)} data-field="current" />
              <label for={id}><strong>{levelLabel(lang, levels, level)}</strong>{l ? [<br />, <span class="hint">{l.description[lang]}</span>] : null}</label>
            </div>
          );
        })}
        {q.allowsNotApplicable ? (
          <div class="checkbox-row">
            <input type="radio" id={`f-current-${q.id}-na`} name={`current-${q.id}`} value="na" checked={form.current === 'na'} data-field="current" />
            <label for={`f-current-${q.id}-na`}><strong>{t('assessments.question.notApplicable')}</strong><br /><span class="hint">{t('assessments.question.notApplicableHint')}</span></label>
          </div>
        ) : null}
      </fieldset>

      <div class={targetError ? 'field field-error' : 'field'}>
        <label for={`f-target-${q.id}`}>{t('assessments.question.target')}<span class="visually-hidden"> ({q.code})</span></label>
        <ErrorText id={`f-target-${q.id}`} error={targetError} />
        <select id={`f-target-${q.id}`} name={`target-${q.id}`} disabled={locked || form.current === 'na'} data-field="target"
          aria-invalid={targetError ? 'true' : undefined} aria-describedby={described(`f-target-${q.id}`, targetError)}>
          <option value="">{t('assessments.question.noTarget')}</option>
          {LEVELS.map((level) => <option value={String(level)} selected={form.target === String(level)}>{levelLabel(lang, levels, level)}</option>)}
        </select>
      </div>

      <div class={noteError ? 'field field-error' : 'field'}>
        <label for={`f-note-${q.id}`}>{t('assessments.question.note')}<span class="visually-hidden"> ({q.code})</span></label>
        <ErrorText id={`f-note-${q.id}`} error={noteError} />
        <textarea id={`f-note-${q.id}`} name={`note-${q.id}`} rows={3} disabled={locked} data-field="note"
          aria-invalid={noteError ? 'true' : undefined} aria-describedby={described(`f-note-${q.id}`, noteError)}>{form.note}</textarea>
      </div>

      <div class={evidenceError ? 'field field-error' : 'field'}>
        <label for={`f-evidence-${q.id}`}>{t('assessments.question.evidence')}<span class="visually-hidden"> ({q.code})</span></label>
        <p class="hint" id={`f-evidence-${q.id}-hint`}>{t('assessments.question.evidenceHint')}</p>
        <ErrorText id={`f-evidence-${q.id}`} error={evidenceError} />
        <input type="url" id={`f-evidence-${q.id}`} name={`evidence-${q.id}`} value={form.evidence} inputmode="url" autocomplete="url" disabled={locked} data-field="evidence"
          aria-invalid={evidenceError ? 'true' : undefined} aria-describedby={described(`f-evidence-${q.id}`, evidenceError, `f-evidence-${q.id}-hint`)} />
      </div>
      <p class="hint" data-status aria-live="polite" id={`q-${q.id}-status`}></p>
    </section>
  );
}

/** One dimension's questions: saved one by one as they change (assessment.js), or all at once with the button. */
export function DimensionPage(p: DimensionPageProps) {
  const { ctx, assessment: a, group, groups, progress } = p;
  const { t, lang } = ctx;
  const dim = group.dimension;
  const index = groups.findIndex((g) => g.dimension.code === dim.code);
  const next = groups[index + 1]?.dimension;
  const dimProgress = progress.dimensions.find((d) => d.code === dim.code)!;
  const title = dim.name[lang];
  const locked = p.locked !== null;
  const questionOf = (field: string) => group.questions.find((q) => field.endsWith(`-${q.id}`));
  return (
    <Layout ctx={ctx} title={title} api={`/api/assessments/${a.id}`} scripts={['/static/js/assessment.js']}
      crumbs={[[a.organisationName, `/organisations/${a.organisationId}`], [t('assessments.crumb.assessments'), `/organisations/${a.organisationId}/assessments`], [assessmentTitle(ctx, a), `/assessments/${a.id}`]]}>
      <h1>{title}</h1>
      <p class="lead">{dim.description[lang]}</p>
      <ProgressLine t={t} answered={dimProgress.answered} total={dimProgress.total} dimension={dim.code} />
      <p class="muted">{t('assessments.dimension.overall')} <span data-progress-text="overall">{t('assessments.progress.count', { answered: progress.answered, total: progress.total })}</span></p>
      <Notice t={t} notice={p.notice} />
      {p.errors.length ? (
        <div class="notice notice-error error-summary" role="alert" tabindex="-1" id="error-summary">
          <h2>{t(p.errors.length === 1 ? 'form.errorsTitleOne' : 'form.errorsTitle', { count: p.errors.length })}</h2>
          <ul>
            {p.errors.map((e) => {
              const q = questionOf(e.field);
              return <li><a href={`#${anchor(e.field)}`}>{q ? `${q.code}: ${t(`assessments.field.${e.field.split('-')[0]}`)}` : e.field}</a>: {fieldText(t, e)}</li>;
            })}
          </ul>
        </div>
      ) : null}
      {p.stale.length ? (
        <div class="notice notice-error" role="alert" id="stale-notice" tabindex="-1">
          <p>{t('assessments.dimension.stale', { questions: group.questions.filter((q) => p.stale.includes(q.id)).map((q) => q.code).join(', ') })}</p>
        </div>
      ) : null}
      {p.locked ? <div class="notice"><p>{t(`assessments.dimension.locked.${p.locked}`)} <a href={`/assessments/${a.id}`}>{t('assessments.dimension.toOverview')}</a></p></div> : null}

      <form method="post" action={`/assessments/${a.id}/dimensions/${dim.code}`} novalidate
        data-assessment={String(a.id)} data-user={String(ctx.user?.id ?? '')} data-locked={locked ? 'true' : undefined}>
        <Csrf token={ctx.csrfToken} />
        <AutosaveStatus ctx={ctx} assessmentId={a.id} />
        {group.questions.map((q) => (
          <Question ctx={ctx} q={q} levels={p.levels} form={p.forms[q.id]!} errors={p.errors} stale={p.stale.includes(q.id)} locked={locked} />
        ))}
        {!locked ? (
          <div class="actions">
            <button type="submit" class="button">{t('assessments.dimension.save')}</button>
            {next ? <button type="submit" class="button button-secondary" name="next" value={next.code}>{t('assessments.dimension.saveNext', { dimension: next.name[lang] })}</button> : null}
          </div>
        ) : null}
      </form>
      <DimensionNav ctx={ctx} assessmentId={a.id} groups={groups} progress={progress} current={dim.code} />
      <p><a href={`/assessments/${a.id}`}>{t('assessments.dimension.toOverview')}</a></p>
    </Layout>
  );
}
