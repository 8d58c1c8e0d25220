import type { PermissionTable, Principal } from '../../plugins/permissions.js';

const everyone: readonly Principal[] = ['public', 'org_member', 'steering_committee', 'transition_team', 'admin'];
const accounts: readonly Principal[] = ['org_member', 'steering_committee', 'transition_team', 'admin'];

/**
 * Platform-level gate, deny by default. What an account then does with one question, offer or
 * request is checked per record: membership of the asking organisation (owner or member), editing
 * rights on the actor (actor_editors; the transition team speaks for every actor), ownership of a
 * peer organisation that was asked.
 */
export const guidePermissions: PermissionTable = {
  // The guide's explanation and the published offers are public.
  'guide.read': everyone,
  'guide.ask': accounts,
  'guide.offer': accounts,
  'guide.contact': accounts,
  'guide.answer': accounts,
};

export { requires } from '../../plugins/permissions.js';
