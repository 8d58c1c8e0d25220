import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import type { CatalogArea } from '../../catalog/catalog.js';
import type { Db } from '../../db/database.js';
import type { ReadModels } from '../../read-models.js';
import { parseTsVector } from '../search/search-index.js';
import { packTerms, type DocTerms, type Lexicon } from '../search/ts-rank.js';

/**
 * What the guide proposes besides the search read model's records (cases, lessons, learning and
 * actors come from the search index itself): the offers of support actors with their text, and
 * the organisations that may be asked as peers with their latest submitted level per dimension.
 * Each part is read again only when its data may have changed: offers when their fingerprint
 * (count, versions, last change, their actors' last change) moved after a write to the knowledge
 * space or to actors; peers after a write to organisations, assessments or consent.
 */
export interface OfferCandidate extends DocTerms {
  id: number; actorId: number; actorName: string; titleNl: string; titleEn: string; isDemo: boolean;
  dimensions: string[]; subsectors: string[]; pillars: number[]; levelFrom: number | null; levelTo: number | null;
}

export interface PeerCandidate { id: number; name: string; subsector: string; municipality: string; isDemo: boolean; level: number }

const OFFER_AREAS: readonly CatalogArea[] = ['knowledge', 'actors'];
const PEER_AREAS: readonly CatalogArea[] = ['maturity', 'access'];

/** The offers' own small lexicon: a lexeme's id is its place in this list. */
class OfferLexicon implements Lexicon {
  private readonly ids = new Map<string, number>();
  private readonly list: string[] = [];
  intern(lexeme: string): number {
    let id = this.ids.get(lexeme);
    if (id === undefined) { id = this.list.length; this.list.push(lexeme); this.ids.set(lexeme, id); }
    return id;
  }
  id(lexeme: string) { return this.ids.get(lexeme); }
  withPrefix(prefix: string) {
    return this.list.filter((l) => l.startsWith(prefix)).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))).map((l) => this.ids.get(l)!);
  }
}

export interface OfferSet { lexicon: Lexicon; offers: OfferCandidate[]; today: string }

export class GuideCandidates {
  private offerStamp: string | null = null;
  private offerPrint = '';
  private offerSet: Promise<OfferSet> | null = null;
  private peerStamp: string | null = null;
  private peerSet: Promise<Map<string, PeerCandidate[]>> | null = null;
  /** Own levels (organisation:dimension), valid while no maturity or access write happened. */
  readonly ownLevels = new Map<string, Promise<number | null>>();

  constructor(private readonly db: Db, private readonly readModels: ReadModels) {}

  /** Current offers (not withdrawn, of actors still in the directory), with their document vectors. */
  offers(): Promise<OfferSet> {
    const stamp = this.readModels.catalog.stamp(OFFER_AREAS);
    if (stamp === this.offerStamp && this.offerSet) return this.offerSet;
    this.offerStamp = stamp;
    const previous = this.offerSet?.catch(() => null) ?? Promise.resolve(null);
    const next = previous.then((held) => this.readOffers(held));
    this.offerSet = next;
    next.catch(() => { if (this.offerSet === next) { this.offerSet = null; this.offerStamp = null; } });
    return next;
  }

  private async readOffers(held: OfferSet | null): Promise<OfferSet> {
    const print = (await sql<{ p: string; today: string }>`select concat_ws(':', count(*), sum(g.version), max(g.updated_at), max(g.retired_at), max(a.updated_at), count(a.retired_at)) as p,
      current_date::text as today from guide_offers g join actors a on a.id = g.actor_id`.execute(this.db)).rows[0]!;
    if (held && print.p === this.offerPrint && held.today === print.today) return held;
    const { rows } = await sql<{
      id: number; actor_id: number; actor_name: string; title_nl: string; title_en: string; is_demo: boolean; dimension_codes: string[]; subsectors: string[];
      pillars: number[]; level_from: number | null; level_to: number | null; document: string;
    }>`select g.id, g.actor_id, a.name as actor_name, g.title_nl, g.title_en, g.is_demo, g.dimension_codes, g.subsectors, g.pillars, g.level_from, g.level_to,
        (setweight(to_tsvector('dutch', g.title_nl), 'A') || to_tsvector('dutch', g.description_nl)
          || setweight(to_tsvector('english', g.title_en), 'A') || to_tsvector('english', g.description_en))::text as document
      from guide_offers g join actors a on a.id = g.actor_id
      where g.retired_at is null and a.retired_at is null order by g.id`.execute(this.db);
    const lexicon = new OfferLexicon();
    const offers = rows.map((r): OfferCandidate => {
      const terms = packTerms(parseTsVector(r.document).map(([l, p]) => [lexicon.intern(l), p] as const));
      return {
        ...terms,
        id: r.id, actorId: r.actor_id, actorName: r.actor_name, titleNl: r.title_nl, titleEn: r.title_en, isDemo: r.is_demo,
        dimensions: r.dimension_codes, subsectors: r.subsectors, pillars: r.pillars, levelFrom: r.level_from, levelTo: r.level_to,
      };
    });
    this.offerPrint = print.p;
    return { lexicon, offers, today: print.today };
  }

  /**
   * Organisations that agreed to be contacted, with the level of their latest submitted
   * assessment, per dimension (highest level first).
   */
  peers(): Promise<Map<string, PeerCandidate[]>> {
    const stamp = this.readModels.catalog.stamp(PEER_AREAS);
    if (stamp === this.peerStamp && this.peerSet) return this.peerSet;
    this.peerStamp = stamp;
    this.ownLevels.clear();
    const next = this.readPeers();
    this.peerSet = next;
    next.catch(() => { if (this.peerSet === next) { this.peerSet = null; this.peerStamp = null; } });
    return next;
  }

  private async readPeers(): Promise<Map<string, PeerCandidate[]>> {
    const { rows } = await sql<PeerCandidate & { dimension: string; is_demo: boolean }>`
      select o.id, o.name, o.subsector, o.municipality, o.is_demo, r.dimension_code as dimension, r.level
      from organisations o
      cross join lateral (
        select a.id from assessments a where a.organisation_id = o.id and a.status = 'submitted'
        order by a.submitted_at desc, a.id desc limit 1
      ) l
      join assessment_results r on r.assessment_id = l.id
      where o.contactable and o.retired_at is null`.execute(this.db);
    const out = new Map<string, PeerCandidate[]>();
    for (const r of rows) {
      const list = out.get(r.dimension) ?? out.set(r.dimension, []).get(r.dimension)!;
      list.push({ id: r.id, name: r.name, subsector: r.subsector, municipality: r.municipality, isDemo: r.is_demo, level: r.level });
    }
    return out;
  }

  /** The latest submitted level of an organisation in one dimension, kept until the next maturity or access write. */
  async ownLevel(organisationId: number, dimension: string, read: () => Promise<number | null>): Promise<number | null> {
    await this.peers();
    const key = `${organisationId}:${dimension}`;
    let level = this.ownLevels.get(key);
    if (!level) {
      level = read();
      this.ownLevels.set(key, level);
      level.catch(() => this.ownLevels.delete(key));
    }
    return level;
  }
}

const held = new WeakMap<ReadModels, GuideCandidates>();

export function guideCandidates(app: FastifyInstance): GuideCandidates {
  let model = held.get(app.readModels);
  if (!model) { model = new GuideCandidates(app.db, app.readModels); held.set(app.readModels, model); }
  return model;
}
