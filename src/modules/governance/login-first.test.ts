import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/helpers/app.js';

/**
 * Every form of the governance pages asks a visitor to log in, and refuses an account without the
 * right, before it reads the path or the body: a malformed id or an empty form must not tell a
 * stranger how the route is shaped.
 */
const FORMS = [
  '/bodies', '/bodies/:code/members', '/bodies/:code/members/:memberId', '/bodies/:code/meetings',
  '/meetings/:id', '/meetings/:id/agenda-items', '/meetings/:id/agenda-items/:itemId', '/meetings/:id/agenda-items/:itemId/treatment',
  '/meetings/:id/attendance', '/meetings/:id/agenda-items/:itemId/decisions', '/meetings/:id/publications',
  '/decisions/:code', '/decisions/:code/approve', '/decisions/:code/publish',
  '/publications/:id/refresh', '/publications/:id/approve', '/publications/:id/publish',
];

describe('governance forms: login and permission before validation', () => {
  let t: TestApp;
  beforeAll(async () => { t = await testApp({ demo: false }); });
  afterAll(async () => { await t?.close(); });

  const post = (path: string, headers: Record<string, string> = {}) => t.app.inject({
    method: 'POST', url: path.replace(/:\w+/g, 'x~'), payload: '',
    headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
  });

  it.each(FORMS)('POST %s with a malformed path and an empty body leads a visitor to the login page', async (path) => {
    const res = await post(path);
    expect(res.statusCode).toBe(401);
    expect(String(res.headers['content-type'])).toMatch(/^text\/html/);
    expect(res.body).toContain('href="/login?return=');
  });

  it('refuses an organisation member (403) before naming a malformed parameter', async () => {
    const member = await t.as('org_member');
    const answers: string[] = [];
    for (const path of FORMS) {
      const res = await post(path, { cookie: member.cookie!, 'x-csrf-token': member['x-csrf-token']! });
      if (res.statusCode !== 403) answers.push(`${path}: ${res.statusCode}`);
    }
    expect(answers).toEqual([]);
    // The same request from someone who may post gets past the permission: the parameter is named.
    const team = await t.as('transition_team');
    expect((await post('/meetings/:id/agenda-items', { cookie: team.cookie!, 'x-csrf-token': team['x-csrf-token']! })).statusCode).toBe(400);
  });
});
