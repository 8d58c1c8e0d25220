// Builds src/ into dist/ with esbuild (fast start); type checking is `npm run typecheck`.
// Dependencies stay external: PGlite loads its WebAssembly files relative to its own module.
// Migrations, seed files, messages and static assets are read from src/ at run time.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';

const started = Date.now();
await rm('dist', { recursive: true, force: true });
await build({
  entryPoints: ['src/server.ts', 'src/cli/create-admin.ts', 'src/bench/run.ts', 'src/bench/child.ts', 'src/bench/soak.ts', 'src/cli/backup.ts', 'src/cli/restore.ts', 'src/cli/opendata-dump.ts', 'src/cli/opendata-load.ts'].filter((f) => existsSync(f)),
  outdir: 'dist',
  outbase: 'src',
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  jsxFactory: 'h',
  jsxFragment: 'Fragment',
  logLevel: 'warning',
});
console.log(`built dist/ in ${Date.now() - started} ms`);
