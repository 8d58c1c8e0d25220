import { audit } from '../../../plugins/audit.js';
import { taken } from '../errors.js';
import type { CreateActionLineInput } from '../schemas.js';
import { actionLineSnapshot, References, type Tx } from './shared.js';
import { writeActionLineLinks } from './update-action-line.js';

export async function createActionLine(tx: Tx, userId: number | null, input: CreateActionLineInput): Promise<number> {
  const refs = new References(tx);
  // /action-lines/new is the form: a line called "new" could never be opened.
  if (input.code === 'new') refs.add('code', 'is reserved', 'cycleReserved');
  const ownerId = await refs.actor('owner', input.owner);
  await refs.recommendations('recommendations', input.recommendations);
  await refs.challenges('challenges', input.challenges);
  refs.check();
  const exists = await tx.selectFrom('action_lines').select('id').where('code', '=', input.code).executeTakeFirst();
  if (exists) throw taken('CYCLE_CODE_TAKEN', `An action line with code ${input.code} already exists`, 'code');
  const { id } = await tx.insertInto('action_lines').values({
    code: input.code, title_nl: input.title.nl, title_en: input.title.en,
    description_nl: input.description?.nl ?? '', description_en: input.description?.en ?? '', owner_actor_id: ownerId,
  }).returning('id').executeTakeFirstOrThrow();
  await writeActionLineLinks(tx, id, input);
  await audit(tx, { userId, entityType: 'action_line', entityId: input.code, action: 'create', after: await actionLineSnapshot(tx, id) });
  return id;
}
