import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, testApp, type TestApp } from '../../../test/helpers/app.js';

for (const engine of engines) {
  describe(`sessions on ${engine}`, () => {
    let t: TestApp;
    beforeAll(async () => { t = await testApp({ engine, demo: false }); });
    afterAll(async () => { await t.close(); });

    it('stops recognising a session on the request right after logging out, though it was remembered', async () => {
      const headers = await t.as('transition_team');
      const me = () => t.app.inject({ url: '/api/me', headers: { cookie: headers.cookie! } });
      expect((await me()).json().authenticated).toBe(true);
      expect((await me()).json().authenticated).toBe(true);
      const out = await t.app.inject({ method: 'DELETE', url: '/api/session', headers });
      expect(out.statusCode).toBe(204);
      expect((await me()).json().authenticated).toBe(false);
    });
  });
}
