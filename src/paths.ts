import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root: the nearest folder above this module that holds package.json. */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
  return dir;
}

export const projectRoot = findRoot();
// Data files are read from the source tree in both dev (tsx) and built (dist/) mode.
export const paths = {
  migrations: join(projectRoot, 'src/db/migrations'),
  studySeed: join(projectRoot, 'src/seed/study'),
  messages: join(projectRoot, 'src/i18n'),
  static: join(projectRoot, 'src/web/static'),
  nodeModules: join(projectRoot, 'node_modules'),
};
