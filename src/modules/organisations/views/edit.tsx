import type { FieldError } from '../../../plugins/errors.js';
import type { ViewContext } from '../../../web/context.js';
import { h } from '../../../web/jsx.js';
import type { Form } from '../form-mapping.js';
import { ConsentFields, FormShell, ProfileFields, consentText, profileLabels } from './form-parts.js';

export function EditOrganisationPage({ ctx, id, name, form, errors, owner, stale }: {
  ctx: ViewContext; id: number; name: string; form: Form; errors: FieldError[]; owner: boolean; stale?: boolean;
}) {
  const { t } = ctx;
  const home = `/organisations/${id}`;
  return (
    <FormShell ctx={ctx} title={t('orgs.edit.title', { name })} crumbs={[[t('nav.organisations'), '/organisations'], [name, home]]}
      action={`${home}/edit`} cancel={home} draft={`organisation:${id}`} form={form} errors={errors} labels={profileLabels(t)}
      stale={stale ? { href: home } : undefined} submit={t('form.save')}>
      <ProfileFields t={t} form={form} errors={errors} />
      {owner ? <ConsentFields t={t} form={form} errors={errors} /> : (
        <div class="notice">
          <p>{t('orgs.edit.consentByOwners')}</p>
          <ul>
            <li>{t('orgs.consent.shareWithTeam')}: {consentText(t, form.shareWithTeam === 'yes')}</li>
            <li>{t('orgs.consent.contactable')}: {consentText(t, form.contactable === 'yes')}</li>
          </ul>
        </div>
      )}
    </FormShell>
  );
}
