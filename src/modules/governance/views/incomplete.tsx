import type { ViewContext } from '../../../web/context.js';
import { h } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import type { MissingFact } from '../commands/completeness.js';

/**
 * What a refused approval or publication shows: each fact that must be recorded first, in the
 * reader's language, with the agenda item or decision it is missing on, and the way back.
 */
export function IncompletePage({ ctx, missing, back }: { ctx: ViewContext; missing: MissingFact[]; back: string }) {
  const { t } = ctx;
  const where = (m: MissingFact) => [
    m.item !== undefined ? t('gov.incomplete.item', { n: m.item }) : '', m.decision ? t('gov.incomplete.decision', { code: m.decision }) : '',
  ].filter(Boolean).join(', ');
  return (
    <Layout ctx={ctx} title={t('gov.incomplete.title')} api={null}>
      <h1>{t('gov.incomplete.title')}</h1>
      <div class="notice notice-error" role="alert">
        <p>{t('gov.incomplete.lead')}</p>
        <ul>{missing.map((m) => <li>{t(`gov.missing.${m.fact}`)}{where(m) ? ` (${where(m)})` : ''}</li>)}</ul>
      </div>
      <p><a href={back}>{t('gov.incomplete.back')}</a></p>
    </Layout>
  );
}
