import type { Catalog } from '../../../catalog/catalog.js';
import type { ViewContext } from '../../../web/context.js';
import { Fragment, h, Html } from '../../../web/jsx.js';
import type { LearningRow } from '../learning-queries.js';
import { EntryDetailPage, ProviderFact } from './entry-detail.js';
import { Period } from './labels.js';

void Fragment;

export function LearningDetailPage({ ctx, catalog, item, canEdit, notice, actionError }: {
  ctx: ViewContext; catalog: Catalog; item: LearningRow; canEdit: boolean; notice?: string | undefined; actionError?: string | undefined;
}): Html {
  const { t, lang } = ctx;
  const path = `/learning/${item.id}`;
  const facts = (
    <>
      <dt>{t('knowledge.learning.kind')}</dt><dd>{t(`knowledge.kind.${item.kind}`)}</dd>
      <ProviderFact label={t('knowledge.learning.provider')} item={item} />
      <dt>{t('knowledge.learning.when')}</dt><dd>{item.starts_on || item.ends_on ? <Period lang={lang} from={item.starts_on} to={item.ends_on} /> : t('knowledge.learning.noDates')}</dd>
      <dt>{t('knowledge.learning.where')}</dt><dd>{item.online ? t('knowledge.learning.online') : item.place ?? ''}</dd>
      <dt>{t('knowledge.learning.language')}</dt><dd>{t(`knowledge.language.${item.language}`)}</dd>
      {item.dimension_code ? [<dt>{t('knowledge.dimensionLabel')}</dt>, <dd>{t(`knowledge.dimension.${item.dimension_code}`)}</dd>] : null}
      {item.level_from !== null || item.level_to !== null ? [<dt>{t('knowledge.learning.level')}</dt>, <dd>{t('knowledge.learning.levelRange', { from: item.level_from ?? 0, to: item.level_to ?? 5 })}</dd>] : null}
    </>
  );
  return (
    <EntryDetailPage ctx={ctx} catalog={catalog} item={item} facts={facts} canEdit={canEdit} notice={notice} actionError={actionError}
      place={{ path, list: '/learning', listLabel: t('knowledge.learning.title'), allLabel: t('knowledge.learning.all'), api: `/api${path}`, draftKey: `learning-${item.id}` }} />
  );
}
