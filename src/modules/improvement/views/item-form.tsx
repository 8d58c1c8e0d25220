import type { FieldError } from '../../../plugins/errors.js';
import type { ViewContext } from '../../../web/context.js';
import { Csrf, ErrorSummary, Select, TextArea, TextField } from '../../../web/forms.js';
import { h } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import type { Texts } from '../../maturity/model.js';
import { val, type Form } from '../form.js';
import { ITEM_STATUSES } from '../schemas.js';
import { text } from '../sentences.js';
import { StaleNotice } from './parts.js';

export function ItemFormPage({ ctx, organisation, dimensions, form, errors, stale, itemId }: {
  ctx: ViewContext; organisation: { id: number; name: string }; dimensions: Array<{ code: string; name: Texts }>;
  form: Form; errors: FieldError[]; stale?: { currentVersion: number } | undefined; itemId?: number | undefined;
}) {
  const { t, lang } = ctx;
  const title = itemId ? t('improvement.items.editTitle') : t('improvement.items.newTitle');
  const planHref = `/organisations/${organisation.id}/plan`;
  const labels = { dimension: t('improvement.col.dimension'), text: t('improvement.col.step'), owner: t('improvement.col.owner'), dueOn: t('improvement.col.due'), status: t('improvement.col.status'), form: t('improvement.formLabel') };
  return (
    <Layout ctx={ctx} title={title} api={null} crumbs={[[t('improvement.crumb.organisations'), '/organisations'], [organisation.name, `/organisations/${organisation.id}`], [t('improvement.nav.plan'), planHref]]}>
      <h1>{title}</h1>
      <StaleNotice t={t} stale={stale} href={planHref} />
      <ErrorSummary t={t} errors={errors} labels={labels} />
      <form method="post" action={itemId ? `/organisations/${organisation.id}/plan/items/${itemId}` : `/organisations/${organisation.id}/plan/items`} novalidate
        data-draft={itemId ? `improvement-item:${itemId}` : `improvement-item:${organisation.id}:new`} data-draft-version={val(form, 'version')} id="f-form" tabindex="-1">
        <Csrf token={ctx.csrfToken} />
        <input type="hidden" name="version" value={val(form, 'version')} />
        {itemId
          ? <p><strong>{labels.dimension}:</strong> {text(dimensions.find((d) => d.code === val(form, 'dimension'))?.name, lang) || val(form, 'dimension')}</p>
          : <Select t={t} name="dimension" label={labels.dimension} required value={val(form, 'dimension')} errors={errors} empty={t('improvement.choose.one')}
              options={dimensions.map((d) => [d.code, text(d.name, lang)])} />}
        <TextArea t={t} name="text" label={labels.text} required value={val(form, 'text')} errors={errors} rows={3} />
        <TextField t={t} name="owner" label={labels.owner} value={val(form, 'owner')} errors={errors} hint={t('improvement.items.ownerHint')} />
        <TextField t={t} name="dueOn" label={labels.dueOn} type="date" value={val(form, 'dueOn')} errors={errors} />
        <Select t={t} name="status" label={labels.status} required value={val(form, 'status') || 'todo'} errors={errors}
          options={ITEM_STATUSES.map((s) => [s, t(`improvement.status.${s}`)])} />
        <div class="actions">
          <button type="submit" class="button">{t('form.save')}</button>
          <a href={planHref}>{t('form.cancel')}</a>
        </div>
        <p class="hint" data-draft-status aria-live="polite"></p>
      </form>
    </Layout>
  );
}
