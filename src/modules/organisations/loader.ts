import type { FastifyRequest } from 'fastify';
import { requireUser } from '../../plugins/auth.js';
import { forbidden, notFound } from '../../plugins/errors.js';
import { organisationAccess } from './access.js';
import { findOrganisation, type OrganisationRow } from './queries.js';
import { seesProfile, viewerOf, type Viewer } from './view.js';

export interface Loaded { organisation: OrganisationRow; viewer: Viewer }

/**
 * The first step of every route on one organisation: who asks (a visitor is asked to log in
 * before learning whether it exists), does it exist, and how much may they see.
 */
export async function loadOrganisation(request: FastifyRequest, id: number): Promise<Loaded> {
  const user = requireUser(request);
  const db = request.server.db;
  const organisation = await findOrganisation(db, id);
  if (!organisation) throw notFound('organisation', id);
  const viewer = viewerOf(user, await organisationAccess(db, user, id), id);
  return { organisation, viewer };
}

/** Then one of these, before any command runs. */
export const ensure = {
  profile(v: Viewer) { if (!seesProfile(v)) throw forbidden('see this organisation\'s profile'); },
  manage(v: Viewer) { if (!v.manage) throw forbidden('edit this organisation'); },
  owner(v: Viewer) { if (!v.owner) throw forbidden('manage the members of this organisation'); },
};
