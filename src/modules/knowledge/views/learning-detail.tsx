import type { Catalog } from '../../../catalog/catalog.js';
import type { ViewContext } from '../../../web/context.js';
import { DemoBadge } from '../../../web/components.js';
import { Csrf } from '../../../web/forms.js';
import { h, Html } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import type { LearningRow } from '../learning-queries.js';
import { Period, subsectorName } from './labels.js';

export function LearningDetailPage({ ctx, catalog, item, canEdit, notice, actionError }: {
  ctx: ViewContext; catalog: Catalog; item: LearningRow; canEdit: boolean; notice?: string | undefined; actionError?: string | undefined;
}): Html {
  const { t, lang } = ctx;
  const title = lang === 'nl' ? item.title_nl : item.title_en;
  const summary = lang === 'nl' ? item.summary_nl : item.summary_en;
  return (
    <Layout ctx={ctx} title={title} crumbs={[[t('knowledge.hub.title'), '/knowledge'], [t('knowledge.learning.title'), '/learning']]}>
      <h1>{title}{item.is_demo ? [' ', <DemoBadge t={t} isDemo />] : null}</h1>
      {item.is_demo ? <div class="notice notice-demo"><p>{t('knowledge.demoNotice')}</p></div> : null}
      {notice ? <div class="notice notice-success" role="status" data-draft-saved={`learning-${item.id}`}><p>{t(notice)}</p></div> : null}
      {actionError ? <div class="notice notice-error" role="alert"><p>{actionError}</p></div> : null}
      {summary ? <p class="lead">{summary}</p> : null}
      <dl class="facts">
        <dt>{t('knowledge.learning.kind')}</dt><dd>{t(`knowledge.kind.${item.kind}`)}</dd>
        <dt>{t('knowledge.learning.provider')}</dt><dd>{item.provider_code ? <a href={`/actors/${item.provider_code}`}>{item.provider_name}</a> : item.provider_name}</dd>
        <dt>{t('knowledge.learning.when')}</dt><dd>{item.starts_on || item.ends_on ? <Period lang={lang} from={item.starts_on} to={item.ends_on} /> : t('knowledge.learning.noDates')}</dd>
        <dt>{t('knowledge.learning.where')}</dt><dd>{item.online ? t('knowledge.learning.online') : item.place ?? ''}</dd>
        <dt>{t('knowledge.learning.language')}</dt><dd>{t(`knowledge.language.${item.language}`)}</dd>
        {item.dimension_code ? [<dt>{t('knowledge.dimensionLabel')}</dt>, <dd>{t(`knowledge.dimension.${item.dimension_code}`)}</dd>] : null}
        {item.level_from !== null || item.level_to !== null ? [<dt>{t('knowledge.learning.level')}</dt>, <dd>{t('knowledge.learning.levelRange', { from: item.level_from ?? 0, to: item.level_to ?? 5 })}</dd>] : null}
        {item.subsectors.length ? [<dt>{t('knowledge.subsectors')}</dt>, <dd>{item.subsectors.map((s) => subsectorName(catalog, s, lang)).join(', ')}</dd>] : null}
        {item.pillars.length ? [<dt>{t('cases.pillar')}</dt>, <dd>{item.pillars.map((p) => <a href={`/pillars/${p}`}>{`${p}. ${catalog.pillar(p)?.name[lang] ?? ''}`}</a>)}</dd>] : null}
        {item.url ? [<dt>{t('cases.website')}</dt>, <dd><a href={item.url} rel="external noopener">{item.url} ({t('cases.external')})</a></dd>] : null}
      </dl>
      {canEdit ? (
        <div class="actions">
          <a class="button" href={`/learning/${item.id}/edit`}>{t('knowledge.edit')}</a>
          <form method="post" action={`/learning/${item.id}/retire`} class="inline-form">
            <Csrf token={ctx.csrfToken} />
            <input type="hidden" name="version" value={String(item.version)} />
            <button type="submit" class="link-button">{t('knowledge.retire')}</button>
          </form>
        </div>
      ) : null}
      <p><a href="/learning">{t('knowledge.learning.all')}</a> · <a href={`/api/learning/${item.id}`}>{t('common.asJson')}</a></p>
    </Layout>
  );
}
