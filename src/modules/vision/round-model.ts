import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { VisionSection } from '../../db/schema-vision.js';
import { SUBSECTORS } from '../../catalog/types.js';
import { PROVINCES } from '../monitoring/constants.js';
import { LIMITS, SECTIONS } from './constants.js';
import { commentQuery, commentRecord, type CommentRecord, type EndorsementRecord } from './queries/vision.js';
import type { ParticipationRow, RoundStats } from './read-model.js';

type Status = 'all' | 'unanswered' | 'answered';
interface Actor { userId: number; organisationId: number | null; subsector: string | null; province: string | null }
interface Endorsement extends Actor { id: number; record: EndorsementRecord }

/** Rows fetched per query when many comments changed at once (the first load of a large round). */
const CHUNK = 2000;
/** Shared by every model, so that a generation number is never reused, not even by a rebuilt model. */
let counter = 0;

/**
 * One round's comments and endorsements in memory, so that the consultation page of a round with
 * 10,000 comments is sliced and counted without a query per reader. It is brought up to date
 * from the database whenever a write may have changed it: a narrow scan of (id, version) finds
 * the comments that are new or were answered, and only those are read in full; endorsements are
 * re-read when their fingerprint (count, last id, withdrawals) moved. Organisation names,
 * subsectors and provinces are part of the rows, so a change to an organisation reloads all.
 */
export class RoundModel {
  private readonly comments = new Map<number, CommentRecord & Actor>();
  private ordered: Array<CommentRecord & Actor> = [];
  private filtered = new Map<string, Array<CommentRecord & Actor>>();
  private endorsementRows: Endorsement[] = [];
  private endorsementPrint = '';
  private statsValue: RoundStats | undefined;
  private participants: Participants | null = null;
  private endorsementList: EndorsementRecord[] | null = null;
  /** Changes with every change of what the round shows; part of the keys of cached fragments. */
  generation = ++counter;
  /** Changes with every full reload (organisations' names may differ even where comments did not). */
  epoch = counter;
  /** What the comments were when last read: count, highest id, sum of versions. */
  private print = { n: -1, last: 0, versions: 0 };

  constructor(readonly roundId: number) {}

  /** Brings the model up to date; `full` re-reads everything (organisations may have changed). */
  async refresh(db: Kysely<Database>, full: boolean): Promise<this> {
    let changed = false;
    let appended: Array<CommentRecord & Actor> | null = null;
    if (full) { this.comments.clear(); this.endorsementPrint = ''; this.print = { n: -1, last: 0, versions: 0 }; this.epoch = ++counter; changed = true; }
    // Cheap check first: one row of aggregates says whether any comment is new or was answered.
    const print = (await sql<{ n: number; last: number | null; versions: number | null }>`select count(*)::int as n, max(id) as last, sum(version)::int as versions
      from vision_comments where round_id = ${this.roundId}`.execute(db)).rows[0]!;
    const now = { n: print.n, last: print.last ?? 0, versions: print.versions ?? 0 };
    if (now.n !== this.print.n || now.last !== this.print.last || now.versions !== this.print.versions) {
      const read = await this.readComments(db, full, now);
      if (Array.isArray(read)) appended = read;
      else changed = read || changed;
      this.print = now;
    }
    changed = (await this.readEndorsements(db)) || changed;
    if (changed) {
      this.ordered = [...this.comments.values()].sort((a, b) => a.id - b.id);
      this.filtered = new Map();
      this.participants = null;
      this.statsValue = undefined;
      this.endorsementList = null;
      this.generation = ++counter;
    } else if (appended?.length) {
      // Only new comments, all after the ones held: they extend every list and count as they are.
      this.ordered.push(...appended);
      for (const [key, list] of this.filtered) {
        const [section, status] = key.split('|') as [string, Status];
        for (const c of appended) if (matches(c, section || undefined, status)) list.push(c);
      }
      if (this.participants) for (const c of appended) this.participants.add(c);
      this.statsValue = undefined;
      this.generation = ++counter;
    }
    return this;
  }

  /**
   * Reads the comments that are new or changed since the last read: the new ones alone when
   * nothing else changed (returned, to be appended), otherwise true when any changed.
   */
  private async readComments(db: Kysely<Database>, full: boolean, now: { n: number; last: number; versions: number }): Promise<boolean | Array<CommentRecord & Actor>> {
    if (!full && this.print.n >= 0 && now.last > this.print.last) {
      // Usually only new comments were added: read those, and accept when the aggregates add up.
      const added = await commentQuery(db).where('c.round_id', '=', this.roundId).where('c.id', '>', this.print.last).orderBy('c.id').execute();
      if (this.print.n + added.length === now.n && this.print.versions + added.reduce((sum, r) => sum + r.version, 0) === now.versions) {
        const entries = added.map((row) => this.entry(row));
        for (const e of entries) this.comments.set(e.id, e);
        return entries;
      }
    }
    const versions = (await sql<{ id: number; version: number }>`select id, version from vision_comments where round_id = ${this.roundId}`.execute(db)).rows;
    const wanted = versions.filter((v) => this.comments.get(v.id)?.version !== v.version).map((v) => v.id);
    if (versions.length !== this.comments.size + wanted.filter((id) => !this.comments.has(id)).length) {
      // A comment disappeared (never done by the platform; a restore from backup could): start over.
      this.comments.clear();
      this.epoch = ++counter;
      return this.readComments(db, true, now);
    }
    if (!wanted.length) return false;
    const rows = wanted.length > CHUNK || full
      ? await commentQuery(db).where('c.round_id', '=', this.roundId).execute()
      : await commentQuery(db).where('c.id', 'in', wanted).execute();
    for (const row of rows) this.comments.set(row.id, this.entry(row));
    return true;
  }

