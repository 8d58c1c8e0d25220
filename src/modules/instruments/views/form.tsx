import type { Catalog } from '../../../catalog/catalog.js';
import { INSTRUMENT_TYPES } from '../../../catalog/types.js';
import type { FieldError } from '../../../plugins/errors.js';
import type { ViewContext } from '../../../web/context.js';
import { Csrf, ErrorSummary, Select, TextArea, TextField, errorFor, fieldMessage } from '../../../web/forms.js';
import { Checkboxes } from '../../../web/choices.js';
import { h } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';

/** The form's own flat representation: exactly what the browser posts back. */
export interface InstrumentForm {
  code: string; name_nl: string; name_en: string; description_nl: string; description_en: string;
  type: string; responsibleActor: string; sinceYear: string; source: string;
  strengths: Record<number, '' | 'strong' | 'partial'>; recommendations: string[]; version: string;
}

export function InstrumentFormPage({ ctx, catalog, form, errors, mode, stale }: {
  ctx: ViewContext; catalog: Catalog; form: InstrumentForm; errors: FieldError[]; mode: 'create' | 'edit';
  stale?: { currentVersion: number } | undefined;
}) {
  const { t, lang } = ctx;
  const title = mode === 'create' ? t('instruments.new') : t('instruments.editTitle', { name: form[`name_${lang}`] || form.code });
  const action = mode === 'create' ? '/instruments' : `/instruments/${form.code}`;
  const labels: Record<string, string> = {
    code: t('instruments.code'), name: t('instruments.name'), name_nl: t('instruments.nameNl'), name_en: t('instruments.nameEn'),
    description: t('instruments.description'), description_nl: t('instruments.descriptionNl'), description_en: t('instruments.descriptionEn'),
    type: t('instruments.type'), responsibleActor: t('instruments.responsible'), sinceYear: t('instruments.since'),
    links: t('instruments.worksOn'), recommendations: t('instruments.recommendations'), source: t('source.label'),
  };
  // Nested API fields (name.nl) map onto the flat form fields (name_nl).
  const flatErrors = errors.map((e) => ({ ...e, field: e.field.replace(/^body\./, '').replace(/^(name|description)\.(nl|en)$/, '$1_$2') }));
  const actors = [...catalog.actors.values()].filter((a) => !a.retired).sort((a, b) => a.name.localeCompare(b.name, lang));
  const linkError = errorFor(flatErrors, 'links');
  return (
    <Layout ctx={ctx} title={title} crumbs={[[t('instruments.title'), '/instruments']]} api={null}>
      <h1>{title}</h1>
      {stale ? (
        <div class="notice notice-error" role="alert" id="stale-notice">
          <p>{t('instruments.staleNotice', { version: stale.currentVersion })}</p>
          <p><a href={`/instruments/${form.code}`} target="_blank" rel="noopener">{t('instruments.staleCompare')}</a></p>
        </div>
      ) : null}
      <ErrorSummary t={t} errors={flatErrors} labels={labels} />
      <form method="post" action={action} novalidate data-draft={`instrument:${form.code || 'new'}`} data-draft-version={form.version}>
        <Csrf token={ctx.csrfToken} />
        <input type="hidden" name="version" value={form.version} />
        {mode === 'create'
          ? <TextField t={t} name="code" label={labels.code!} value={form.code} required errors={flatErrors} hint={t('instruments.codeHint')} />
          : null}
        <TextField t={t} name="name_nl" label={labels.name_nl!} value={form.name_nl} required errors={flatErrors} lang="nl" />
        <TextField t={t} name="name_en" label={labels.name_en!} value={form.name_en} required errors={flatErrors} lang="en" />
        <TextArea t={t} name="description_nl" label={labels.description_nl!} value={form.description_nl} required errors={flatErrors} lang="nl" />
        <TextArea t={t} name="description_en" label={labels.description_en!} value={form.description_en} required errors={flatErrors} lang="en" />
        <Select t={t} name="type" label={labels.type!} value={form.type} required errors={flatErrors} empty={t('form.choose')}
          options={INSTRUMENT_TYPES.map((x) => [x, t(`instrumentType.${x}`)])} />
        <Select t={t} name="responsibleActor" label={labels.responsibleActor!} value={form.responsibleActor} errors={flatErrors} empty={t('form.none')}
          options={actors.map((a) => [a.code, a.name])} />
        <TextField t={t} name="sinceYear" label={labels.sinceYear!} value={form.sinceYear} errors={flatErrors} inputmode="numeric" />
        <fieldset id="f-links" aria-describedby="links-hint">
          <legend>{labels.links}</legend>
          <p class="hint" id="links-hint">{t('instruments.linksHint')}</p>
          {linkError ? <p class="error-text">{fieldMessage(t, linkError)}</p> : null}
          {catalog.pillars.map((p) => (
            <div>
              <h3>{p.number}. {p.name[lang]}</h3>
              {catalog.challenges.filter((c) => c.pillar === p.number).map((c) => (
                <div class="field">
                  <label for={`f-strength-${c.number}`}>{c.number}. {c.title[lang]}</label>
                  <select id={`f-strength-${c.number}`} name={`strength_${c.number}`}>
                    <option value="">{t('strength.none')}</option>
                    <option value="partial" selected={form.strengths[c.number] === 'partial'}>{t('strength.partial')}</option>
                    <option value="strong" selected={form.strengths[c.number] === 'strong'}>{t('strength.strong')}</option>
                  </select>
                </div>
              ))}
            </div>
          ))}
        </fieldset>
        <Checkboxes t={t} name="recommendations" legend={labels.recommendations!} errors={flatErrors} checked={form.recommendations}
          options={catalog.recommendations.filter((r) => r.parentCode).map((r): [string, string] => [r.code, `${r.code} ${r.title[lang]}`])} />
        <TextField t={t} name="source" label={labels.source!} value={form.source} errors={flatErrors} hint={t('instruments.sourceHint')} />
        <div class="actions">
          <button type="submit" class="button">{t('form.save')}</button>
          <a href={mode === 'create' ? '/instruments' : `/instruments/${form.code}`}>{t('form.cancel')}</a>
        </div>
        <p class="hint" data-draft-status aria-live="polite"></p>
      </form>
    </Layout>
  );
}
