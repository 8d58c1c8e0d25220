import type { Catalog, CatalogArea } from '../../catalog/catalog.js';
import { Lru } from '../../catalog/lru.js';
import type { Db } from '../../db/database.js';
import { flatHtml } from '../../catalog/flat-text.js';
import type { Html } from '../../web/jsx.js';
import { todayInBrussels } from '../cycle/index.js';
import { gatherPlanParts, type PlanParts } from './report-data.js';
import type { ReportSectionName } from './views/report.js';

/** The areas a draft's plan parts (action lines, milestones, decisions) are read from. */
export const PLAN_DEPENDS: readonly CatalogArea[] = ['framework', 'actors', 'governance', 'cycle'];

/** The sections made from the plan parts alone (the intro reads the template, the KPIs their measurements). */
const PLAN_SECTIONS: ReadonlySet<ReportSectionName> = new Set(['action_lines', 'milestones', 'decisions']);

export interface KeptPlanParts {
  parts: PlanParts;
  /** Sections rendered from these parts, per language and section. */
  sections: Map<string, Html>;
}

interface Held { stamp: string; kept: Promise<KeptPlanParts> }

/**
 * A draft report's plan parts, kept per year until one of the areas they are read from changes
 * or the Brussels day turns (what is late or at risk depends on the day). So a new KPI
 * measurement renews only what the KPIs show: at sector scale the plan parts are 2,000 actions
 * and 10,000 milestones, whose reading and rendering took about half a second, and every reader
 * of the draft waited for it after each measurement. Readers that arrive while the parts are
 * read share the reading; a failed read is not kept.
 */
export class DraftParts {
  // A few years are read at a time (this one, the last); the bound keeps odd requests from piling up.
  private readonly held = new Lru<Held, number>(4);

  constructor(private readonly db: Db, private readonly catalog: Catalog) {}

  get(year: number): Promise<KeptPlanParts> {
    const today = todayInBrussels();
    const stamp = `${this.catalog.stamp(PLAN_DEPENDS)}:${today}`;
    const hit = this.held.get(year);
    if (hit && hit.stamp === stamp) return hit.kept;
    const kept = gatherPlanParts(this.db, year, today).then((parts) => ({ parts, sections: new Map<string, Html>() }));
    this.held.set(year, { stamp, kept });
    kept.catch(() => { if (this.held.get(year)?.kept === kept) this.held.delete(year); });
    return kept;
  }
}

/** A section of the draft: rendered once per language from kept plan parts, every time otherwise. */
export function draftSection(kept: KeptPlanParts, lang: string, section: ReportSectionName, render: () => Html): Html {
  if (!PLAN_SECTIONS.has(section)) return render();
  const key = `${lang}:${section}`;
  let html = kept.sections.get(key);
  if (!html) kept.sections.set(key, (html = flatHtml(render())));
  return html;
}
