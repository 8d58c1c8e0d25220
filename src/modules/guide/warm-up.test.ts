import { describe, expect, it } from 'vitest';
import { engines, testApp } from '../../../test/helpers/app.js';
import { openQuestions } from './queries.js';
import { warmGuide } from './warm-up.js';

describe.each(engines)('guide warm-up after start-up (%s)', (engine) => {
  it('prepares the proposals of every open question, stops when asked, and lets the app close while it runs', async () => {
    const t = await testApp({ engine, demo: true, config: { warmReadModels: true } });
    // Listening starts the app's own warm-up in the background.
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const open = await openQuestions(t.database.db, 100);
      expect(open.length).toBeGreaterThan(0);
      expect(await warmGuide(t.app, () => false)).toBe(open.length);
      expect(await warmGuide(t.app, () => true)).toBe(0);
    } finally {
      // The app's own warm-up may still be running: closing waits for it.
      await t.close();
    }
  });
});
