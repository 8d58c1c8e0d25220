import { percentile } from '../load.js';

/** One request as the soak saw it. */
export interface Sample { label: string; method: string; path: string; status: number; ms: number; expected: boolean; detail?: string }

export interface Window { requests: number; errors: number; p50: number; p95: number; p99: number }

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Latencies and errors over the whole run and per window (a minute). An error is a response
 * with a status the operation does not expect (every 5xx, and a 4xx a correct client never
 * gets), or no response at all.
 */
export class SoakStats {
  private all: number[] = [];
  private window: number[] = [];
  private windowErrors = 0;
  readonly errors: Sample[] = [];
  readonly byLabel = new Map<string, { requests: number; latencies: number[] }>();

  record(sample: Sample) {
    this.all.push(sample.ms);
    this.window.push(sample.ms);
    let entry = this.byLabel.get(sample.label);
    if (!entry) this.byLabel.set(sample.label, entry = { requests: 0, latencies: [] });
    entry.requests++;
    entry.latencies.push(sample.ms);
    if (!sample.expected) {
      this.windowErrors++;
      this.errors.push(sample);
    }
  }

  /** The figures of the window since the last call, and a fresh window. */
  closeWindow(): Window {
    const w = summarise(this.window, this.windowErrors);
    this.window = [];
    this.windowErrors = 0;
    return w;
  }

  total(): Window { return summarise(this.all, this.errors.length); }

  perLabel(): Array<{ label: string } & Window> {
    return [...this.byLabel.entries()].map(([label, e]) => ({ label, ...summarise(e.latencies, this.errors.filter((x) => x.label === label).length) }))
      .sort((a, b) => b.requests - a.requests);
  }
}

function summarise(latencies: number[], errors: number): Window {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { requests: sorted.length, errors, p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), p99: round(percentile(sorted, 99)) };
}
