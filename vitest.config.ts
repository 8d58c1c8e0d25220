import { defineConfig } from 'vitest/config';

export default defineConfig({
  esbuild: { jsxFactory: 'h', jsxFragment: 'Fragment' },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // PGlite boots per test file; two workers fit this 2-core machine.
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
    reporters: ['default'],
  },
});
