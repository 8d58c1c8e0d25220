import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, testApp, type TestApp } from '../../../test/helpers/app.js';
import { paths as projectPaths } from '../../paths.js';

const run = promisify(execFile);
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

interface LintReport {
  totals: { errors: number; warnings: number };
  problems: Array<{ ruleId: string; severity: string; message: string; location?: Array<{ pointer?: string }> }>;
}

/** redocly exits non-zero when it finds errors; the JSON report is on stdout either way. */
async function lint(file: string): Promise<LintReport> {
  const bin = join(projectPaths.nodeModules, '.bin', 'redocly');
  const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' };
  const args = ['lint', file, '--extends=recommended', '--format=json', '--max-problems=10000'];
  try {
    const { stdout } = await run(bin, args, { env, maxBuffer: 64 * 1024 * 1024, timeout: 120_000 });
    return JSON.parse(stdout) as LintReport;
  } catch (error) {
    const stdout = (error as { stdout?: string }).stdout;
    if (!stdout) throw error;
    return JSON.parse(stdout) as LintReport;
  }
}

describe('the OpenAPI contract', () => {
  let t: TestApp;
  let document: any;
  beforeAll(async () => {
    t = await testApp({ seed: false });
    document = json(await t.app.inject({ url: '/api/v1/openapi.json' }));
  });
  afterAll(() => t.close());

  it('passes redocly lint with the recommended rules without errors', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'openapi-'));
    try {
      const file = join(dir, 'openapi.json');
      await writeFile(file, JSON.stringify(document));
      const report = await lint(file);
      const errors = report.problems.filter((p) => p.severity === 'error');
      const warnings = report.problems.filter((p) => p.severity !== 'error');
      if (warnings.length) console.info(`redocly warnings (${warnings.length}):\n${warnings.map((w) => `  ${w.ruleId} ${w.location?.[0]?.pointer ?? ''}: ${w.message}`).join('\n')}`);
      expect(errors.map((e) => `${e.ruleId} ${e.location?.[0]?.pointer ?? ''}: ${e.message}`)).toEqual([]);
      expect(report.totals.errors).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('documents the versioned paths only', () => {
    const paths = Object.keys(document.paths);
    expect(paths.length).toBeGreaterThan(50);
    expect(paths.filter((p) => p.startsWith('/api') && !p.startsWith('/api/v1'))).toEqual([]);
    expect(paths).toContain('/api/v1/cases');
  });

  it('gives every operation a unique operationId, a security requirement and a problem-details error', () => {
    const ids: string[] = [];
    for (const [path, operations] of Object.entries<any>(document.paths)) {
      for (const method of METHODS) {
        const op = operations[method];
        if (!op) continue;
        ids.push(op.operationId);
        expect(op.security, `${method} ${path}`).toBeDefined();
        const errors = Object.entries<any>(op.responses).filter(([status]) => status.startsWith('4'));
        expect(errors.length, `${method} ${path}`).toBeGreaterThan(0);
        expect(Object.keys(errors[0]![1].content ?? {}), `${method} ${path}`).toContain('application/problem+json');
        // A write never claims to be open to anonymous callers.
        if (method !== 'get') expect(op.security.some((s: object) => Object.keys(s).length === 0), `${method} ${path}`).toBe(false);
      }
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect(document.paths['/api/v1/cases/{code}'].get.operationId).toBe('getCasesByCode');
    expect(Object.keys(document.components.securitySchemes).sort()).toEqual(['apiKey', 'apiKeyHeader', 'session']);
    expect(document.tags.every((tag: { description?: string }) => tag.description)).toBe(true);
  });

  it('shows the conventions on the documentation page in Dutch and English', async () => {
    const nl = await t.app.inject({ url: '/api/v1/docs?lang=nl' });
    expect(nl.statusCode).toBe(200);
    expect(nl.body).toContain('/api/v1/changes?since=');
    expect(nl.body).toContain('href="/api/v1/openapi.json"');
    const en = await t.app.inject({ url: '/api/docs?lang=en' });
    expect(en.body).toContain('Large collections page with ?limit= and ?cursor=');
  });

  it('answers the same at the versioned address and at the unversioned alias', async () => {
    const versioned = await t.app.inject({ url: '/api/v1/pillars' });
    const alias = await t.app.inject({ url: '/api/pillars' });
    expect(versioned.statusCode).toBe(200);
    expect(alias.statusCode).toBe(200);
    expect(Array.isArray(json(versioned))).toBe(true);
    expect(versioned.body).toBe(alias.body);
    const index = json(await t.app.inject({ url: '/api/v1' }));
    expect(index.openapi).toMatch(/\/api\/v1\/openapi\.json$/);
    expect(index.collections.every((c: string) => c.includes('/api/v1/'))).toBe(true);
    // Only the v1 prefix is an alias: other versions are unknown addresses.
    expect((await t.app.inject({ url: '/api/v2/pillars' })).statusCode).toBe(404);
    expect((await t.app.inject({ url: '/api/v10/pillars' })).statusCode).toBe(404);
  });
});
