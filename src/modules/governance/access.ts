import type { FastifyRequest } from 'fastify';
import { principalOf } from '../../plugins/auth.js';
import { invalid, notFound, type FieldError } from '../../plugins/errors.js';
import { can } from '../../plugins/permissions.js';
import { bodyByCode, decisionByCode, meetingState, publicationsOf, publicationVersion, type Q } from './queries.js';
import type { PublicationKind } from './schemas.js';

/**
 * Who sees what. The transition team, the steering committee and administrators see drafts;
 * everyone else sees published content only. Something a reader may not see does not exist for
 * them: it answers 404, the same as something that does not exist at all.
 */
export const seesDrafts = (request: FastifyRequest) => can(principalOf(request.user), 'governance.viewDrafts');

export async function visibleBody(db: Q, code: string) {
  const body = await bodyByCode(db, code);
  if (!body) throw notFound('body', code);
  return body;
}

export async function visibleDecision(db: Q, code: string, drafts: boolean) {
  const decision = await decisionByCode(db, code);
  if (!decision || (!drafts && decision.status !== 'published')) throw notFound('decision', code);
  return decision;
}

/** A meeting is public once something of it is published; visitors get only the published versions. */
export async function visibleMeeting(db: Q, id: number, drafts: boolean) {
  const publications = await publicationsOf(db, id, !drafts);
  const state = drafts ? await meetingState(db, id) : undefined;
  if (drafts ? !state : publications.length === 0) throw notFound('meeting', id);
  return { state, publications };
}

export async function visiblePublication(db: Q, meetingId: number, kind: PublicationKind, version: number, drafts: boolean) {
  const p = await publicationVersion(db, meetingId, kind, version);
  if (!p || (!drafts && p.status !== 'published')) throw notFound('publication', `${meetingId}/${kind}/${version}`);
  return p;
}

/** PostgreSQL text cannot hold U+0000: such input is named as invalid instead of failing in the database. */
export function rejectNulCharacters(request: FastifyRequest): void {
  const errors: FieldError[] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') { if (value.includes('\u0000')) errors.push({ field: path, message: 'contains a NUL character', code: 'format' }); return; }
    if (Array.isArray(value)) { value.forEach((v, i) => walk(v, `${path}.${i}`)); return; }
    if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
  };
  walk(request.body, 'body');
  walk(request.query, 'querystring');
  walk(request.params, 'params');
  if (errors.length) throw invalid(errors);
}
