import type { ChildProcess } from 'node:child_process';
import { rng } from './random.js';

/**
 * Submits new assessments while the readers run, at `perSecond`: the benchmark server writes each
 * one (assessment and results in one transaction) and renews the maturity area, exactly as a
 * submission through the assessments module does. The very next read of that organisation's
 * benchmark must be based on it; one that is not counts as stale.
 */
export function startSubmissionWriter(child: ChildProcess, base: string, memberCookie: string, organisations: number[], perSecond: number) {
  const r = rng(31);
  let running = true;
  let writes = 0, staleReads = 0;
  const submit = (organisationId: number) => new Promise<number>((resolve, reject) => {
    const onMessage = (message: { type: string; organisationId?: number; assessmentId?: number; error?: string }) => {
      if (message.type !== 'submitted' || message.organisationId !== organisationId) return;
      child.off('message', onMessage);
      if (message.error) reject(new Error(message.error));
      else resolve(message.assessmentId!);
    };
    child.on('message', onMessage);
    child.send({ type: 'submit', organisationId });
  });
  const loop = (async () => {
    while (running) {
      const started = Date.now();
      const organisationId = r.pick(organisations);
      const assessmentId = await submit(organisationId);
      writes++;
      const res = await fetch(`${base}/api/organisations/${organisationId}/benchmark?subsector=same`, { headers: { cookie: memberCookie } });
      const body = await res.json() as { assessment: { id: number } | null };
      if (!res.ok || body.assessment?.id !== assessmentId) staleReads++;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, 1000 / perSecond - (Date.now() - started))));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return { writes, staleReads, writeConflicts: 0 };
    },
  };
}
