import type { FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { isOpenPath } from './cors.js';
import { AppError } from './errors.js';

const WINDOW_MS = 60_000;
/** Above this many tracked clients, finished windows are swept out before a new one is added. */
const SWEEP_ABOVE = 10_000;

export interface WindowState { limit: number; remaining: number; resetSeconds: number; allowed: boolean }

/**
 * Fixed one-minute windows in memory, per client. Simple and cheap (one map entry per active
 * client); a client may burst up to twice the limit across a window boundary, which is fine for
 * protecting a shared server. Limits are per process: behind several instances, divide them.
 */
export class FixedWindowLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(private readonly limit: number, private readonly clock: () => number = Date.now, private readonly windowMs = WINDOW_MS) {}

  hit(client: string): WindowState {
    const now = this.clock();
    let window = this.windows.get(client);
    if (!window || now - window.start >= this.windowMs) {
      if (!window && this.windows.size >= SWEEP_ABOVE) this.sweep(now);
      window = { start: now, count: 0 };
      this.windows.set(client, window);
    }
    window.count += 1;
    const resetSeconds = Math.max(1, Math.ceil((window.start + this.windowMs - now) / 1000));
    return { limit: this.limit, remaining: Math.max(0, this.limit - window.count), resetSeconds, allowed: window.count <= this.limit };
  }

  get size(): number { return this.windows.size; }

  private sweep(now: number): void {
    for (const [client, window] of this.windows) if (now - window.start >= this.windowMs) this.windows.delete(client);
  }
}

export interface RateLimitOptions {
  perKeyPerMinute: number;
  perAddressPerMinute: number;
  clock?: () => number;
}

function setHeaders(reply: FastifyReply, state: WindowState): void {
  reply.header('ratelimit-limit', String(state.limit))
    .header('ratelimit-remaining', String(state.remaining))
    .header('ratelimit-reset', String(state.resetSeconds));
}

/**
 * Request limits on the open API (JSON API and linked open data): a request with a valid API key
 * counts against that key, any other request (an invalid key included) against its client
 * address. A limit of 0 is off. Every limited response tells the client where it stands
 * (RateLimit-Limit, -Remaining, -Reset in seconds); over the limit it gets 429 with Retry-After.
 * Must be registered after the API-key plugin, which identifies the key.
 */
export const rateLimitPlugin = fp<RateLimitOptions>(async (app, { perKeyPerMinute, perAddressPerMinute, clock }) => {
  const perKey = perKeyPerMinute > 0 ? new FixedWindowLimiter(perKeyPerMinute, clock) : null;
  const perAddress = perAddressPerMinute > 0 ? new FixedWindowLimiter(perAddressPerMinute, clock) : null;
  if (!perKey && !perAddress) return;

  app.addHook('onRequest', async (request, reply) => {
    if (!isOpenPath(request.url)) return;
    const key = request.apiKey;
    const limiter = key ? perKey : perAddress;
    if (!limiter) return;
    const state = limiter.hit(key ? `key:${key.id}` : `ip:${request.ip}`);
    setHeaders(reply, state);
    if (!state.allowed) {
      reply.header('retry-after', String(state.resetSeconds));
      throw new AppError('API_RATE_LIMITED', 429,
        `Too many requests: at most ${state.limit} per minute ${key ? 'for this API key' : 'from this address'}; try again in ${state.resetSeconds} s`,
        [], { retryAfter: state.resetSeconds });
    }
  });
}, { name: 'rate-limit', dependencies: ['api-key-auth'] });
