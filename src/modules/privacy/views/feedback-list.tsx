import type { ViewContext } from '../../../web/context.js';
import { h } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import { dateTimeFormat, LOCALE } from '../../../i18n/formats.js';
import { ScrollTable } from '../../../web/components.js';

export interface FeedbackRow { id: number; page_url: string; message: string; contact: string; lang: string; received_at: Date }

/** Accessibility feedback as received, newest first, for the transition team. */
export function FeedbackListPage({ ctx, rows }: { ctx: ViewContext; rows: FeedbackRow[] }) {
  const { t, lang } = ctx;
  const format = dateTimeFormat(LOCALE[lang], { timeZone: 'Europe/Brussels', dateStyle: 'long', timeStyle: 'short' });
  const when = (d: Date) => format.format(d);
  return (
    <Layout ctx={ctx} title={t('privacy.feedback.title')} crumbs={[[t('framework.a11y.title'), '/accessibility']]} api={null}>
      <h1>{t('privacy.feedback.title')}</h1>
      <p>{t('privacy.feedback.lead', { count: rows.length })}</p>
      {rows.length ? (
        <ScrollTable caption={t('privacy.feedback.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('privacy.feedback.received')}</th>
              <th scope="col">{t('privacy.feedback.page')}</th>
              <th scope="col">{t('privacy.feedback.message')}</th>
              <th scope="col">{t('privacy.feedback.contact')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr>
                <td>{when(r.received_at)}</td>
                <td>{r.page_url || '–'}</td>
                <td lang={r.lang}>{r.message}</td>
                <td>{r.contact || t('privacy.feedback.noContact')}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      ) : null}
    </Layout>
  );
}
