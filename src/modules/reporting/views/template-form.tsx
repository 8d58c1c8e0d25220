import { h } from '../../../web/jsx.js';
import type { ViewContext } from '../../../web/context.js';
import { Layout } from '../../../web/layout.js';
import { Csrf, ErrorSummary, TextArea } from '../../../web/forms.js';
import type { FieldError } from '../../../plugins/errors.js';
import { REPORT_SECTIONS } from '../template.js';

export interface TemplateForm { version: string; positions: Record<string, string>; intro_nl: string; intro_en: string }

export function TemplateFormPage({ ctx, form, errors, stale }: { ctx: ViewContext; form: TemplateForm; errors: FieldError[]; stale?: boolean }) {
  const { t } = ctx;
  const labels = { sections: t('report.template.sections'), intro_nl: t('report.template.introNl'), intro_en: t('report.template.introEn') };
  return (
    <Layout ctx={ctx} title={t('report.editTemplate')} crumbs={[[t('report.listTitle'), '/reports']]} api={null}>
      <h1>{t('report.editTemplate')}</h1>
      <p class="lead">{t('report.template.lead')}</p>
      {stale ? <div class="notice notice-error" role="alert" id="stale-notice"><p>{t('report.template.stale')}</p></div> : null}
      <ErrorSummary t={t} errors={errors} labels={labels} />
      <form method="post" action="/reports/template" novalidate data-draft="report-template" data-draft-version={form.version}>
        <Csrf token={ctx.csrfToken} />
        <input type="hidden" name="version" value={form.version} />
        <fieldset id="f-sections">
          <legend>{labels.sections}</legend>
          <p class="hint">{t('report.template.sectionsHint')}</p>
          {REPORT_SECTIONS.map((s) => (
            <div class="field">
              <label for={`f-pos-${s}`}>{t(`report.section.${s}`)}</label>
              <select id={`f-pos-${s}`} name={`pos_${s}`}>
                <option value="">{t('report.template.leaveOut')}</option>
                {REPORT_SECTIONS.map((_, i) => <option value={String(i + 1)} selected={form.positions[s] === String(i + 1)}>{t('report.template.position', { n: i + 1 })}</option>)}
              </select>
            </div>
          ))}
        </fieldset>
        <TextArea t={t} name="intro_nl" label={labels.intro_nl} value={form.intro_nl} errors={errors} lang="nl" hint={t('report.template.introHint')} />
        <TextArea t={t} name="intro_en" label={labels.intro_en} value={form.intro_en} errors={errors} lang="en" />
        <div class="actions"><button type="submit" class="button">{t('form.save')}</button><a href="/reports">{t('form.cancel')}</a></div>
        <p class="hint" data-draft-status aria-live="polite"></p>
      </form>
    </Layout>
  );
}
