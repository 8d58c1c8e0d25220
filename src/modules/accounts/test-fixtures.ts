import { createHmac, randomBytes } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import type { TestApp } from '../../../test/helpers/app.js';
import { createUser } from './commands/create-user.js';

/** The CSRF cookie and form token a browser without a session holds (test apps sign with 'test-secret'). */
export function anonymousBrowser(): { cookie: string; token: string } {
  const csrf = randomBytes(18).toString('base64url');
  return { cookie: `tr_csrf=${csrf}`, token: createHmac('sha256', 'test-secret').update(csrf).digest('base64url') };
}

export const PASSWORD = 'correct horse battery staple';

export async function userWithPassword(t: TestApp, role: 'admin' | 'transition_team' | 'org_member' = 'org_member') {
  const email = `person-${randomBytes(4).toString('hex')}@example.org`;
  const user = await t.database.db.transaction().execute((tx) => createUser(tx, null, { email, displayName: 'Person', password: PASSWORD, role }));
  return { id: user.id, email };
}

export function cookieFrom(res: LightMyRequestResponse, name: string): string | undefined {
  const raw = res.headers['set-cookie'];
  const lines = Array.isArray(raw) ? raw : raw ? [String(raw)] : [];
  const value = lines.find((l) => l.startsWith(`${name}=`))?.split(';')[0]!.slice(name.length + 1);
  return value || undefined;
}

/** Logs in through the form, as a browser would; returns the response. */
export function formLogin(t: TestApp, email: string, password: string, headers: Record<string, string> = {}) {
  const browser = anonymousBrowser();
  return t.app.inject({
    method: 'POST', url: '/login', headers: { cookie: browser.cookie, ...headers },
    payload: { email, password, _csrf: browser.token, return: '/privacy' },
  });
}