  private entry(row: Parameters<typeof commentRecord>[0]): CommentRecord & Actor {
    return { ...commentRecord(row), userId: row.user_id, organisationId: row.org_id, subsector: row.org_subsector, province: row.org_province };
  }

  /** Re-reads the active endorsements when their fingerprint (count, last id, withdrawals) moved. */
  private async readEndorsements(db: Kysely<Database>): Promise<boolean> {
    const print = (await sql<{ n: number; last: number | null; withdrawn: number }>`select count(*)::int as n, max(id) as last, count(withdrawn_at)::int as withdrawn
      from vision_endorsements where round_id = ${this.roundId}`.execute(db)).rows[0]!;
    const endorsementPrint = `${print.n}:${print.last}:${print.withdrawn}`;
    if (endorsementPrint === this.endorsementPrint) return false;
    const rows = await db.selectFrom('vision_endorsements as e').innerJoin('organisations as o', 'o.id', 'e.organisation_id')
      .select(['e.id as eid', 'e.user_id', 'o.id', 'o.name', 'o.subsector', 'o.province', 'o.is_demo', 'e.endorsed_at'])
      .where('e.round_id', '=', this.roundId).where('e.withdrawn_at', 'is', null).orderBy('o.name').execute();
    this.endorsementRows = rows.map((r) => ({
      id: r.eid, userId: r.user_id, organisationId: r.id, subsector: r.subsector, province: r.province,
      record: { organisation: { id: r.id, name: r.name, subsector: r.subsector, province: r.province, isDemo: r.is_demo }, endorsedAt: new Date(r.endorsed_at).toISOString() },
    }));
    this.endorsementPrint = endorsementPrint;
    return true;
  }

  private list(section: VisionSection | undefined, status: Status): Array<CommentRecord & Actor> {
    const key = `${section ?? ''}|${status}`;
    let list = this.filtered.get(key);
    if (!list) {
      list = this.ordered.filter((c) => matches(c, section, status));
      this.filtered.set(key, list);
    }
    return list;
  }

  /** One page of comments, oldest first, as the page and the API list them. */
  page(section: VisionSection | undefined, status: Status, page: number): CommentRecord[] {
    const start = (page - 1) * LIMITS.commentsPage;
    return this.list(section, status).slice(start, start + LIMITS.commentsPage);
  }

  count(section: VisionSection | undefined, status: Status): number {
    return this.list(section, status).length;
  }

  /** The organisations that endorse this version now, by name. */
  endorsements(): EndorsementRecord[] {
    return (this.endorsementList ??= this.endorsementRows.map((e) => e.record));
  }

  /** The same figures as roundStats() computes in SQL, counted from memory. */
  stats(): RoundStats {
    return (this.statsValue ??= this.count_());
  }

  private count_(): RoundStats {
    if (!this.participants) {
      this.participants = new Participants();
      for (const a of this.ordered) this.participants.add(a);
      for (const a of this.endorsementRows) this.participants.add(a);
    }
    const parts = this.participants;
    const bySection = {} as RoundStats['comments']['bySection'];
    for (const s of SECTIONS) {
      const total = this.count(s, 'all');
      const answered = this.count(s, 'answered');
      bySection[s] = { total, answered, unanswered: total - answered };
    }
    const endorsing = new Map<string, Set<number>>();
    for (const e of this.endorsementRows) (endorsing.get(e.subsector!) ?? endorsing.set(e.subsector!, new Set()).get(e.subsector!)!).add(e.organisationId!);
    const endorsements = SUBSECTORS.map((key) => ({ key, organisations: endorsing.get(key)?.size ?? 0 }));
    return {
      comments: {
        total: SECTIONS.reduce((n, s) => n + bySection[s].total, 0),
        unanswered: SECTIONS.reduce((n, s) => n + bySection[s].unanswered, 0),
        bySection,
      },
      participation: {
        organisations: parts.organisations.size,
        individuals: parts.people.size,
        bySubsector: parts.rows('subsector', SUBSECTORS),
        byProvince: parts.rows('province', PROVINCES),
      },
      endorsements: { total: endorsements.reduce((n, e) => n + e.organisations, 0), bySubsector: endorsements },
    };
  }
}

function matches(c: CommentRecord, section: VisionSection | string | undefined, status: Status): boolean {
  return (!section || c.section === section) && (status === 'all' || (status === 'answered') === (c.answer !== null));
}

/**
 * Who took part (commented, or endorses now), kept as sets so that new comments are added
 * without counting again: distinct organisations and people overall and per subsector and
 * province (people on their own under '').
 */
class Participants {
  readonly organisations = new Set<number>();
  readonly people = new Set<number>();
  private readonly orgs = { subsector: new Map<string, Set<number>>(), province: new Map<string, Set<number>>() };
  private readonly persons = { subsector: new Map<string, Set<number>>(), province: new Map<string, Set<number>>() };

  add(a: Actor): void {
    this.people.add(a.userId);
    if (a.organisationId !== null) this.organisations.add(a.organisationId);
    for (const by of ['subsector', 'province'] as const) {
      const key = a.organisationId === null ? '' : a[by] ?? '';
      if (a.organisationId !== null) setIn(this.orgs[by], key).add(a.organisationId);
      setIn(this.persons[by], key).add(a.userId);
    }
  }

  rows(by: 'subsector' | 'province', keys: readonly string[]): ParticipationRow[] {
    return [...keys, ''].map((key) => ({ key, organisations: this.orgs[by].get(key)?.size ?? 0, individuals: this.persons[by].get(key)?.size ?? 0 }));
  }
}

function setIn(map: Map<string, Set<number>>, key: string): Set<number> {
  let set = map.get(key);
  if (!set) { set = new Set(); map.set(key, set); }
  return set;
}
