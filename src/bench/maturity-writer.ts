import type { ChildProcess } from 'node:child_process';
import { rng } from './random.js';
import { failed, writeLoop, type Writer } from './write-loop.js';

/**
 * Submits new assessments while the readers run, at `perSecond`: the benchmark server writes each
 * one (assessment and results in one transaction) and renews the maturity area, exactly as a
 * submission through the assessments module does. The very next read of that organisation's
 * benchmark must be based on it; one that is not counts as stale.
 */
export function startSubmissionWriter(child: ChildProcess, base: string, memberCookie: string, organisations: number[], perSecond: number): Writer {
  const r = rng(31);
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
  return writeLoop(perSecond, async () => {
    const organisationId = r.pick(organisations);
    const assessmentId = await submit(organisationId);
    const res = await fetch(`${base}/api/organisations/${organisationId}/benchmark?subsector=same`, { headers: { cookie: memberCookie } });
    const body = await res.json() as { assessment: { id: number } | null };
    return failed(res.ok && body.assessment?.id === assessmentId);
  });
}
