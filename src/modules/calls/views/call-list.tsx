import type { ViewContext } from '../../../web/context.js';
import { DemoBadge } from '../../../web/components.js';
import { h, Html } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import { callPhase } from '../constants.js';
import type { CallSummary } from '../queries/calls.js';
import { Deadline, PhaseBadge, SavedNotice, euro, tr } from './parts.js';

const TABS = ['open', 'upcoming', 'closed', 'all'] as const;

/** Public list of calls with tabs by phase; the transition team also sees drafts and its tools. */
export function CallListPage({ ctx, calls, phase, team, reviewer, notice, now }: {
  ctx: ViewContext; calls: CallSummary[]; phase: (typeof TABS)[number]; team: boolean; reviewer: boolean; notice?: string | undefined; now: Date;
}): Html {
  const { t, lang } = ctx;
  const counts = Object.fromEntries(TABS.map((p) => [p, calls.filter((c) => c.status === 'published' && (p === 'all' || callPhase(c, now) === p)).length]));
  const shown = calls.filter((c) => (phase === 'all' ? c.status === 'published' : callPhase(c, now) === phase));
  const drafts = team ? calls.filter((c) => c.status === 'draft') : [];
  return (
    <Layout ctx={ctx} title={t('calls.title')} api={`/api/calls${phase === 'all' ? '' : `?phase=${phase}`}`}>
      <h1>{t('calls.title')}</h1>
      <p class="lead">{t('calls.lead')}</p>
      <SavedNotice t={t} notice={notice} />
      {ctx.user ? <p><a href="/applications">{t('calls.myApplications')}</a>{reviewer ? [' · ', <a href="/review">{t('calls.myReviews')}</a>] : null}</p> : null}
      {team ? (
        <ul class="actions">
          <li><a class="button" href="/calls/new">{t('calls.new')}</a></li>
          <li><a href="/forms">{t('calls.forms.title')}</a></li>
          <li><a href="/calls/conformity">{t('calls.conformity.title')}</a></li>
        </ul>
      ) : null}
      <nav aria-label={t('calls.tabs')} class="tabs">
        <ul>
          {TABS.map((p) => (
            <li><a href={p === 'open' ? '/calls' : `/calls?phase=${p}`} aria-current={p === phase ? 'page' : undefined}>{t(`calls.tab.${p}`)} ({counts[p]})</a></li>
          ))}
        </ul>
      </nav>
      <h2>{t(`calls.tab.${phase}`)}</h2>
      {shown.length === 0 ? <p>{t(`calls.none.${phase}`)}</p> : (
        <ul class="cards">
          {shown.map((c) => {
            const p = callPhase(c, now);
            return (
              <li class="card">
                <h3><a href={`/calls/${c.code}`}>{tr(c.title, lang)}</a> <DemoBadge t={t} isDemo={c.isDemo} /></h3>
                <p><PhaseBadge t={t} phase={p} /> <Deadline t={t} lang={lang} phase={p} opensAt={c.opensAt} closesAt={c.closesAt} /></p>
                <p>{tr(c.summary, lang)}</p>
                <p class="muted">{t('calls.instrument')}: {tr(c.instrument.name, lang)} · {t('calls.budget')}: {euro(lang, c.budgetEur)}{c.maxGrantEur !== null ? ` · ${t('calls.maxGrant')}: ${euro(lang, c.maxGrantEur)}` : ''}</p>
              </li>
            );
          })}
        </ul>
      )}
      {drafts.length ? (
        <section aria-labelledby="drafts-title">
          <h2 id="drafts-title">{t('calls.drafts')}</h2>
          <ul>{drafts.map((c) => <li><a href={`/calls/${c.code}`}>{tr(c.title, lang)}</a> <DemoBadge t={t} isDemo={c.isDemo} /></li>)}</ul>
        </section>
      ) : null}
    </Layout>
  );
}
