import { audit } from '../../../plugins/audit.js';
import { invalid } from '../../../plugins/errors.js';
import { RESERVED_CODES } from '../constants.js';
import { codeTaken } from '../errors.js';
import type { CreateVisionInput } from '../schemas.js';
import { writeSections, type Tx } from './shared.js';

/** A new vision with its first round as a draft: the team shapes the text before the sector sees it. */
export async function createVision(tx: Tx, userId: number, input: CreateVisionInput): Promise<string> {
  if ((RESERVED_CODES as readonly string[]).includes(input.code)) {
    throw invalid([{ field: 'code', message: `${input.code} is the address of a page; choose another code`, code: 'reserved' }]);
  }
  if (await tx.selectFrom('visions').select('id').where('code', '=', input.code).executeTakeFirst()) throw codeTaken('vision', input.code);
  const vision = await tx.insertInto('visions').values({
    code: input.code, title_nl: input.title.nl.trim(), title_en: input.title.en.trim(), created_by: userId,
  }).returning('id').executeTakeFirstOrThrow();
  const round = await tx.insertInto('vision_rounds').values({
    vision_id: vision.id, number: 1, status: 'draft', intro_nl: input.intro?.nl?.trim() ?? '', intro_en: input.intro?.en?.trim() ?? '',
  }).returning('id').executeTakeFirstOrThrow();
  await writeSections(tx, round.id, input.sections);
  await audit(tx, { userId, entityType: 'vision', entityId: input.code, action: 'create', after: { ...input, round: 1, status: 'draft' } });
  return input.code;
}
