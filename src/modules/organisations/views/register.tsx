import type { FieldError } from '../../../plugins/errors.js';
import type { ViewContext } from '../../../web/context.js';
import { TextField } from '../../../web/forms.js';
import { h } from '../../../web/jsx.js';
import { val, type Form } from '../form-mapping.js';
import { ConsentFields, FormShell, PositionField, ProfileFields, profileLabels } from './form-parts.js';

/** A newcomer: their account and their organisation on one page, saved together or not at all. */
export function RegisterPage({ ctx, form, errors }: { ctx: ViewContext; form: Form; errors: FieldError[] }) {
  const { t } = ctx;
  const labels = {
    ...profileLabels(t), displayName: t('orgs.field.displayName'), email: t('orgs.field.email'),
    password: t('orgs.field.password'), passwordConfirm: t('orgs.field.passwordConfirm'),
  };
  return (
    <FormShell ctx={ctx} title={t('orgs.register.title')} crumbs={[[t('nav.organisations'), '/organisations']]} action="/register" cancel="/organisations"
      draft="organisation:register" form={form} errors={errors} labels={labels} submit={t('orgs.register.submit')} lead={t('orgs.register.lead')}>
      <p>{t('orgs.register.haveAccount')} <a href="/login?return=%2Forganisations%2Fnew">{t('orgs.register.loginFirst')}</a></p>
      <fieldset>
        <legend>{t('orgs.register.you')}</legend>
        <TextField t={t} name="displayName" label={labels.displayName} value={val(form, 'displayName')} required errors={errors} autocomplete="name" />
        <TextField t={t} name="email" label={labels.email} value={val(form, 'email')} required errors={errors} type="email" autocomplete="email" hint={t('orgs.hint.email')} />
        <TextField t={t} name="password" label={labels.password} required errors={errors} type="password" autocomplete="new-password" hint={t('orgs.hint.password')} />
        <TextField t={t} name="passwordConfirm" label={labels.passwordConfirm} required errors={errors} type="password" autocomplete="new-password" />
        <PositionField t={t} form={form} errors={errors} label={labels.position} />
      </fieldset>
      <fieldset>
        <legend>{t('orgs.register.organisation')}</legend>
        <ProfileFields t={t} form={form} errors={errors} />
      </fieldset>
      <ConsentFields t={t} form={form} errors={errors} />
      <p class="hint">{t('orgs.register.afterwards')}</p>
    </FormShell>
  );
}

/** Someone with an account registers one more organisation and becomes its owner. */
export function NewOrganisationPage({ ctx, form, errors }: { ctx: ViewContext; form: Form; errors: FieldError[] }) {
  const { t } = ctx;
  return (
    <FormShell ctx={ctx} title={t('orgs.new.title')} crumbs={[[t('nav.organisations'), '/organisations']]} action="/organisations" cancel="/organisations"
      draft="organisation:new" form={form} errors={errors} labels={profileLabels(t)} submit={t('orgs.new.submit')} lead={t('orgs.new.lead')}>
      <ProfileFields t={t} form={form} errors={errors} />
      <PositionField t={t} form={form} errors={errors} label={t('orgs.field.myPosition')} />
      <ConsentFields t={t} form={form} errors={errors} />
    </FormShell>
  );
}
