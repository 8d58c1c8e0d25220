/**
 * The writers that run beside the readers: each writes through the API at a steady rate and
 * reads back at once, so that a read model or cache that serves a write late is counted.
 */

export interface WriteCounts { writes: number; staleReads: number; writeConflicts: number }
export interface Writer { stop(): Promise<WriteCounts> }

/**
 * What one round of a writer did: its write was refused as a conflicting edit ('conflict'),
 * it found nothing to write this round ('idle') or nothing more at all ('exhausted'), or it
 * wrote and this many of the reads that followed did not show the write.
 */
export type WriteOutcome = number | 'conflict' | 'idle' | 'exhausted';

/** Runs `round` about `perSecond` times a second until stopped (or exhausted), counting what it did. */
export function writeLoop(perSecond: number, round: () => Promise<WriteOutcome>): Writer {
  const counts: WriteCounts = { writes: 0, staleReads: 0, writeConflicts: 0 };
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = Date.now();
      const outcome = await round();
      if (outcome === 'exhausted') break;
      if (outcome === 'conflict') counts.writeConflicts++;
      else if (outcome !== 'idle') { counts.writes++; counts.staleReads += outcome; }
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, 1000 / perSecond - (Date.now() - started))));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return { ...counts };
    },
  };
}

/**
 * Whether a write went through: false when it was refused as a conflicting edit (409), which
 * concurrent writers may meet; any other refusal is a fault of the benchmark and stops it.
 */
export async function accepted(res: Response, what: string): Promise<boolean> {
  if (res.status === 409) return false;
  if (!res.ok) throw new Error(`benchmark ${what} write failed: ${res.status} ${await res.text()}`);
  return true;
}

/** How many of these checks failed: a writer's count of reads that did not show its write. */
export const failed = (...checks: boolean[]) => checks.filter((ok) => !ok).length;
