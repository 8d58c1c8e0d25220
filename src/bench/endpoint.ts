/** The benchmark's suites: each builds its own part of a sector and measures its own endpoints. */
export type Suite = 'catalog' | 'cycle' | 'maturity' | 'vision' | 'knowledge' | 'calls' | 'opendata';

/**
 * An endpoint measured against the bare route: `path` draws a new request each time (parameters
 * vary as real readers' would), `sample` is the request whose payload the bare route serves.
 */
export interface Endpoint<S extends Suite = Suite> { key: string; label: string; path: () => string; sample: string; suite: S; headers?: Record<string, string> }
