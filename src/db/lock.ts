import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';

export class DataDirLockedError extends Error {}

function alive(pid: number): boolean {
  try { process.kill(pid, 0); return true; } catch (err) { return (err as NodeJS.ErrnoException).code === 'EPERM'; }
}

/** Data folders this process holds: a second open of one of them here is refused. */
const held = new Set<string>();

/**
 * PGlite has no lock of its own: two processes opening one data folder corrupt it. This lock file
 * holds the owner's pid; a lock left by a process that no longer runs is taken over. A lock with
 * this process's own pid that this process does not hold is a killed predecessor's: a restarted
 * container often gives the server the same pid again.
 */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'transitieruimte.lock');
  const key = resolve(file);
  if (held.has(key)) throw new DataDirLockedError(`This process already uses DATA_DIR ${dataDir}.`);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      held.add(key);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        held.delete(key);
        try { unlinkSync(file); } catch { /* already gone */ }
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(readFileSync(file, 'utf8'));
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) {
        throw new DataDirLockedError(`Another instance (pid ${pid}) is using DATA_DIR ${dataDir}. Stop it or choose another DATA_DIR.`);
      }
      unlinkSync(file);
    }
  }
  throw new DataDirLockedError(`Could not lock DATA_DIR ${dataDir}`);
}
