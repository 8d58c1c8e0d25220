import type { FieldError } from '../../../plugins/errors.js';
import type { ViewContext } from '../../../web/context.js';
import { Csrf, ErrorSummary, TextArea, TextField } from '../../../web/forms.js';
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

/** The feedback form's state: what was typed (kept on an error), its errors, and a confirmation. */
export interface FeedbackForm {
  input: { pageUrl: string; message: string; contact: string };
  errors: FieldError[];
  sent: boolean;
}

export const EMPTY_FEEDBACK: FeedbackForm = { input: { pageUrl: '', message: '', contact: '' }, errors: [], sent: false };

export function AccessibilityPage({ ctx, statement, feedback = EMPTY_FEEDBACK }: { ctx: ViewContext; statement: AccessibilityStatement; feedback?: FeedbackForm }) {
  const { t, lang } = ctx;
  const { input, errors, sent } = feedback;
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

      <section aria-labelledby="feedback-form-title" id="feedback">
        <h3 id="feedback-form-title">{t('a11yFeedback.title')}</h3>
        {sent ? <div class="notice" role="status" id="feedback-sent"><p>{t('a11yFeedback.thanks')}</p></div> : null}
        <p>{t('a11yFeedback.lead')}</p>
        <ErrorSummary t={t} errors={errors} labels={{ pageUrl: t('a11yFeedback.page'), message: t('a11yFeedback.message'), contact: t('a11yFeedback.contact') }} />
        <form method="post" action="/accessibility#feedback" class="narrow" novalidate>
          <Csrf token={ctx.csrfToken} />
          <TextField t={t} name="pageUrl" label={t('a11yFeedback.page')} value={input.pageUrl} errors={errors} />
          <TextArea t={t} name="message" label={t('a11yFeedback.message')} value={input.message} required rows={6} errors={errors} />
          <TextField t={t} name="contact" label={t('a11yFeedback.contact')} hint={t('a11yFeedback.contactHint')} value={input.contact} autocomplete="email" errors={errors} />
          <button type="submit" class="button">{t('a11yFeedback.submit')}</button>
        </form>
        {ctx.user && (ctx.user.role === 'transition_team' || ctx.user.role === 'admin')
          ? <p><a href="/accessibility/feedback">{t('a11yFeedback.list')}</a></p> : null}
      </section>
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
