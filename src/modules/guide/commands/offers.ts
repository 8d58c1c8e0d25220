import { audit } from '../../../plugins/audit.js';
import { notFound } from '../../../plugins/errors.js';
import { fieldError, notEditor, offerRetired, stale } from '../errors.js';
import { editsActor, findOffer } from '../queries.js';
import type { OfferInput, OfferUpdateInput } from '../schemas.js';
import type { Actor, Tx } from './shared.js';

type Fields = Omit<OfferInput, 'actorId'>;

function checkLevels(input: Fields) {
  if (input.levelFrom != null && input.levelTo != null && input.levelFrom > input.levelTo) {
    throw fieldError('levelTo', 'must not be lower than levelFrom', 'minimum');
  }
}

const values = (input: Fields) => ({
  title_nl: input.titleNl.trim(), title_en: (input.titleEn ?? '').trim(), description_nl: input.descriptionNl.trim(), description_en: (input.descriptionEn ?? '').trim(),
  dimension_codes: input.dimensions ?? [], subsectors: input.subsectors ?? [], pillars: input.pillars ?? [],
  level_from: input.levelFrom ?? null, level_to: input.levelTo ?? null,
});

export async function createOffer(tx: Tx, user: Actor, input: OfferInput): Promise<number> {
  const actor = await tx.selectFrom('actors').select('id').where('id', '=', input.actorId).where('retired_at', 'is', null).executeTakeFirst();
  if (!actor) throw fieldError('actorId', 'is not a current actor');
  if (!await editsActor(tx, user, input.actorId)) throw notEditor(input.actorId);
  checkLevels(input);
  const row = await tx.insertInto('guide_offers').values({ actor_id: input.actorId, ...values(input), created_by: user.id }).returningAll().executeTakeFirstOrThrow();
  await audit(tx, { userId: user.id, entityType: 'guide_offer', entityId: row.id, action: 'create', after: row });
  return row.id;
}

async function editable(tx: Tx, user: Actor, id: number) {
  const offer = await findOffer(tx, id);
  if (!offer) throw notFound('offer', id);
  if (!await editsActor(tx, user, offer.actorId)) throw notEditor(offer.actorId);
  if (offer.retired) throw offerRetired(id);
  return offer;
}

export async function updateOffer(tx: Tx, user: Actor, id: number, input: OfferUpdateInput): Promise<void> {
  const offer = await editable(tx, user, id);
  checkLevels(input);
  const updated = await tx.updateTable('guide_offers').set({ ...values(input), updated_at: new Date(), version: offer.version + 1 })
    .where('id', '=', id).where('version', '=', input.version).returningAll().executeTakeFirst();
  if (!updated) throw stale('offer', id, offer.version, input.version);
  await audit(tx, { userId: user.id, entityType: 'guide_offer', entityId: id, action: 'update', before: offer, after: updated });
}

export async function retireOffer(tx: Tx, user: Actor, id: number, version: number): Promise<void> {
  const offer = await editable(tx, user, id);
  const updated = await tx.updateTable('guide_offers').set({ retired_at: new Date(), updated_at: new Date(), version: offer.version + 1 })
    .where('id', '=', id).where('version', '=', version).returningAll().executeTakeFirst();
  if (!updated) throw stale('offer', id, offer.version, version);
  await audit(tx, { userId: user.id, entityType: 'guide_offer', entityId: id, action: 'retire', before: offer, after: updated });
}
