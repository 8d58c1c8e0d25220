import type { ViewContext } from '../../../web/context.js';
import { h } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import { ScrollTable } from '../../../web/components.js';

/** What the platform stores about people, why and how long: one row each, in this order. */
export const STORED = ['account', 'identity', 'sessions', 'logins', 'memberships', 'contributions', 'audit', 'feedback', 'cookies'] as const;

export function PrivacyPage({ ctx, deleted }: { ctx: ViewContext; deleted: boolean }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('privacy.title')} api={null}>
      <h1>{t('privacy.title')}</h1>
      {deleted ? <div class="notice" role="status"><p>{t('privacy.deleted')}</p></div> : null}
      <p class="lead">{t('privacy.lead')}</p>

      <h2>{t('privacy.storedTitle')}</h2>
      <ScrollTable caption={t('privacy.storedCaption')}>
        <thead>
          <tr><th scope="col">{t('privacy.col.what')}</th><th scope="col">{t('privacy.col.why')}</th><th scope="col">{t('privacy.col.howLong')}</th></tr>
        </thead>
        <tbody>
          {STORED.map((key) => (
            <tr>
              <th scope="row">{t(`privacy.stored.${key}.what`)}</th>
              <td>{t(`privacy.stored.${key}.why`)}</td>
              <td>{t(`privacy.stored.${key}.howLong`)}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      <p>{t('privacy.noTracking')}</p>

      <h2>{t('privacy.rightsTitle')}</h2>
      <ul>
        <li>{t('privacy.rights.access')} {ctx.user
          ? <a href="/privacy/export" download="">{t('privacy.exportLink')}</a>
          : <a href="/login?return=%2Fprivacy">{t('privacy.loginFirst')}</a>}</li>
        <li>{t('privacy.rights.erasure')} {ctx.user
          ? <a href="/privacy/delete">{t('privacy.deleteLink')}</a>
          : <a href="/login?return=%2Fprivacy%2Fdelete">{t('privacy.loginFirst')}</a>}</li>
        <li>{t('privacy.rights.rectification')}</li>
        <li>{t('privacy.rights.objection')}</li>
        <li>{t('privacy.rights.complaint')} <a href="https://www.vlaamsetoezichtcommissie.be">www.vlaamsetoezichtcommissie.be</a></li>
      </ul>
      <p>{t('privacy.api')} <code>GET /api/me/export</code>, <code>DELETE /api/me</code>.</p>
    </Layout>
  );
}
