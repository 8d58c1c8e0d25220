import type { ViewContext } from '../../../web/context.js';
import { h, Html } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import type { ApplicationListItem } from '../queries/applications.js';
import { SavedNotice } from './parts.js';
import { ApplicationTable } from './team-pages.js';

/** The applications of every organisation the account belongs to (as owner or member). */
export function MyApplicationsPage({ ctx, items, reviewer, notice }: { ctx: ViewContext; items: ApplicationListItem[]; reviewer: boolean; notice?: string | undefined }): Html {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('calls.myApplications')} crumbs={[[t('calls.title'), '/calls']]} api="/api/applications">
      <h1>{t('calls.myApplications')}</h1>
      <SavedNotice t={t} notice={notice} />
      <p>{t('calls.myApplications.lead')} <a href="/calls">{t('calls.myApplications.toCalls')}</a></p>
      {reviewer ? <p><a href="/review">{t('calls.myReviews')}</a></p> : null}
      {items.length ? <ApplicationTable ctx={ctx} items={items} caption={t('calls.myApplications')} showCall /> : <p>{t('calls.myApplications.none')}</p>}
    </Layout>
  );
}
