import { invalid } from '../../plugins/errors.js';
import { encodeCursor, type CursorKey } from '../../web/cursor.js';
import type { ChangesFeed, LoggedRow } from './feed-model.js';
import type { Found } from './states.js';

export type ChangeKind = 'created' | 'updated' | 'deleted';
export interface Change {
  /** `at`: when the audit row was written, in milliseconds since 1970. */
  cursor: string; change: ChangeKind; type: string; id: string; at: number;
}
export interface ChangesPage {
  items: Change[]; next: string | null; hasMore: boolean;
  /** The rows of the feed's log this page looked at: [first, end). */
  scanned: readonly [number, number];
}

/** How many audit rows one request may look at, so a long run of private changes cannot stall a reader. */
const SCAN_BUDGET = 5000;
/** Rows whose records' states are read together. */
const BATCH = 500;
const BATCH_MIN = 50;

/** The position of an audit row in the feed: (transaction, id), see migration 0027. */
export function changeCursor(tx: string, id: string | number): string {
  return encodeCursor([tx, Number(id)]);
}

/**
 * What a partner may learn from one audit row, judged by the record as it is now:
 * - public now: the change, whatever it was (an edit made while it was a draft appears once it is public);
 * - withdrawn: only the retirement or deletion, as 'deleted';
 * - gone, or never public: nothing, except a deletion where every record of the type is public.
 */
function classify(row: LoggedRow, found: Found | null | undefined): { kind: ChangeKind; uriId: string } | null {
  const removal = row.action === 'retire' || row.action === 'delete';
  if (found?.state === 'public') {
    if (row.privateEdit) return null;
    return { kind: removal ? 'deleted' : row.action === 'create' || row.action === 'restore' ? 'created' : 'updated', uriId: found.uriId };
  }
  if (found?.state === 'withdrawn') return removal ? { kind: 'deleted', uriId: found.uriId } : null;
  return row.deletedUriId === null ? null : { kind: 'deleted', uriId: row.deletedUriId };
}

/** Public changes after `after`, oldest first, at most `limit`. */
export async function readChanges(feed: ChangesFeed, after: CursorKey | null, since: string | null, limit: number): Promise<ChangesPage> {
  let position: [number, number] | null = null;
  if (after) {
    if (!/^\d{1,20}$/.test(String(after[0]))) {
      throw invalid([{ field: 'querystring.since', message: 'is not a cursor this API gave out; start again without it', code: 'cursor' }]);
    }
    position = [Number(after[0]), Number(after[1])];
  }
  await feed.current();
  // A cursor from a database restored from an older backup, or from a fresh one.
  if (position && feed.fromAnotherHistory(position[0])) {
    throw invalid([{ field: 'querystring.since', message: 'belongs to another history of this database; synchronise again from the start', code: 'cursor' }]);
  }
  const items: Change[] = [];
  const first = feed.firstAfter(position);
  const end = Math.min(feed.size, first + SCAN_BUDGET);
  for (let from = first, to = first; from < end; from = to) {
    // Most rows are public: look at about as many as the page still needs, more while rows are private.
    to = Math.min(end, from + Math.max(BATCH_MIN, Math.min(BATCH, limit - items.length)));
    const stateOf = await feed.statesFor(from, to);
    for (let i = from; i < to; i++) {
      const row = feed.row(i);
      const change = classify(row, stateOf(i));
      if (change) {
        const cursor = changeCursor(String(row.tx), row.id);
        items.push({ cursor, change: change.kind, type: row.source.uriType, id: change.uriId, at: row.at });
        if (items.length === limit) return { items, next: cursor, hasMore: true, scanned: [first, i + 1] };
      }
    }
  }
  // The position moves past private rows too: the cursor is worth keeping even when no item came.
  const last = end > first ? feed.row(end - 1) : null;
  const next = last ? changeCursor(String(last.tx), last.id) : since;
  return { items, next, hasMore: end < feed.size, scanned: [first, end] };
}
