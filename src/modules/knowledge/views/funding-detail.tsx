import type { Catalog } from '../../../catalog/catalog.js';
import type { ViewContext } from '../../../web/context.js';
import { Fragment, h, Html } from '../../../web/jsx.js';
import type { FundingRow } from '../funding-queries.js';
import { EntryDetailPage, ProviderFact } from './entry-detail.js';
import { Day } from './labels.js';

void Fragment;

export function FundingDetailPage({ ctx, catalog, item, canEdit, notice, actionError }: {
  ctx: ViewContext; catalog: Catalog; item: FundingRow; canEdit: boolean; notice?: string | undefined; actionError?: string | undefined;
}): Html {
  const { t, lang } = ctx;
  const path = `/funding/${item.code}`;
  const facts = (
    <>
      <dt>{t('knowledge.funding.kind')}</dt><dd>{t(`knowledge.fundingKind.${item.kind}`)}</dd>
      <dt>{t('knowledge.funding.programme')}</dt><dd>{t(`knowledge.programme.${item.programme}`)}</dd>
      <ProviderFact label={t('knowledge.funding.provider')} item={item} />
      <dt>{t('knowledge.funding.opensOn')}</dt><dd>{item.opens_on ? <Day lang={lang} iso={item.opens_on} /> : t('knowledge.funding.noDate')}</dd>
      <dt>{t('knowledge.funding.deadline')}</dt><dd>{item.deadline_on ? <Day lang={lang} iso={item.deadline_on} /> : t('knowledge.funding.noDeadline')}</dd>
      {item.budget_note ? [<dt>{t('knowledge.funding.budgetNote')}</dt>, <dd>{item.budget_note}</dd>] : null}
      {item.dimension_codes.length ? [<dt>{t('knowledge.dimensions')}</dt>, <dd>{item.dimension_codes.map((d) => t(`knowledge.dimension.${d}`)).join(', ')}</dd>] : null}
    </>
  );
  const lines = (
    <>
      <h2>{t('knowledge.funding.actionLines')}</h2>
      {item.lines.length === 0 ? <p>{t('knowledge.funding.noLines')}</p> : (
        <ul>{item.lines.map((l) => <li><a href={`/action-lines/${l.code}`}>{l.title[lang]}</a></li>)}</ul>
      )}
    </>
  );
  return (
    <EntryDetailPage ctx={ctx} catalog={catalog} item={item} facts={facts} after={lines} canEdit={canEdit} notice={notice} actionError={actionError}
      place={{ path, list: '/funding', listLabel: t('knowledge.funding.title'), allLabel: t('knowledge.funding.all'), api: `/api${path}`, draftKey: `funding-${item.code}` }} />
  );
}
