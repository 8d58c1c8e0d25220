import type { ViewContext } from '../../../web/context.js';
import { DemoBadge, FilterSelect, ScrollTable } from '../../../web/components.js';
import { h, Html } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import type { ApplicationStatus } from '../../../db/schema-calls.js';
import { APPLICATION_STATUSES } from '../constants.js';
import type { ApplicationListItem } from '../queries/applications.js';
import type { CallRecord } from '../queries/calls.js';
import type { ConformityReport } from '../queries/conformity.js';
import { When, tr } from './parts.js';

/** Applications in a table: lead, consortium, status, step, dates. */
export function ApplicationTable({ ctx, items, caption, showCall }: { ctx: ViewContext; items: ApplicationListItem[]; caption: string; showCall: boolean }): Html {
  const { t, lang } = ctx;
  return (
    <ScrollTable caption={caption} class="data-table" captionClass="visually-hidden">
      <thead><tr>
        <th scope="col">{t('calls.application.title')}</th>
        {showCall ? <th scope="col">{t('calls.application.call')}</th> : null}
        <th scope="col">{t('calls.application.lead')}</th><th scope="col">{t('calls.consortium.title')}</th>
        <th scope="col">{t('calls.application.status')}</th><th scope="col">{t('calls.application.updated')}</th>
      </tr></thead>
      <tbody>
        {items.map((a) => (
          <tr>
            <th scope="row"><a href={`/applications/${a.id}`}>{a.title}</a> <DemoBadge t={t} isDemo={a.isDemo} /></th>
            {showCall ? <td><a href={`/calls/${a.call.code}`}>{lang === 'en' ? a.call.title_en : a.call.title_nl}</a></td> : null}
            <td>{a.lead.name}</td>
            <td>{t('calls.consortium.count', { n: a.partners })}{a.crossSector ? `, ${t('calls.consortium.crossSector')}` : ''}</td>
            <td>{t(`calls.status.${a.status}`)}{/* Where it stands while it is under way; a decided application has no step to show. */}{(a.status === 'submitted' || a.status === 'in_review') && a.currentStepLabel ? ` (${a.currentStepLabel[lang]})` : ''}</td>
            <td>{a.submittedAt ? <When lang={lang} at={a.submittedAt} /> : <When lang={lang} at={a.updatedAt} />}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

export function CallApplicationsPage({ ctx, call, items, status }: { ctx: ViewContext; call: CallRecord; items: ApplicationListItem[]; status: ApplicationStatus | undefined }): Html {
  const { t, lang } = ctx;
  const title = `${t('calls.applications.title')}: ${tr(call.title, lang)}`;
  return (
    <Layout ctx={ctx} title={title} crumbs={[[t('calls.title'), '/calls'], [tr(call.title, lang), `/calls/${call.code}`]]} api={`/api/calls/${call.code}/applications`}>
      <h1>{title}</h1>
      <form method="get" class="filters" action={`/calls/${call.code}/applications`}>
        <FilterSelect name="status" label={t('calls.application.status')} value={status} all={t('list.all')}
          options={APPLICATION_STATUSES.map((s) => [s, t(`calls.status.${s}`)])} />
        <button type="submit" class="button button-secondary">{t('list.apply')}</button>
      </form>
      <p class="result-count">{t('calls.applications.count', { n: items.length })}</p>
      {items.length ? <ApplicationTable ctx={ctx} items={items} caption={title} showCall={false} /> : <p>{t('calls.applications.none')}</p>}
    </Layout>
  );
}

/** Conformity across every call and instrument: per annex field and value, submitted and granted. */
export function ConformityPage({ ctx, report, calls, instruments, query }: {
  ctx: ViewContext; report: ConformityReport; calls: Array<[string, string]>; instruments: Array<[string, string]>; query: string;
}): Html {
  const { t, lang } = ctx;
  const title = t('calls.conformity.title');
  return (
    <Layout ctx={ctx} title={title} crumbs={[[t('calls.title'), '/calls']]} api={`/api/calls/conformity${query}`}>
      <h1>{title}</h1>
      <p class="lead">{t('calls.conformity.lead')}</p>
      <form method="get" class="filters" action="/calls/conformity">
        <FilterSelect name="instrument" label={t('calls.instrument')} value={report.filter.instrument} all={t('list.all')} options={instruments} />
        <FilterSelect name="call" label={t('calls.application.call')} value={report.filter.call} all={t('list.all')} options={calls} />
        <button type="submit" class="button button-secondary">{t('list.apply')}</button>
      </form>
      <p><a href={`/calls/conformity.csv${query}`} download>{t('calls.conformity.csv')}</a></p>
      <p class="result-count">{t('calls.conformity.totals', { submitted: report.totals.submitted, granted: report.totals.granted })}</p>
      {report.fields.filter((f) => f.values.length).map((f) => (
        <section aria-labelledby={`c-${f.key}`}>
          <h2 id={`c-${f.key}`}>{tr(f.label, lang)}</h2>
          <ScrollTable caption={tr(f.label, lang)} class="data-table" captionClass="visually-hidden">
            <thead><tr><th scope="col">{t('calls.conformity.value')}</th><th scope="col">{t('calls.conformity.submitted')}</th><th scope="col">{t('calls.conformity.granted')}</th></tr></thead>
            <tbody>{f.values.map((v) => <tr><th scope="row">{tr(v.label, lang)}</th><td>{String(v.submitted)}</td><td>{String(v.granted)}</td></tr>)}</tbody>
          </ScrollTable>
        </section>
      ))}
      {report.totals.submitted === 0 ? <p>{t('calls.conformity.none')}</p> : null}
      <section aria-labelledby="per-call">
        <h2 id="per-call">{t('calls.conformity.perCall')}</h2>
        <ScrollTable caption={t('calls.conformity.perCall')} class="data-table" captionClass="visually-hidden">
          <thead><tr><th scope="col">{t('calls.application.call')}</th><th scope="col">{t('calls.instrument')}</th><th scope="col">{t('calls.conformity.submitted')}</th><th scope="col">{t('calls.conformity.granted')}</th></tr></thead>
          <tbody>{report.calls.map((c) => (
            <tr><th scope="row"><a href={`/calls/conformity?call=${c.code}`}>{tr(c.title, lang)}</a></th><td>{tr(c.instrument.name, lang)}</td><td>{String(c.submitted)}</td><td>{String(c.granted)}</td></tr>
          ))}</tbody>
        </ScrollTable>
      </section>
    </Layout>
  );
}
