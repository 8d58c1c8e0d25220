import type { ViewContext } from '../../../web/context.js';
import { DemoBadge, ScrollTable } from '../../../web/components.js';
import { h, Html } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import { organisationLinks } from '../presenters.js';
import type { MemberRow, OrganisationRow } from '../queries.js';
import { seesProfile, type Viewer } from '../view.js';
import { consentText } from './form-parts.js';
import { label } from './labels.js';

const SAVED = ['created', 'registered', 'updated', 'joined'] as const;
export type HomeNotice = (typeof SAVED)[number];
export const homeNotice = (value: unknown): HomeNotice | undefined => SAVED.find((s) => s === value);

/** The draft a confirmed save clears, so a reload of the form does not bring old input back. */
const DRAFT: Record<HomeNotice, (id: number) => string> = {
  created: () => 'organisation:new', registered: () => 'organisation:register', updated: (id) => `organisation:${id}`, joined: () => '',
};

/** The organisation's home: its profile, who is in it, and the way into the maturity trajectory. */
export function OrganisationHomePage({ ctx, organisation: o, viewer, members, notice }: {
  ctx: ViewContext; organisation: OrganisationRow; viewer: Viewer; members: MemberRow[]; notice?: HomeNotice | undefined;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={o.name} crumbs={[[t('nav.organisations'), '/organisations']]}>
      <h1>{o.name} <DemoBadge t={t} isDemo={o.is_demo} /></h1>
      {notice ? <div class="notice notice-success" role="status" data-draft-saved={DRAFT[notice](o.id) || undefined}><p>{t(`orgs.saved.${notice}`)}</p></div> : null}
      {o.is_demo ? <div class="notice notice-demo"><p>{t('orgs.home.demoNotice')}</p></div> : null}
      <ViewerNotice ctx={ctx} viewer={viewer} />
      {seesProfile(viewer) ? <Profile ctx={ctx} o={o} viewer={viewer} members={members} /> : <Basic ctx={ctx} o={o} />}
    </Layout>
  );
}

function ViewerNotice({ ctx, viewer }: { ctx: ViewContext; viewer: Viewer }): Html {
  const { t } = ctx;
  if (viewer.view === 'member') return <p class="lead">{t(`orgs.home.you.${viewer.access.role}`)}</p>;
  return <div class="notice"><p>{t(`orgs.home.view.${viewer.view}`)}</p></div>;
}

function Basic({ ctx, o }: { ctx: ViewContext; o: OrganisationRow }): Html {
  const { t } = ctx;
  return (
    <dl class="facts">
      <dt>{t('orgs.field.subsector')}</dt><dd>{label(t, 'subsector', o.subsector)}</dd>
      <dt>{t('orgs.field.province')}</dt><dd>{label(t, 'province', o.province)}</dd>
      <dt>{t('orgs.consent.shareWithTeam')}</dt><dd>{consentText(t, o.share_with_team)}</dd>
    </dl>
  );
}

function Profile({ ctx, o, viewer, members }: { ctx: ViewContext; o: OrganisationRow; viewer: Viewer; members: MemberRow[] }): Html {
  const { t } = ctx;
  const links = organisationLinks(o.id, viewer);
  const trajectory = (['assessments', 'benchmark', 'plan', 'coaches'] as const).filter((k) => links[k]);
  return (
    <div>
      {o.mission ? <p>{o.mission}</p> : null}
      {trajectory.length ? [
        <h2>{t('orgs.home.trajectory')}</h2>,
        <p>{t('orgs.home.trajectoryLead')}</p>,
        <ul class="cards">
          {trajectory.map((k) => (
            <li class="card">
              <h3><a href={links[k]}>{t(`orgs.home.link.${k}`)}</a></h3>
              <p>{t(`orgs.home.link.${k}Help`)}</p>
            </li>
          ))}
        </ul>,
      ] : null}
      <h2>{t('orgs.home.profile')}</h2>
      <dl class="facts">
        <dt>{t('orgs.field.subsector')}</dt><dd>{label(t, 'subsector', o.subsector)}</dd>
        <dt>{t('orgs.field.fundingFramework')}</dt><dd>{label(t, 'fundingFramework', o.funding_framework)}</dd>
        <dt>{t('orgs.field.legalForm')}</dt><dd>{label(t, 'legalForm', o.legal_form)}</dd>
        <dt>{t('orgs.field.staffClass')}</dt><dd>{label(t, 'staffClass', o.staff_class)}</dd>
        <dt>{t('orgs.field.budgetClass')}</dt><dd>{label(t, 'budgetClass', o.budget_class)}</dd>
        <dt>{t('orgs.field.municipality')}</dt><dd>{o.municipality} ({label(t, 'province', o.province)})</dd>
        <dt>{t('orgs.field.website')}</dt><dd>{o.website ? <a href={o.website} rel="noopener noreferrer">{o.website}</a> : '—'}</dd>
      </dl>
      <h3>{t('orgs.consent.legend')}</h3>
      <dl class="facts">
        <dt>{t('orgs.consent.shareWithTeam')}</dt><dd>{consentText(t, o.share_with_team)}: {t(o.share_with_team ? 'orgs.consent.shareOn' : 'orgs.consent.shareOff')}</dd>
        <dt>{t('orgs.consent.contactable')}</dt><dd>{consentText(t, o.contactable)}: {t(o.contactable ? 'orgs.consent.contactOn' : 'orgs.consent.contactOff')}</dd>
      </dl>
      {links.edit ? <p><a class="button button-secondary" href={links.edit}>{t('orgs.home.edit')}</a></p> : null}
      <h2>{t('orgs.home.members')}</h2>
      {members.length === 0 ? <p>{t('orgs.members.none')}</p> : (
        <ScrollTable caption={t('orgs.members.caption', { count: members.length })} class="data-table">
          <thead><tr><th scope="col">{t('orgs.field.displayName')}</th><th scope="col">{t('orgs.field.role')}</th><th scope="col">{t('orgs.field.position')}</th></tr></thead>
          <tbody>
            {members.map((m) => <tr><td>{m.display_name}</td><td>{label(t, 'role', m.role)}</td><td>{label(t, 'position', m.position)}</td></tr>)}
          </tbody>
        </ScrollTable>
      )}
      {links.members ? <p><a href={links.members}>{viewer.owner ? t('orgs.home.manageMembers') : t('orgs.home.viewMembers')}</a></p> : null}
      <p><a href={`/api/organisations/${o.id}`}>{t('common.asJson')}</a></p>
    </div>
  );
}
