import type { TestApp } from '../../../test/helpers/app.js';
import { json } from '../../../test/helpers/app.js';
import type { Role } from '../../plugins/permissions.js';

let counter = 0;

/** An organisation by direct insert, independent of the organisations module's rules. */
export async function makeOrganisation(t: TestApp): Promise<number> {
  const { id } = await t.database.db.insertInto('organisations').values({
    name: `Sleutelorganisatie ${++counter} ${Math.random().toString(36).slice(2, 7)}`, subsector: 'heritage',
    staff_class: '5-19', budget_class: '250k-1m', province: 'antwerpen', municipality: 'Mechelen', legal_form: 'vzw', funding_framework: 'erfgoeddecreet',
  }).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** A fresh account (with its session headers) that holds the given role in the organisation. */
export async function member(t: TestApp, organisationId: number | null, orgRole: 'owner' | 'member' = 'owner', role: Role = 'org_member') {
  const headers = await t.as(role);
  const { id } = await t.database.db.selectFrom('users').select('id').orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
  if (organisationId !== null) {
    await t.database.db.insertInto('organisation_members').values({ organisation_id: organisationId, user_id: id, role: orgRole }).execute();
  }
  return { headers, id };
}

export interface CreatedKey { key: { id: number; prefix: string; status: string; permissions: string[] }; secret: string }

/** Creates a key through the API and returns the answer; fails the test when it is refused. */
export async function createKey(t: TestApp, headers: Record<string, string>, body: Record<string, unknown>): Promise<CreatedKey> {
  const res = await t.app.inject({ method: 'POST', url: '/api/api-keys', headers, payload: body });
  if (res.statusCode !== 201) throw new Error(`key refused: ${res.statusCode} ${res.body}`);
  return json<CreatedKey>(res);
}

export const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });
