import type { Catalog } from '../../../catalog/catalog.js';
import type { FieldError } from '../../../plugins/errors.js';
import type { ViewContext } from '../../../web/context.js';
import { DemoBadge, ScrollTable } from '../../../web/components.js';
import { Csrf, ErrorSummary, Select, TextField } from '../../../web/forms.js';
import { h } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import { isOwner, type OrganisationAccess } from '../../organisations/access.js';
import { COACH_ACTOR_KINDS } from '../commands/coaches.js';
import { val, type Form } from '../form.js';
import type { CoachingRecord, CoachRecord, OrganisationRecord } from '../queries.js';
import { day } from '../sentences.js';
import { OrgNav, SavedNotice } from './parts.js';

export function CoachesPage({ ctx, catalog, organisation: org, access, coaches, form, errors, notice }: {
  ctx: ViewContext; catalog: Catalog; organisation: OrganisationRecord; access: OrganisationAccess; coaches: CoachRecord[];
  form: Form; errors: FieldError[]; notice?: string | undefined;
}) {
  const { t, lang } = ctx;
  const title = t('improvement.coaches.title', { organisation: org.name });
  const owner = isOwner(access);
  const active = coaches.filter((c) => !c.withdrawnAt);
  const earlier = coaches.filter((c) => c.withdrawnAt);
  const actorName = (id: number | null) => (id !== null ? catalog.actors.get(id)?.name : undefined);
  const actors = [...catalog.actors.values()].filter((a) => !a.retired && (COACH_ACTOR_KINDS as readonly string[]).includes(a.kind))
    .sort((a, b) => a.name.localeCompare(b.name, lang)).map((a): [string, string] => [a.code, a.name]);
  const labels = { email: t('improvement.coaches.email'), actor: t('improvement.coaches.actor') };
  return (
    <Layout ctx={ctx} title={title} crumbs={[[t('improvement.crumb.organisations'), '/organisations'], [org.name, `/organisations/${org.id}`]]}>
      <h1>{title} <DemoBadge t={t} isDemo={org.isDemo} /></h1>
      <OrgNav t={t} id={org.id} current="coaches" showCoaches />
      <SavedNotice t={t} notice={notice} draftKey={`improvement-coach:${org.id}`} />
      <p class="lead">{t('improvement.coaches.lead')}</p>
      <h2>{t('improvement.coaches.active')}</h2>
      {active.length === 0 ? <p>{t('improvement.coaches.none')}</p> : (
        <ScrollTable caption={t('improvement.coaches.active')} class="data-table" captionClass="visually-hidden">
          <thead><tr>
            <th scope="col">{t('improvement.coaches.name')}</th><th scope="col">{t('improvement.coaches.actor')}</th><th scope="col">{t('improvement.coaches.since')}</th>
            {owner ? <th scope="col"><span class="visually-hidden">{t('improvement.col.actions')}</span></th> : null}
          </tr></thead>
          <tbody>
            {active.map((c) => (
              <tr>
                <th scope="row">{c.name} <span class="muted">({c.email})</span></th>
                <td>{actorName(c.actorId) ?? '—'}</td>
                <td><time datetime={c.invitedAt}>{day(lang, c.invitedAt)}</time> ({c.invitedBy})</td>
                {owner ? (
                  <td>
                    <form method="post" action={`/organisations/${org.id}/coaches/${c.id}/withdraw`} class="inline-form">
                      <Csrf token={ctx.csrfToken} />
                      <button type="submit" class="button button-danger">{t('improvement.coaches.withdraw')}<span class="visually-hidden">: {c.name}</span></button>
                    </form>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      {owner ? (
        <section aria-labelledby="invite-title">
          <h2 id="invite-title">{t('improvement.coaches.invite')}</h2>
          <p>{t('improvement.coaches.inviteLead')}</p>
          <ErrorSummary t={t} errors={errors} labels={labels} />
          <form method="post" action={`/organisations/${org.id}/coaches`} novalidate data-draft={`improvement-coach:${org.id}`}>
            <Csrf token={ctx.csrfToken} />
            <TextField t={t} name="email" label={labels.email} type="email" autocomplete="off" required value={val(form, 'email')} errors={errors} />
            <Select t={t} name="actor" label={labels.actor} value={val(form, 'actor')} errors={errors} empty={t('improvement.coaches.noActor')} options={actors} hint={t('improvement.coaches.actorHint')} />
            <div class="actions"><button type="submit" class="button">{t('improvement.coaches.inviteButton')}</button></div>
            <p class="hint" data-draft-status aria-live="polite"></p>
          </form>
        </section>
      ) : <p>{t('improvement.coaches.ownersOnly')}</p>}
      {earlier.length ? (
        <section aria-labelledby="earlier-title">
          <h2 id="earlier-title">{t('improvement.coaches.earlier')}</h2>
          <ul>{earlier.map((c) => <li>{c.name} ({actorName(c.actorId) ?? '—'}): {t('improvement.coaches.withdrawnOn', { date: day(lang, c.withdrawnAt) })}</li>)}</ul>
        </section>
      ) : null}
    </Layout>
  );
}

export function CoachingPage({ ctx, catalog, items }: { ctx: ViewContext; catalog: Catalog; items: CoachingRecord[] }) {
  const { t, lang } = ctx;
  const title = t('improvement.coaching.title');
  const subsector = (code: string) => catalog.subsectors.find((s) => s.code === code)?.name[lang] ?? code;
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p class="lead">{t('improvement.coaching.lead')}</p>
      {items.length === 0 ? <p>{t('improvement.coaching.none')}</p> : (
        <ScrollTable caption={title} class="data-table" captionClass="visually-hidden">
          <thead><tr>
            <th scope="col">{t('improvement.coaching.organisation')}</th><th scope="col">{t('improvement.coaching.subsector')}</th>
            <th scope="col">{t('improvement.coaches.actor')}</th><th scope="col">{t('improvement.coaches.since')}</th><th scope="col">{t('improvement.coaching.open')}</th>
          </tr></thead>
          <tbody>
            {items.map((c) => (
              <tr>
                <th scope="row">{c.name} <DemoBadge t={t} isDemo={c.isDemo} /></th>
                <td>{subsector(c.subsector)}</td>
                <td>{c.actorId !== null ? catalog.actors.get(c.actorId)?.name ?? '—' : '—'}</td>
                <td><time datetime={c.invitedAt}>{day(lang, c.invitedAt)}</time></td>
                <td>
                  <a href={`/organisations/${c.organisationId}/plan`}>{t('improvement.nav.plan')}<span class="visually-hidden">: {c.name}</span></a>
                  {' · '}<a href={`/organisations/${c.organisationId}/progress`}>{t('improvement.nav.progress')}<span class="visually-hidden">: {c.name}</span></a>
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </Layout>
  );
}
