import { Lru } from '../../catalog/lru.js';
import type { CursorKey } from '../../web/cursor.js';
import type { ChangesFeed, PageDependencies } from './feed-model.js';
import { readChanges, type ChangesPage } from './queries.js';

export interface FeedPage { body: string; next: string | null; hasMore: boolean }
interface Kept extends FeedPage { dependencies: PageDependencies }

/** Characters of pages kept (about 20 MB): partners synchronise from many cursors, a page of 100 changes is about 20,000. */
const KEPT_CHARS = 20_000_000;

/**
 * Serialised pages of the changes feed per (cursor, limit). A page is kept while the rows it
 * looked at keep their states (no new audit row for their records or what their state depends
 * on) and, for a page that reached the end of the feed, while nothing has been added: a write is
 * visible on the next read, and a write elsewhere in the feed leaves the page alone.
 */
export class FeedPages {
  private readonly pages = new Lru<Kept>(KEPT_CHARS, (page) => page.body.length);

  constructor(private readonly feed: ChangesFeed) {}

  async read(after: CursorKey | null, since: string | null, limit: number, present: (page: ChangesPage) => unknown): Promise<FeedPage> {
    const key = `${limit} ${since ?? ''}`;
    await this.feed.current();
    const kept = this.pages.get(key);
    if (kept && this.feed.unchanged(kept.dependencies)) return kept;
    const epochs = this.feed.epochsNow();
    const page = await readChanges(this.feed, after, since, limit);
    const made: Kept = {
      body: JSON.stringify(present(page)), next: page.next, hasMore: page.hasMore,
      dependencies: this.feed.dependencies(page.scanned[0], page.scanned[1], epochs),
    };
    this.pages.set(key, made);
    return made;
  }
}
