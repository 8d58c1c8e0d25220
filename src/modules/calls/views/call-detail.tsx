import type { FieldError } from '../../../plugins/errors.js';
import type { ViewContext } from '../../../web/context.js';
import { DemoBadge, ScrollTable } from '../../../web/components.js';
import { Csrf, ErrorSummary, Select, TextField } from '../../../web/forms.js';
import { h, Html } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import type { CallPhase } from '../constants.js';
import type { CallRecord } from '../queries/calls.js';
import { ActionError, Deadline, Paragraphs, PhaseBadge, SavedNotice, When, euro, number, tr } from './parts.js';

export interface ApplyState { organisations: Array<{ id: number; name: string }>; form: Record<string, string>; errors: FieldError[] }

function ApplySection({ ctx, call, phase, apply }: { ctx: ViewContext; call: CallRecord; phase: CallPhase; apply: ApplyState | null }): Html {
  const { t, lang } = ctx;
  if (phase === 'upcoming') return <p>{t('calls.apply.notYet')} <When lang={lang} at={call.opensAt} />.</p>;
  if (phase !== 'open') return <p>{t('calls.apply.closed')}</p>;
  if (!ctx.user) return <p><a class="button" href={`/login?return=${encodeURIComponent(`/calls/${call.code}`)}`}>{t('calls.apply.login')}</a></p>;
  if (!apply || apply.organisations.length === 0) return <p>{t('calls.apply.noOrganisation')} <a href="/organisations/new">{t('calls.apply.register')}</a></p>;
  return (
    <form method="post" action={`/calls/${call.code}/applications`} novalidate id="f-form" tabindex="-1">
      <ErrorSummary t={t} errors={apply.errors} labels={{ organisationId: t('calls.apply.organisation'), title: t('calls.application.title'), form: t('calls.apply.title') }} />
      <Csrf token={ctx.csrfToken} />
      <Select t={t} name="organisationId" label={t('calls.apply.organisation')} hint={t('calls.apply.organisationHint')} value={apply.form.organisationId ?? ''} errors={apply.errors} required
        options={apply.organisations.map((o) => [String(o.id), o.name])} empty={t('form.choose')} />
      <TextField t={t} name="title" label={t('calls.application.title')} value={apply.form.title ?? ''} errors={apply.errors} required />
      <div class="actions"><button type="submit" class="button">{t('calls.apply.start')}</button></div>
    </form>
  );
}

/** A call: what it funds, for whom, how it is judged, its workflow, its dates, and the way in. */
export function CallDetailPage({ ctx, call, phase, team, apply, notice, actionError }: {
  ctx: ViewContext; call: CallRecord; phase: CallPhase; team: boolean; apply: ApplyState | null; notice?: string | undefined; actionError?: string | undefined;
}): Html {
  const { t, lang } = ctx;
  const totalWeight = call.criteria.reduce((n, c) => n + c.weight, 0);
  return (
    <Layout ctx={ctx} title={tr(call.title, lang)} crumbs={[[t('calls.title'), '/calls']]} api={`/api/calls/${call.code}`}>
      <h1>{tr(call.title, lang)} <DemoBadge t={t} isDemo={call.isDemo} /></h1>
      <SavedNotice t={t} notice={notice} />
      <ActionError message={actionError} />
      <p class="lead"><PhaseBadge t={t} phase={phase} /> <strong><Deadline t={t} lang={lang} phase={phase} opensAt={call.opensAt} closesAt={call.closesAt} /></strong></p>
      {team ? (
        <div class="actions">
          <a href={`/calls/${call.code}/edit`}>{t('calls.edit')}</a>
          <a href={`/calls/${call.code}/applications`}>{t('calls.applications.title')}</a>
          <a href={`/calls/${call.code}/review`}>{t('calls.review')}</a>
          <a href={`/calls/${call.code}/ranking`}>{t('calls.ranking')}</a>
          <a href={`/calls/${call.code}/reviewers`}>{t('calls.reviewers')}</a>
          <a href={`/calls/conformity?call=${call.code}`}>{t('calls.conformity.title')}</a>
          {call.status === 'draft' ? (
            <form method="post" action={`/calls/${call.code}/publish`} class="inline-form">
              <Csrf token={ctx.csrfToken} /><button type="submit" class="button">{t('calls.publish')}</button>
            </form>
          ) : null}
        </div>
      ) : null}
      <Paragraphs text={tr(call.summary, lang)} />
      <dl class="facts">
        <dt>{t('calls.instrument')}</dt><dd><a href={`/instruments/${call.instrument.code}`}>{tr(call.instrument.name, lang)}</a></dd>
        <dt>{t('calls.budget')}</dt><dd>{euro(lang, call.budgetEur)}</dd>
        <dt>{t('calls.maxGrant')}</dt><dd>{euro(lang, call.maxGrantEur)}</dd>
        <dt>{t('calls.opens')}</dt><dd><When lang={lang} at={call.opensAt} /></dd>
        <dt>{t('calls.closes')}</dt><dd><When lang={lang} at={call.closesAt} /></dd>
        <dt>{t('calls.consortiumRule')}</dt>
        <dd>{t('calls.minPartners', { n: call.minPartners })}{call.requiresCrossSector ? ` ${t('calls.crossSectorRequired')}` : ''}</dd>
      </dl>
      <section aria-labelledby="eligibility-title">
        <h2 id="eligibility-title">{t('calls.eligibility')}</h2>
        <Paragraphs text={tr(call.eligibility, lang) || '—'} />
      </section>
      <section aria-labelledby="criteria-title">
        <h2 id="criteria-title">{t('calls.criteria')}</h2>
        <ScrollTable caption={t('calls.criteria')} class="data-table" captionClass="visually-hidden">
          <thead><tr><th scope="col">{t('calls.criterion')}</th><th scope="col">{t('calls.weight')}</th><th scope="col">{t('calls.share')}</th></tr></thead>
          <tbody>
            {call.criteria.map((c) => (
              <tr>
                <th scope="row">{tr(c.label, lang)}{tr(c.description, lang) ? <p class="hint">{tr(c.description, lang)}</p> : null}</th>
                <td>{number(lang, c.weight)}</td>
                <td>{totalWeight ? `${Math.round((c.weight / totalWeight) * 100)}%` : '—'}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      </section>
      <section aria-labelledby="annexes-title">
        <h2 id="annexes-title">{t('calls.annexes')}</h2>
        <ul>
          <li>{t('calls.annex.title')} ({t('calls.annexes.always')})</li>
          <li>{t('calls.pathway.title')} ({t('calls.annexes.always')})</li>
          {call.annexes.map((a) => <li>{tr(a.label, lang)} ({t(a.required ? 'calls.annexes.required' : 'calls.annexes.optional')})</li>)}
        </ul>
      </section>
      <section aria-labelledby="workflow-title">
        <h2 id="workflow-title">{t('calls.workflow')}</h2>
        <ol>{call.workflow.map((s) => <li>{tr(s.label, lang)} <span class="muted">({t(`calls.actor.${s.actorRole}`)})</span></li>)}</ol>
      </section>
      <section aria-labelledby="apply-title">
        <h2 id="apply-title">{t('calls.apply.title')}</h2>
        <ApplySection ctx={ctx} call={call} phase={phase} apply={apply} />
      </section>
    </Layout>
  );
}
