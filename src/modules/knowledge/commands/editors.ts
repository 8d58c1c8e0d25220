import { audit } from '../../../plugins/audit.js';
import { conflict, invalid, notFound } from '../../../plugins/errors.js';
import { actorIdOf, type Tx } from './shared.js';

export interface GrantInput { actor: string; email: string }

/** Lets an existing account publish on behalf of a support actor. */
export async function grantEditor(tx: Tx, grantedBy: number, input: GrantInput): Promise<{ actorId: number; userId: number }> {
  const actor = await actorIdOf(tx, input.actor);
  if (!actor) throw invalid([{ field: 'actor', message: 'is required', code: 'required' }]);
  const email = input.email.trim().toLowerCase();
  const user = await tx.selectFrom('users').select(['id', 'disabled_at']).where((eb) => eb(eb.fn('lower', ['email']), '=', email)).executeTakeFirst();
  if (!user || user.disabled_at) throw invalid([{ field: 'email', message: `no active account uses ${email}`, code: 'reference' }]);
  const existing = await tx.selectFrom('actor_editors').select('user_id').where('actor_id', '=', actor.id).where('user_id', '=', user.id).executeTakeFirst();
  if (existing) throw conflict('KNOWLEDGE_ALREADY_EDITOR', `${email} is already an editor of ${input.actor}`, { field: 'email' });
  await tx.insertInto('actor_editors').values({ actor_id: actor.id, user_id: user.id, granted_by: grantedBy }).execute();
  await audit(tx, { userId: grantedBy, entityType: 'actor_editor', entityId: `${input.actor}/${user.id}`, action: 'create', after: { actor: input.actor, email } });
  return { actorId: actor.id, userId: user.id };
}

export async function revokeEditor(tx: Tx, revokedBy: number, actorCode: string, userId: number): Promise<void> {
  const actor = await tx.selectFrom('actors').select('id').where('code', '=', actorCode).executeTakeFirst();
  const deleted = actor
    ? await tx.deleteFrom('actor_editors').where('actor_id', '=', actor.id).where('user_id', '=', userId).returning('user_id').executeTakeFirst()
    : undefined;
  if (!deleted) throw notFound('editor', `${actorCode}/${userId}`);
  await audit(tx, { userId: revokedBy, entityType: 'actor_editor', entityId: `${actorCode}/${userId}`, action: 'delete', before: { actor: actorCode, userId } });
}
