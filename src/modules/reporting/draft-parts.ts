import type { Catalog, CatalogArea } from '../../catalog/catalog.js';
import { AsyncMemo } from '../../catalog/async-memo.js';
import type { Db } from '../../db/database.js';
import { flatHtml } from '../../catalog/flat-text.js';
import type { Html } from '../../web/jsx.js';
import type { Lang } from '../../plugins/i18n.js';
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

/**
 * A draft report's plan parts, kept per year until one of the areas they are read from changes
 * or the Brussels day turns (what is late or at risk depends on the day). So a new KPI
 * measurement renews only what the KPIs show: at sector scale the plan parts are 2,000 actions
 * and 10,000 milestones, whose reading and rendering took about half a second, and every reader
 * of the draft waited for it after each measurement. Readers that arrive while the parts are
 * read share the reading; a failed read is not kept (AsyncMemo).
 */
export class DraftParts {
  // A few years are read at a time (this one, the last); the bound keeps odd requests from piling up.
  private readonly memo: AsyncMemo;

  constructor(private readonly db: Db, catalog: Catalog) { this.memo = new AsyncMemo(catalog, 4); }

  get(year: number): Promise<KeptPlanParts> {
    const today = todayInBrussels();
    return this.memo.get(`${year}:${today}`, PLAN_DEPENDS,
      () => gatherPlanParts(this.db, year, today).then((parts) => ({ parts, sections: new Map<string, Html>() })));
  }
}

/** A section of the draft: rendered once per language from kept plan parts, every time otherwise. */
export function draftSection(kept: KeptPlanParts, lang: Lang, section: ReportSectionName, render: () => Html): Html {
  if (!PLAN_SECTIONS.has(section)) return render();
  const key = `${lang}:${section}`;
  let html = kept.sections.get(key);
  if (!html) kept.sections.set(key, (html = flatHtml(render())));
  return html;
}
