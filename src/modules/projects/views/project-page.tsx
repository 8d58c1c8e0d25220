import type { ViewContext } from '../../../web/context.js';
import { Csrf } from '../../../web/forms.js';
import { h, Html } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import type { ProjectDetail } from '../queries/detail.js';
import { LessonCard } from './lesson-parts.js';
import { ActionError, Day, Demo, Paragraphs, SavedNotice, money, moment } from './parts.js';
import { formatDay } from '../../../i18n/formats.js';
import { ScrollTable } from '../../../web/components.js';

type Milestone = ProjectDetail['milestones'][number];

function MilestoneStatus({ ctx, m }: { ctx: ViewContext; m: Milestone }): Html {
  const { t, lang } = ctx;
  if (m.status === 'done') return <span>{t('projects.milestone.doneOn', { day: m.doneOn ? formatDay(lang, m.doneOn) : '' })}</span>;
  return (
    <span>
      {m.status === 'noted' ? t('projects.milestone.noted') : t('projects.milestone.open')}
      {m.overdue ? <span> <strong class="badge badge-gap">{t('projects.milestone.overdue')}</strong></span> : null}
    </span>
  );
}

function Milestones({ ctx, p }: { ctx: ViewContext; p: ProjectDetail }): Html {
  const { t, lang } = ctx;
  return (
    <section aria-labelledby="milestones-title">
      <h2 id="milestones-title">{t('projects.milestones.title')}</h2>
      {p.overdueMilestones > 0 ? <p class="notice notice-error">{t('projects.milestones.overdueCount', { count: p.overdueMilestones })}</p> : null}
      {p.milestones.length === 0 ? <p>{t('projects.milestones.none')}</p> : (
        <ScrollTable caption={t('projects.milestones.title')} class="data-table" captionClass="visually-hidden">
          <thead><tr>
            <th scope="col">{t('projects.milestone.title')}</th><th scope="col">{t('projects.milestone.due')}</th><th scope="col">{t('projects.milestone.status')}</th>
            {p.can.editMilestones ? <th scope="col">{t('projects.actions')}</th> : null}
          </tr></thead>
          <tbody>
            {p.milestones.map((m) => (
              <tr id={`milestone-${m.id}`}>
                <td>{m.title}{m.note ? <p class="hint">{t('projects.milestone.noteLabel')}: {m.note}</p> : null}</td>
                <td><Day lang={lang} iso={m.dueOn} /></td>
                <td><MilestoneStatus ctx={ctx} m={m} /></td>
                {p.can.editMilestones ? (
                  <td>
                    <a href={`/projects/${encodeURIComponent(p.code)}/milestones/${m.id}/edit`}>{t('projects.milestone.edit')}<span class="visually-hidden">: {m.title}</span></a>
                    {m.status !== 'done' ? (
                      <form method="post" action={`/projects/${encodeURIComponent(p.code)}/milestones/${m.id}/done`} class="inline-form">
                        <Csrf token={ctx.csrfToken} />
                        <input type="hidden" name="version" value={String(m.version)} />
                        <button type="submit" class="link-button">{t('projects.milestone.markDone')}<span class="visually-hidden">: {m.title}</span></button>
                      </form>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      {p.can.editMilestones ? <p><a class="button button-secondary" href={`/projects/${encodeURIComponent(p.code)}/milestones/new`}>{t('projects.milestone.add')}</a></p> : null}
    </section>
  );
}

function Reports({ ctx, p }: { ctx: ViewContext; p: ProjectDetail }): Html {
  const { t, lang } = ctx;
  if (!p.reports) return new Html('');
  return (
    <section aria-labelledby="reports-title">
      <h2 id="reports-title">{t('projects.reports.title')}</h2>
      <p class="hint">{t('projects.reports.visibility')}</p>
      {p.reports.length === 0 ? <p>{t('projects.reports.none')}</p> : p.reports.map((r) => (
        <article class="card" id={`report-${r.id}`}>
          <h3>{r.kind === 'final' ? t('projects.report.final') : t('projects.report.progressFor', { period: r.periodLabel })}</h3>
          <p class="muted">{t('projects.report.by', { name: r.submittedBy, at: moment(lang, r.submittedAt) })}</p>
          <Paragraphs text={r.text} />
        </article>
      ))}
      {p.can.report ? (
        <p class="actions">
          <a class="button button-secondary" href={`/projects/${encodeURIComponent(p.code)}/reports/new?kind=progress`}>{t('projects.report.addProgress')}</a>
          {p.hasFinalReport ? null : <a class="button button-secondary" href={`/projects/${encodeURIComponent(p.code)}/reports/new?kind=final`}>{t('projects.report.addFinal')}</a>}
        </p>
      ) : null}
    </section>
  );
}

export function ProjectPage({ ctx, p, notice, actionError }: { ctx: ViewContext; p: ProjectDetail; notice?: string | undefined; actionError?: string | undefined }): Html {
  const { t, lang } = ctx;
  const code = encodeURIComponent(p.code);
  return (
    <Layout ctx={ctx} title={p.title} crumbs={[[t('projects.list.title'), '/projects']]}>
      <h1>{p.title} <Demo t={t} isDemo={p.isDemo} /></h1>
      <SavedNotice t={t} notice={notice} draftKey={notice ? savedDraft(p.code, notice) : undefined} />
      <ActionError message={actionError} />
      <dl class="facts">
        <dt>{t('projects.field.code')}</dt><dd>{p.code}</dd>
        <dt>{t('projects.field.status')}</dt><dd>{t(`projects.status.${p.status}`)}{p.closedAt ? ` (${moment(lang, p.closedAt)})` : ''}</dd>
        <dt>{t('projects.field.call')}</dt><dd><a href={`/calls/${encodeURIComponent(p.call.code)}`}>{p.call.title[lang]}</a></dd>
        <dt>{t('projects.field.instrument')}</dt><dd><a href={`/instruments/${encodeURIComponent(p.instrument.code)}`}>{p.instrument.name[lang]}</a></dd>
        <dt>{t('projects.field.granted')}</dt><dd>{money(lang, p.grantedEur)}</dd>
        <dt>{t('projects.field.period')}</dt><dd><Day lang={lang} iso={p.startsOn} /> – <Day lang={lang} iso={p.endsOn} /></dd>
      </dl>
      <section aria-labelledby="consortium-title">
        <h2 id="consortium-title">{t('projects.consortium.title')}</h2>
        {p.crossSector ? <p>{t('projects.consortium.crossSector')}</p> : null}
        <ScrollTable caption={t('projects.consortium.title')} class="data-table" captionClass="visually-hidden">
          <thead><tr><th scope="col">{t('projects.consortium.organisation')}</th><th scope="col">{t('projects.consortium.role')}</th><th scope="col">{t('projects.consortium.subsector')}</th></tr></thead>
          <tbody>
            {p.consortium.map((m) => (
              <tr><td>{m.name} <Demo t={t} isDemo={m.isDemo} /></td><td>{t(`projects.role.${m.role}`)}</td><td>{m.subsectorName[lang]}</td></tr>
            ))}
          </tbody>
        </ScrollTable>
      </section>
      <Milestones ctx={ctx} p={p} />
      <Reports ctx={ctx} p={p} />
      <section aria-labelledby="lessons-title">
        <h2 id="lessons-title">{t('projects.lessons.title')}</h2>
        <p class="hint">{p.status === 'closed' ? t('projects.lessons.published') : t('projects.lessons.publishedOnClose')}</p>
        {p.lessons.length === 0 ? <p>{t('projects.lessons.none')}</p> : <ul class="cards">{p.lessons.map((l) => <LessonCard t={t} lang={lang} lesson={l} headingLevel={3} />)}</ul>}
        {p.can.writeLessons ? <p><a class="button button-secondary" href={`/projects/${code}/lessons/new`}>{t('projects.lessons.add')}</a></p> : null}
      </section>
      {p.can.close ? (
        <section aria-labelledby="close-title">
          <h2 id="close-title">{t('projects.close.title')}</h2>
          <p>{t('projects.close.intro')}</p>
          <p><a class="button" href={`/projects/${code}/close`}>{t('projects.close.review')}</a></p>
        </section>
      ) : null}
      <p><a href={`/api/projects/${code}`}>{t('common.asJson')}</a></p>
    </Layout>
  );
}

/** The local draft of the form a save came from, cleared once the server confirms the save. */
export const draftKey = (code: string, form: 'milestone-new' | 'report-progress' | 'report-final' | 'lesson-new') => `project-${code}-${form}`;
const SAVED_DRAFTS: Record<string, Parameters<typeof draftKey>[1]> = {
  milestoneAdded: 'milestone-new', reportProgress: 'report-progress', reportFinal: 'report-final', lessonAdded: 'lesson-new',
};
const savedDraft = (code: string, notice: string) => (SAVED_DRAFTS[notice] ? draftKey(code, SAVED_DRAFTS[notice]!) : undefined);
