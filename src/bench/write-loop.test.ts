import { describe, expect, it } from 'vitest';
import { accepted, failed, writeLoop, type WriteOutcome } from './write-loop.js';

describe('the benchmark write loop', () => {
  it('counts writes, stale reads and conflicts, skips idle rounds and ends when exhausted', async () => {
    const outcomes: WriteOutcome[] = [0, 2, 'conflict', 'idle', 1, 'exhausted', 0];
    let rounds = 0;
    const writer = writeLoop(10_000, async () => outcomes[rounds++]!);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await writer.stop()).toEqual({ writes: 3, staleReads: 3, writeConflicts: 1 });
    expect(rounds).toBe(6);
  });

  it('stops between rounds when asked', async () => {
    let rounds = 0;
    const writer = writeLoop(1_000, async () => { rounds++; return 0; });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const counts = await writer.stop();
    const after = rounds;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(rounds).toBe(after);
    expect(counts.writes).toBe(after);
    expect(counts.writes).toBeGreaterThan(0);
  });

  it('tells a conflict from a failed write, and counts failed checks', async () => {
    expect(await accepted(new Response('{}', { status: 200 }), 'x')).toBe(true);
    expect(await accepted(new Response('{}', { status: 409 }), 'x')).toBe(false);
    await expect(accepted(new Response('bad field', { status: 400 }), 'instrument')).rejects.toThrow('benchmark instrument write failed: 400 bad field');
    expect(failed(true, false, false)).toBe(2);
    expect(failed()).toBe(0);
  });
});
