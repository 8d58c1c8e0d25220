import { rng } from './random.js';

/**
 * Edits instruments through the API while the readers run: every write is followed at once
 * by a read of the same instrument and of the coverage matrix, and a read that does not show
 * the write counts as stale (the read models must never serve one).
 */
export async function startWriter(base: string, email: string, password: string, instruments: number, perSecond: number) {
  const login = await fetch(`${base}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  if (!login.ok) throw new Error(`benchmark writer could not log in: ${login.status}`);
  // The login answer sets both the session and the CSRF cookie, and returns the matching token.
  const cookie = (login.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = await login.json() as { csrfToken: string };
  const headers = { cookie, 'content-type': 'application/json', 'x-csrf-token': csrfToken };
  const r = rng(99);
  let running = true;
  let writes = 0, staleReads = 0, writeConflicts = 0, n = 0;
  const loop = (async () => {
    while (running) {
      const started = Date.now();
      const code = `synthetic-instrument-${r.int(1, instruments)}`;
      const current = await (await fetch(`${base}/api/instruments/${code}`)).json() as Record<string, any>;
      const name = { nl: `[synthetic] bewerkt ${++n}`, en: `[synthetic] edited ${n}` };
      const challenge = r.int(1, 14);
      const links = [{ challenge, strength: 'strong' }];
      const res = await fetch(`${base}/api/instruments/${code}`, {
        method: 'PUT', headers,
        body: JSON.stringify({ version: current.version, name, description: current.description, type: current.type, responsibleActor: current.responsibleActor?.code ?? null, sinceYear: current.sinceYear, links, recommendations: [] }),
      });
      if (res.status === 409) writeConflicts++;
      else if (!res.ok) throw new Error(`benchmark write failed: ${res.status} ${await res.text()}`);
      else {
        writes++;
        const after = await (await fetch(`${base}/api/instruments/${code}`)).json() as Record<string, any>;
        const matrix = await (await fetch(`${base}/api/coverage`)).json() as { pillars: Array<{ cells: Array<{ challenge: number; instruments: Array<{ code: string; name: { nl: string } }> }> }> };
        const cell = matrix.pillars.flatMap((p) => p.cells).find((c) => c.challenge === challenge);
        const inMatrix = cell?.instruments.some((i) => i.code === code && i.name.nl === name.nl);
        if (after.name.nl !== name.nl || !inMatrix) staleReads++;
      }
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, 1000 / perSecond - (Date.now() - started))));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return { writes, staleReads, writeConflicts };
    },
  };
}
