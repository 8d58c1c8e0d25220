import type { ViewContext } from '../../../web/context.js';
import { Csrf, TextArea, TextField } from '../../../web/forms.js';
import { h, Html } from '../../../web/jsx.js';
import type { ApplicationAccess } from '../access.js';
import type { ApplicationView } from '../presenters.js';
import { ConsortiumTable } from './read-only.js';

export interface PartnerSearch { q: string; results: Array<{ id: number; name: string; subsector: string }> }

/**
 * The consortium with its actions: the lead finds and adds partners (a plain search form, no
 * script needed) or removes them; a partner's people confirm participation.
 */
export function ConsortiumSection({ ctx, view, access, search }: { ctx: ViewContext; view: ApplicationView; access: ApplicationAccess; search: PartnerSearch | null }): Html {
  const { t, lang } = ctx;
  const draft = view.status === 'draft';
  const toConfirm = view.partners.filter((p) => p.role === 'partner' && !p.confirmedAt && access.confirmable.includes(p.organisationId));
  const removable = view.partners.filter((p) => p.role === 'partner');
  const rules = [t('calls.minPartners', { n: view.call.minPartners }), view.call.requiresCrossSector ? t('calls.crossSectorRequired') : ''].filter(Boolean).join(' ');
  return (
    <section aria-labelledby="f-partners" class="consortium">
      <h2 id="f-partners" tabindex="-1">{t('calls.consortium.title')}</h2>
      <p class="hint">{rules}</p>
      <ConsortiumTable t={t} lang={lang} view={view} />
      {draft && toConfirm.map((p) => (
        <form method="post" action={`/applications/${view.id}/partners/${p.organisationId}/confirm`} class="card">
          <Csrf token={ctx.csrfToken} />
          <h3>{t('calls.consortium.confirmTitle', { name: p.name })}</h3>
          <TextArea t={t} name="contribution" label={t('calls.consortium.contribution')} value={p.contribution} rows={3} />
          <button type="submit" class="button">{t('calls.consortium.confirm')}</button>
        </form>
      ))}
      {draft && access.lead ? (
        <div>
          {removable.length ? (
            <ul class="actions">
              {removable.map((p) => (
                <li>
                  <form method="post" action={`/applications/${view.id}/partners/${p.organisationId}/remove`} class="inline-form">
                    <Csrf token={ctx.csrfToken} /><button type="submit" class="link-button">{t('calls.consortium.remove', { name: p.name })}</button>
                  </form>
                </li>
              ))}
            </ul>
          ) : null}
          <h3 id="add-partner">{t('calls.consortium.add')}</h3>
          <form method="get" action={`/applications/${view.id}#add-partner`} role="search">
            <TextField t={t} name="partner" label={t('calls.consortium.search')} value={search?.q ?? ''} hint={t('calls.consortium.searchHint')} />
            <button type="submit" class="button button-secondary">{t('calls.consortium.find')}</button>
          </form>
          {search ? (search.results.length ? (
            <ul class="cards">
              {search.results.map((o) => (
                <li class="card">
                  <form method="post" action={`/applications/${view.id}/partners`}>
                    <Csrf token={ctx.csrfToken} />
                    <input type="hidden" name="organisationId" value={String(o.id)} />
                    <p><strong>{o.name}</strong> ({t(`subsector.${o.subsector}`)})</p>
                    <TextArea t={t} name={`contribution`} label={t('calls.consortium.contributionOf', { name: o.name })} rows={2} />
                    <button type="submit" class="button">{t('calls.consortium.addThis', { name: o.name })}</button>
                  </form>
                </li>
              ))}
            </ul>
          ) : <p>{t('calls.consortium.noResults')}</p>) : null}
        </div>
      ) : null}
    </section>
  );
}
