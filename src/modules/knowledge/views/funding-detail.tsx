import type { Catalog } from '../../../catalog/catalog.js';
import type { ViewContext } from '../../../web/context.js';
import { DemoBadge } from '../../../web/components.js';
import { Csrf } from '../../../web/forms.js';
import { h, Html } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import type { FundingRow } from '../funding-queries.js';
import { Day, subsectorName } from './labels.js';

export function FundingDetailPage({ ctx, catalog, item, canEdit, notice, actionError }: {
  ctx: ViewContext; catalog: Catalog; item: FundingRow; canEdit: boolean; notice?: string | undefined; actionError?: string | undefined;
}): Html {
  const { t, lang } = ctx;
  const title = lang === 'nl' ? item.title_nl : item.title_en;
  const summary = lang === 'nl' ? item.summary_nl : item.summary_en;
  return (
    <Layout ctx={ctx} title={title} crumbs={[[t('knowledge.hub.title'), '/knowledge'], [t('knowledge.funding.title'), '/funding']]}>
      <h1>{title}{item.is_demo ? [' ', <DemoBadge t={t} isDemo />] : null}</h1>
      {item.is_demo ? <div class="notice notice-demo"><p>{t('knowledge.demoNotice')}</p></div> : null}
      {notice ? <div class="notice notice-success" role="status" data-draft-saved={`funding-${item.code}`}><p>{t(notice)}</p></div> : null}
      {actionError ? <div class="notice notice-error" role="alert"><p>{actionError}</p></div> : null}
      {summary ? <p class="lead">{summary}</p> : null}
      <dl class="facts">
        <dt>{t('knowledge.funding.kind')}</dt><dd>{t(`knowledge.fundingKind.${item.kind}`)}</dd>
        <dt>{t('knowledge.funding.programme')}</dt><dd>{t(`knowledge.programme.${item.programme}`)}</dd>
        <dt>{t('knowledge.funding.provider')}</dt><dd>{item.provider_code ? <a href={`/actors/${item.provider_code}`}>{item.provider_name}</a> : item.provider_name}</dd>
        <dt>{t('knowledge.funding.opensOn')}</dt><dd>{item.opens_on ? <Day lang={lang} iso={item.opens_on} /> : t('knowledge.funding.noDate')}</dd>
        <dt>{t('knowledge.funding.deadline')}</dt><dd>{item.deadline_on ? <Day lang={lang} iso={item.deadline_on} /> : t('knowledge.funding.noDeadline')}</dd>
        {item.budget_note ? [<dt>{t('knowledge.funding.budgetNote')}</dt>, <dd>{item.budget_note}</dd>] : null}
        {item.dimension_codes.length ? [<dt>{t('knowledge.dimensions')}</dt>, <dd>{item.dimension_codes.map((d) => t(`knowledge.dimension.${d}`)).join(', ')}</dd>] : null}
        {item.subsectors.length ? [<dt>{t('knowledge.subsectors')}</dt>, <dd>{item.subsectors.map((s) => subsectorName(catalog, s, lang)).join(', ')}</dd>] : null}
        {item.pillars.length ? [<dt>{t('knowledge.pillars')}</dt>, <dd>{item.pillars.map((p, i) => [i ? ', ' : '', <a href={`/pillars/${p}`}>{`${p}. ${catalog.pillar(p)?.name[lang] ?? ''}`}</a>])}</dd>] : null}
        {item.url ? [<dt>{t('cases.website')}</dt>, <dd><a href={item.url} rel="external noopener">{item.url} ({t('cases.external')})</a></dd>] : null}
      </dl>
      <h2>{t('knowledge.funding.actionLines')}</h2>
      {item.lines.length === 0 ? <p>{t('knowledge.funding.noLines')}</p> : (
        <ul>{item.lines.map((l) => <li><a href={`/action-lines/${l.code}`}>{l.title[lang]}</a></li>)}</ul>
      )}
      {canEdit ? (
        <div class="actions">
          <a class="button" href={`/funding/${item.code}/edit`}>{t('knowledge.edit')}</a>
          <form method="post" action={`/funding/${item.code}/retire`} class="inline-form">
            <Csrf token={ctx.csrfToken} />
            <input type="hidden" name="version" value={String(item.version)} />
            <button type="submit" class="link-button">{t('knowledge.retire')}</button>
          </form>
        </div>
      ) : null}
      <p><a href="/funding">{t('knowledge.funding.all')}</a> · <a href={`/api/funding/${item.code}`}>{t('common.asJson')}</a></p>
    </Layout>
  );
}
