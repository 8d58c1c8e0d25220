import type { ViewContext } from '../../../web/context.js';
import { DemoBadge, ScrollTable } from '../../../web/components.js';
import { Csrf } from '../../../web/forms.js';
import { h } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import type { MaturityModel } from '../../maturity/model.js';
import type { Rights } from '../guard.js';
import type { AssessmentRecord, RespondentRecord } from '../queries.js';
import type { DimensionQuestions, Progress } from '../questions.js';
import { AutosaveStatus, DateText, ErrorNotice, kindName, LevelScale, Notice, PrivacyStatement, ProgressLine, RulesList } from './parts.js';

export interface OverviewProps {
  ctx: ViewContext; assessment: AssessmentRecord; model: MaturityModel; groups: DimensionQuestions[]; rights: Rights;
  progress: Progress; me: { finishedAt: Date | null }; respondents: RespondentRecord[];
  notice?: string | undefined; error?: { code: string; detail: string } | undefined;
}

export const assessmentTitle = (ctx: ViewContext, a: AssessmentRecord) =>
  ctx.t('assessments.overview.title', { kind: kindName(ctx.t, a.kind), organisation: a.organisationName });

/** Dimension navigation with progress per dimension; the current one is marked for assistive technology too. */
export function DimensionNav({ ctx, assessmentId, groups, progress, current }: { ctx: ViewContext; assessmentId: number; groups: DimensionQuestions[]; progress: Progress; current?: string }) {
  const { t, lang } = ctx;
  return (
    <nav aria-labelledby="dimension-nav-title" class="dimension-nav">
      <h2 id="dimension-nav-title">{t('assessments.nav.title')}</h2>
      <ol>
        {groups.map((g) => {
          const p = progress.dimensions.find((d) => d.code === g.dimension.code)!;
          return (
            <li>
              <a href={`/assessments/${assessmentId}/dimensions/${g.dimension.code}`} aria-current={current === g.dimension.code ? 'page' : undefined}>{g.dimension.name[lang]}</a>{' '}
              <span class="muted" data-progress-text={`nav-${g.dimension.code}`}>{t('assessments.progress.count', { answered: p.answered, total: p.total })}</span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

/** Before the first question: privacy, progress, the dimensions, finishing one's part and submitting. */
export function OverviewPage(p: OverviewProps) {
  const { ctx, assessment: a, groups, progress, rights } = p;
  const { t, lang } = ctx;
  const title = assessmentTitle(ctx, a);
  const open = a.status === 'open';
  const finished = p.me.finishedAt !== null;
  const firstOpen = progress.dimensions.find((d) => d.answered < d.total)?.code ?? groups[0]?.dimension.code;
  const finishedCount = p.respondents.filter((r) => r.finishedAt).length;
  return (
    <Layout ctx={ctx} title={title} api={`/api/assessments/${a.id}`} scripts={['/static/js/assessment.js']}
      crumbs={[[a.organisationName, `/organisations/${a.organisationId}`], [t('assessments.crumb.assessments'), `/organisations/${a.organisationId}/assessments`]]}>
      <h1>{title} <DemoBadge t={t} isDemo={a.isDemo} /></h1>
      <p>{t('assessments.start.startedOn')} <DateText lang={lang} date={a.startedAt} /> · {t('assessments.modelVersion', { version: a.modelVersion })} · {t(`assessments.status.${a.status}`)}</p>
      <Notice t={t} notice={p.notice} />
      <ErrorNotice t={t} error={p.error} />
      {!open ? (
        <div class="notice notice-success"><p>{t('assessments.overview.submitted')} <DateText lang={lang} date={a.submittedAt} />. <a href={`/assessments/${a.id}/results`}>{t('assessments.overview.toResults')}</a></p></div>
      ) : null}
      <AutosaveStatus ctx={ctx} assessmentId={a.id} />

      <PrivacyStatement t={t} organisationId={a.organisationId} shareWithTeam={a.shareWithTeam} canChange={rights.owner} />

      <h2>{t('assessments.overview.progress')}</h2>
      <ProgressLine t={t} answered={progress.answered} total={progress.total} overall />
      {open && !finished && firstOpen ? <p><a class="button" href={`/assessments/${a.id}/dimensions/${firstOpen}`}>{t(progress.answered ? 'assessments.overview.continue' : 'assessments.overview.begin')}</a></p> : null}
      <DimensionNav ctx={ctx} assessmentId={a.id} groups={groups} progress={progress} />

      {open ? [
        <h2>{t('assessments.overview.myPart')}</h2>,
        finished ? [
          <p>{t('assessments.overview.finishedOn')} <DateText lang={lang} date={p.me.finishedAt} />. {t('assessments.overview.reopenHint')}</p>,
          <form method="post" action={`/assessments/${a.id}/reopen`}>
            <Csrf token={ctx.csrfToken} />
            <button type="submit" class="button button-secondary">{t('assessments.overview.reopen')}</button>
          </form>,
        ] : [
          <p>{t('assessments.overview.finishHint')}</p>,
          <form method="post" action={`/assessments/${a.id}/finish`}>
            <Csrf token={ctx.csrfToken} />
            <button type="submit" class="button">{t('assessments.overview.finish')}</button>
          </form>,
        ],
      ] : null}

      <h2>{t('assessments.overview.respondents')}</h2>
      {p.respondents.length === 0 ? <p>{t('assessments.start.noRespondents')}</p> : (
        <ScrollTable caption={t('assessments.overview.respondents')} class="data-table" captionClass="visually-hidden">
          <thead><tr><th scope="col">{t('assessments.col.name')}</th><th scope="col">{t('assessments.col.answered')}</th><th scope="col">{t('assessments.col.finished')}</th></tr></thead>
          <tbody>
            {p.respondents.map((r) => (
              <tr>
                <th scope="row">{r.name}{r.position ? ` (${r.position})` : ''}</th>
                <td>{t('assessments.progress.count', { answered: r.answered, total: progress.total })}</td>
                <td>{r.finishedAt ? [t('assessments.respondent.finished'), ' (', <DateText lang={lang} date={r.finishedAt} />, ')'] : t('assessments.respondent.busy')}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}

      {open && rights.manage ? [
        <h2>{t('assessments.overview.submit')}</h2>,
        <p>{t('assessments.overview.submitHint', { finished: finishedCount, count: p.respondents.length })}</p>,
        <form method="post" action={`/assessments/${a.id}/submit`}>
          <Csrf token={ctx.csrfToken} />
          <button type="submit" class="button">{t('assessments.overview.submitButton')}</button>
        </form>,
      ] : open ? <p>{t('assessments.overview.submitByManager')}</p> : null}

      <h2>{t('assessments.rules.title')}</h2>
      <RulesList t={t} />
      <LevelScale t={t} lang={lang} levels={p.model.levels} />
    </Layout>
  );
}
