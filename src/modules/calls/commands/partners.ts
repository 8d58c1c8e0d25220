import { audit } from '../../../plugins/audit.js';
import { invalid, notFound } from '../../../plugins/errors.js';
import { managesOrganisation } from '../access.js';
import { cannotRemoveLead, notDraft, notLead, notMember, partnerExists } from '../errors.js';
import { lockApplication } from './applications.js';
import type { Actor, Tx } from './shared.js';

async function lockAsLead(tx: Tx, user: Actor, id: number) {
  const row = await lockApplication(tx, id);
  if (row.status !== 'draft') throw notDraft(row.status);
  if (!(await managesOrganisation(tx, user.id, row.lead_organisation_id))) throw notLead();
  return row;
}

/** The lead invites any registered organisation as partner; it takes part once its own people confirm. */
export async function addPartner(tx: Tx, user: Actor, id: number, input: { organisationId: number; contribution?: string }): Promise<void> {
  await lockAsLead(tx, user, id);
  const org = await tx.selectFrom('organisations').select(['id', 'retired_at']).where('id', '=', input.organisationId).executeTakeFirst();
  if (!org || org.retired_at) throw invalid([{ field: 'organisationId', message: 'is not a registered organisation', code: 'reference' }]);
  const existing = await tx.selectFrom('application_partners').select('role').where('application_id', '=', id).where('organisation_id', '=', org.id).executeTakeFirst();
  if (existing) throw partnerExists(org.id);
  await tx.insertInto('application_partners').values({ application_id: id, organisation_id: org.id, role: 'partner', contribution: input.contribution?.trim() ?? '' }).execute();
  await audit(tx, { userId: user.id, entityType: 'application_partner', entityId: `${id}/${org.id}`, action: 'create', after: input });
}

export async function removePartner(tx: Tx, user: Actor, id: number, organisationId: number): Promise<void> {
  const row = await lockAsLead(tx, user, id);
  if (organisationId === row.lead_organisation_id) throw cannotRemoveLead();
  const gone = await tx.deleteFrom('application_partners').where('application_id', '=', id).where('organisation_id', '=', organisationId).returning('organisation_id').executeTakeFirst();
  if (!gone) throw notFound('partner', organisationId);
  await audit(tx, { userId: user.id, entityType: 'application_partner', entityId: `${id}/${organisationId}`, action: 'delete' });
}

/** An owner or member of the partner organisation confirms it takes part (and may state its contribution). */
export async function confirmPartner(tx: Tx, user: Actor, id: number, organisationId: number, input: { contribution?: string } = {}): Promise<void> {
  const row = await lockApplication(tx, id);
  if (row.status !== 'draft') throw notDraft(row.status);
  const partner = await tx.selectFrom('application_partners').selectAll().where('application_id', '=', id).where('organisation_id', '=', organisationId).executeTakeFirst();
  if (!partner) throw notFound('partner', organisationId);
  if (!(await managesOrganisation(tx, user.id, organisationId))) throw notMember(organisationId);
  await tx.updateTable('application_partners').set({
    confirmed_at: partner.confirmed_at ?? new Date(), confirmed_by: partner.confirmed_by ?? user.id,
    ...(input.contribution !== undefined ? { contribution: input.contribution.trim() } : {}),
  }).where('application_id', '=', id).where('organisation_id', '=', organisationId).execute();
  await audit(tx, { userId: user.id, entityType: 'application_partner', entityId: `${id}/${organisationId}`, action: 'update', after: { confirmed: true, ...input } });
}
