import type { FastifyInstance } from 'fastify';
import type { CatalogArea } from '../../catalog/catalog.js';
import { listCalls, type CallSummary } from './queries/calls.js';

const AREAS: readonly CatalogArea[] = ['calls', 'instruments'];

/**
 * The call list, read once per change of calls or instruments (every write under /calls,
 * /forms, /applications, ... and every instrument edit renews it). Whether a call is open is
 * derived from its dates on every request, never cached: it changes with the clock.
 */
export class CallReads {
  private entry: { stamp: string; value: Promise<CallSummary[]> } | null = null;
  constructor(private readonly app: FastifyInstance) {}

  calls(): Promise<CallSummary[]> {
    const stamp = this.app.readModels.catalog.stamp(AREAS);
    if (this.entry?.stamp === stamp) return this.entry.value;
    const value = listCalls(this.app.db);
    const entry = { stamp, value };
    this.entry = entry;
    value.catch(() => { if (this.entry === entry) this.entry = null; });
    return value;
  }
}
