import type { ViewContext } from '../../../web/context.js';
import { DemoBadge, ScrollTable } from '../../../web/components.js';
import { Csrf } from '../../../web/forms.js';
import { h } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import type { Rights } from '../guard.js';
import type { AssessmentSummary } from '../presenters.js';
import type { OrganisationRecord } from '../queries.js';
import { DateText, day, ErrorNotice, kindName, Notice, PrivacyStatement } from './parts.js';

export interface StartOffer { modelVersion: number; quick: number; full: number }

/** An organisation's assessments: start one, resume an open one, open the results of a submitted one. */
export function StartPage({ ctx, organisation, rights, items, offer, notice, error }: {
  ctx: ViewContext; organisation: OrganisationRecord; rights: Rights; items: AssessmentSummary[]; offer: StartOffer | null;
  notice?: string | undefined; error?: { code: string; detail: string } | undefined;
}) {
  const { t, lang } = ctx;
  const title = t('assessments.start.title', { name: organisation.name });
  const open = items.filter((a) => a.status === 'open');
  return (
    <Layout ctx={ctx} title={title} crumbs={[[t('assessments.crumb.organisations'), '/organisations'], [organisation.name, `/organisations/${organisation.id}`]]}
      api={`/api/organisations/${organisation.id}/assessments`}>
      <h1>{title} <DemoBadge t={t} isDemo={organisation.isDemo} /></h1>
      <p class="lead">{t('assessments.start.lead')}</p>
      <Notice t={t} notice={notice} />
      <ErrorNotice t={t} error={error} />
      {!rights.answer ? <div class="notice"><p>{t('assessments.start.readOnly')}</p></div> : null}
      <PrivacyStatement t={t} organisationId={organisation.id} shareWithTeam={organisation.shareWithTeam} canChange={rights.owner} />

      {rights.answer && open.length ? [
        <h2>{t('assessments.start.resume')}</h2>,
        <ul class="cards">
          {open.map((a) => (
            <li class="card">
              <h3><a href={`/assessments/${a.id}`}>{kindName(t, a.kind)}</a></h3>
              <p>{t('assessments.start.startedOn')} <DateText lang={lang} date={new Date(a.startedAt)} /> · {t('assessments.modelVersion', { version: a.model.version })}</p>
              <p>{t('assessments.start.respondentsFinished', { finished: a.finishedCount, count: a.respondentCount })}</p>
              <p><a class="button" href={`/assessments/${a.id}`}>{t('assessments.start.continue')}</a></p>
            </li>
          ))}
        </ul>,
      ] : null}

      {rights.manage ? [
        <h2>{t('assessments.start.new')}</h2>,
        offer ? [
          <p>{t('assessments.start.newLead', { version: offer.modelVersion })}</p>,
          <ul class="cards">
            {(['quick', 'full'] as const).map((kind) => (
              <li class="card">
                <h3>{kindName(t, kind)}</h3>
                <p>{t(`assessments.start.about.${kind}`, { questions: offer[kind], minutes: Math.max(5, offer[kind]) })}</p>
                <form method="post" action={`/organisations/${organisation.id}/assessments`}>
                  <Csrf token={ctx.csrfToken} />
                  <input type="hidden" name="kind" value={kind} />
                  <button type="submit" class="button">{t(`assessments.start.button.${kind}`)}</button>
                </form>
              </li>
            ))}
          </ul>,
        ] : <div class="notice"><p>{t('assessments.start.noModel')}</p></div>,
      ] : rights.answer ? <p>{t('assessments.start.respondentCannotStart')}</p> : null}

      <h2>{t('assessments.start.all')}</h2>
      {items.length === 0 ? <p>{t('assessments.start.none')}</p> : (
        <ScrollTable caption={t('assessments.start.tableCaption', { name: organisation.name })} class="data-table">
          <thead>
            <tr>
              <th scope="col">{t('assessments.col.kind')}</th>
              <th scope="col">{t('assessments.col.model')}</th>
              <th scope="col">{t('assessments.col.started')}</th>
              <th scope="col">{t('assessments.col.status')}</th>
              <th scope="col">{t('assessments.col.respondents')}</th>
              <th scope="col">{t('assessments.col.submitted')}</th>
              <th scope="col">{t('assessments.col.result')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((a) => (
              <tr>
                <th scope="row">
                  {a.links.page ? <a href={a.links.page}>{kindName(t, a.kind)}</a> : kindName(t, a.kind)} <DemoBadge t={t} isDemo={a.isDemo} />
                </th>
                <td>{String(a.model.version)}</td>
                <td><DateText lang={lang} date={new Date(a.startedAt)} /></td>
                <td><span class={a.status === 'submitted' ? 'badge badge-covered' : 'badge'}>{t(`assessments.status.${a.status}`)}</span></td>
                <td>
                  {a.respondents === null ? t('assessments.start.respondentsFinished', { finished: a.finishedCount, count: a.respondentCount })
                    : a.respondents.length === 0 ? t('assessments.start.noRespondents') : (
                      <ul>
                        {a.respondents.map((r) => (
                          <li>
                            {r.name}{r.position ? ` (${r.position})` : ''}: {t('assessments.progress.count', { answered: r.answered, total: a.questions })}
                            {r.finished ? [', ', <strong>{t('assessments.respondent.finished')}</strong>] : `, ${t('assessments.respondent.busy')}`}
                          </li>
                        ))}
                      </ul>
                    )}
                </td>
                <td>{a.submittedAt ? <DateText lang={lang} date={new Date(a.submittedAt)} /> : '—'}</td>
                <td>{a.links.results ? <a href={a.links.results}>{t('assessments.start.viewResult')}<span class="visually-hidden"> ({kindName(t, a.kind)}, {a.submittedAt ? day(lang, new Date(a.submittedAt)) : ''})</span></a> : '—'}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      <p><a href={`/api/organisations/${organisation.id}/assessments`}>{t('common.asJson')}</a></p>
    </Layout>
  );
}
