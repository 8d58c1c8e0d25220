import { json, type TestApp } from '../../../test/helpers/app.js';

export type Headers = Record<string, string>;

/** The account behind a set of test headers. */
export async function whoIs(t: TestApp, headers: Headers): Promise<{ id: number; email: string }> {
  return json(await t.app.inject({ url: '/api/me', headers })).user;
}

/** A fresh organisation member whom the transition team made editor of these actors. */
export async function editorOf(t: TestApp, team: Headers, ...actors: string[]): Promise<Headers & { userId: string }> {
  const headers = await t.as('org_member');
  const me = await whoIs(t, headers);
  for (const actor of actors) {
    const res = await t.app.inject({ method: 'POST', url: '/api/knowledge/editors', headers: team, payload: { actor, email: me.email } });
    if (res.statusCode !== 201) throw new Error(`granting ${actor} failed: ${res.statusCode} ${res.body}`);
  }
  return { ...headers, userId: String(me.id) };
}

/** The body of a form post, with the CSRF token the test headers carry. */
export function formBody(headers: Headers, fields: Record<string, string | string[]>): string {
  const params = new URLSearchParams();
  params.set('_csrf', headers['x-csrf-token']!);
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) params.append(k, x);
  return params.toString();
}

export const formHeaders = (headers: Headers) => ({ cookie: headers.cookie!, 'content-type': 'application/x-www-form-urlencoded' });

export const fieldsOf = (body: { errors?: Array<{ field: string }> }) => (body.errors ?? []).map((e) => e.field);
