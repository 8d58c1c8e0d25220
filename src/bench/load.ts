import autocannon from 'autocannon';

export interface LoadResult {
  requests: number; rps: number; p50: number; p95: number; p99: number; errors: number; non2xx: number;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * Runs autocannon against `base`, asking `nextPath()` for the path of every request, so that
 * parameters vary as real users' would. Latencies are recorded per response (exact p95).
 */
export async function load(base: string, nextPath: () => string, options: { connections: number; seconds: number; headers?: Record<string, string> }): Promise<LoadResult> {
  const latencies: number[] = [];
  const result = await autocannon({
    url: base,
    connections: options.connections,
    duration: options.seconds,
    headers: options.headers ?? {},
    requests: [{ setupRequest: (req: Record<string, unknown>) => ({ ...req, path: nextPath() }) } as never],
    setupClient: (client: { on: (event: 'response', fn: (status: number, bytes: number, ms: number) => void) => void }) => {
      client.on('response', (_status, _bytes, ms) => latencies.push(ms));
    },
  } as never) as unknown as autocannon.Result;
  latencies.sort((a, b) => a - b);
  return {
    requests: result.requests.total,
    rps: Math.round(result.requests.total / options.seconds),
    p50: round(percentile(latencies, 50)), p95: round(percentile(latencies, 95)), p99: round(percentile(latencies, 99)),
    errors: result.errors + result.timeouts, non2xx: result.non2xx,
  };
}

const round = (n: number) => Math.round(n * 100) / 100;
