import type { FieldError } from '../../../plugins/errors.js';
import type { Translate } from '../../../plugins/i18n.js';
import type { ViewContext } from '../../../web/context.js';
import { Select, TextArea, TextField, errorFor, fieldMessage } from '../../../web/forms.js';
import { h, type Children, Html } from '../../../web/jsx.js';
import { val, type Form } from '../form-mapping.js';
import { options } from './labels.js';
import { DraftFormPage } from '../../../web/draft-form.js';

/** Field labels, also used by the error summary to name what to fix. */
export function profileLabels(t: Translate) {
  return {
    name: t('orgs.field.name'), subsector: t('orgs.field.subsector'), staffClass: t('orgs.field.staffClass'), budgetClass: t('orgs.field.budgetClass'),
    province: t('orgs.field.province'), municipality: t('orgs.field.municipality'), legalForm: t('orgs.field.legalForm'),
    fundingFramework: t('orgs.field.fundingFramework'), website: t('orgs.field.website'), mission: t('orgs.field.mission'),
    position: t('orgs.field.myPosition'), shareWithTeam: t('orgs.consent.shareWithTeam'), contactable: t('orgs.consent.contactable'),
    version: t('orgs.field.version'), form: t('orgs.field.form'),
  };
}

/** The frame of every profile form: title, conflict notice, error summary, CSRF, version, local draft. */
export function FormShell({ ctx, title, crumbs, action, cancel, draft, form, errors, labels, stale, submit, lead, children }: {
  ctx: ViewContext; title: string; crumbs: Array<[string, string]>; action: string; cancel: string; draft: string; form: Form;
  errors: FieldError[]; labels: Record<string, string>; stale?: { href: string } | undefined; submit: string; lead?: string; children?: Children;
}): Html {
  const { t } = ctx;
  const version = val(form, 'version');
  return (
    <DraftFormPage ctx={ctx} title={title} crumbs={crumbs} lead={lead} action={action} cancel={cancel} draft={draft} submit={submit}
      version={version ? { name: 'version', value: version } : undefined} errors={errors} labels={labels}
      notices={stale ? (
        <div class="notice notice-error" role="alert" id="stale-notice" tabindex="-1">
          <p>{t('orgs.form.stale')}</p>
          <p><a href={stale.href}>{t('orgs.form.staleView')}</a></p>
        </div>
      ) : null}>
      {children}
    </DraftFormPage>
  );
}

export function ProfileFields({ t, form, errors }: { t: Translate; form: Form; errors: FieldError[] }): Html {
  const labels = profileLabels(t);
  const choose = t('form.choose');
  return (
    <div>
      <TextField t={t} name="name" label={labels.name} value={val(form, 'name')} required errors={errors} autocomplete="organization" hint={t('orgs.hint.name')} />
      <Select t={t} name="subsector" label={labels.subsector} value={val(form, 'subsector')} required errors={errors} empty={choose} options={options(t, 'subsector')} />
      <Select t={t} name="fundingFramework" label={labels.fundingFramework} value={val(form, 'fundingFramework')} required errors={errors} empty={choose}
        options={options(t, 'fundingFramework')} hint={t('orgs.hint.fundingFramework')} />
      <Select t={t} name="legalForm" label={labels.legalForm} value={val(form, 'legalForm')} required errors={errors} empty={choose} options={options(t, 'legalForm')} />
      <Select t={t} name="staffClass" label={labels.staffClass} value={val(form, 'staffClass')} required errors={errors} empty={choose}
        options={options(t, 'staffClass')} hint={t('orgs.hint.size')} />
      <Select t={t} name="budgetClass" label={labels.budgetClass} value={val(form, 'budgetClass')} required errors={errors} empty={choose} options={options(t, 'budgetClass')} />
      <Select t={t} name="province" label={labels.province} value={val(form, 'province')} required errors={errors} empty={choose} options={options(t, 'province')} />
      <TextField t={t} name="municipality" label={labels.municipality} value={val(form, 'municipality')} required errors={errors} autocomplete="address-level2" />
      <TextField t={t} name="website" label={labels.website} value={val(form, 'website')} errors={errors} type="url" autocomplete="url" hint={t('orgs.hint.website')} />
      <TextArea t={t} name="mission" label={labels.mission} value={val(form, 'mission')} errors={errors} rows={5} hint={t('orgs.hint.mission')} />
    </div>
  );
}

export function PositionField({ t, form, errors, name = 'position', label }: { t: Translate; form: Form; errors: FieldError[]; name?: string; label: string }): Html {
  return <Select t={t} name={name} label={label} value={val(form, name)} errors={errors} empty={t('orgs.position.none')} options={options(t, 'position')} hint={t('orgs.hint.position')} />;
}

function Checkbox({ t, name, label, explanation, form, errors }: { t: Translate; name: string; label: string; explanation: string; form: Form; errors: FieldError[] }): Html {
  const error = errorFor(errors, name);
  return (
    <div class={error ? 'field field-error' : 'field'}>
      {error ? <p class="error-text" id={`f-${name}-error`}>{fieldMessage(t, error)}</p> : null}
      <div class="checkbox-row">
        <input type="checkbox" id={`f-${name}`} name={name} value="yes" checked={val(form, name) === 'yes'} aria-describedby={`f-${name}-hint`} />
        <label for={`f-${name}`}>{label}</label>
      </div>
      <p class="hint" id={`f-${name}-hint`}>{explanation}</p>
    </div>
  );
}

/** The two consent switches, each with what it means in plain words. Off unless switched on. */
export function ConsentFields({ t, form, errors }: { t: Translate; form: Form; errors: FieldError[] }): Html {
  return (
    <fieldset>
      <legend>{t('orgs.consent.legend')}</legend>
      <p class="hint">{t('orgs.consent.intro')}</p>
      <Checkbox t={t} name="shareWithTeam" label={t('orgs.consent.shareWithTeam')} explanation={t('orgs.consent.shareWithTeamHelp')} form={form} errors={errors} />
      <Checkbox t={t} name="contactable" label={t('orgs.consent.contactable')} explanation={t('orgs.consent.contactableHelp')} form={form} errors={errors} />
    </fieldset>
  );
}

/** A consent value as words, never as a colour or icon only. */
export function consentText(t: Translate, on: boolean): string {
  return on ? t('orgs.yes') : t('orgs.no');
}

