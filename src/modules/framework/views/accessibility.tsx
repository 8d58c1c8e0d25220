import type { ViewContext } from '../../../web/context.js';
import { h } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import { Period } from './parts.js';

/**
 * The accessibility statement that EU directive 2016/2102 requires of public-sector sites, in
 * the shape of the EU model statement: status, what is not (yet) verified, how it was drawn up,
 * feedback route and enforcement procedure.
 */
export interface AccessibilityStatement {
  /** When the statement was drawn up or last reviewed (YYYY-MM-DD). */
  date: string;
  /** Where readers report a problem (ACCESSIBILITY_CONTACT). */
  contact: string;
}

const NOT_VERIFIED = ['screenReaders', 'manualAudit', 'keyboardZoom', 'userContent', 'external'] as const;

export function AccessibilityPage({ ctx, statement }: { ctx: ViewContext; statement: AccessibilityStatement }) {
  const { t, lang } = ctx;
  return (
    <Layout ctx={ctx} title={t('framework.a11y.title')} api={null}>
      <h1>{t('framework.a11y.title')}</h1>
      <p class="lead">{t('framework.a11y.lead')}</p>

      <h2>{t('framework.a11y.statusTitle')}</h2>
      <p><strong>{t('framework.a11y.status')}</strong></p>
      <p>{t('framework.a11y.statusWhy')}</p>

      <h2>{t('framework.a11y.testingTitle')}</h2>
      <ul>
        <li>{t('framework.a11y.testing.axe')}</li>
        <li>{t('framework.a11y.testing.structure')}</li>
        <li>{t('framework.a11y.testing.design')}</li>
      </ul>

      <h2>{t('framework.a11y.notVerifiedTitle')}</h2>
      <p>{t('framework.a11y.notVerifiedLead')}</p>
      <ul>{NOT_VERIFIED.map((key) => <li>{t(`framework.a11y.notVerified.${key}`)}</li>)}</ul>

      <h2>{t('framework.a11y.preparedTitle')}</h2>
      <p>{t('framework.a11y.prepared')} <Period date={statement.date} lang={lang} />.</p>
      <p>{t('framework.a11y.preparedMethod')}</p>

      <h2>{t('framework.a11y.feedbackTitle')}</h2>
      <p>{t('framework.a11y.feedback')}</p>
      <p><a href={`mailto:${statement.contact}`}>{statement.contact}</a></p>
      <p>{t('framework.a11y.feedbackWhat')}</p>
      <p>{t('framework.a11y.feedbackAnswer')}</p>

      <h2>{t('framework.a11y.enforcementTitle')}</h2>
      <p>{t('framework.a11y.enforcement')}</p>
      <address>
        {t('framework.a11y.ombudsName')}<br />
        Leuvenseweg 86<br />
        1000 {t('framework.a11y.ombudsCity')}<br />
        <a href="https://www.vlaamseombudsdienst.be">www.vlaamseombudsdienst.be</a>
      </address>
    </Layout>
  );
}
