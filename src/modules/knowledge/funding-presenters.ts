import type { FundingRow } from './funding-queries.js';

/** The API shape of a funding or network opportunity, with the action lines it serves. */
export function presentFunding(r: FundingRow, publicBase: string) {
  return {
    code: r.code, uri: `${publicBase}/funding/${r.code}`, kind: r.kind, programme: r.programme,
    title: { nl: r.title_nl, en: r.title_en }, summary: { nl: r.summary_nl, en: r.summary_en },
    provider: { name: r.provider_name, actor: r.provider_code },
    url: r.url, opensOn: r.opens_on, deadlineOn: r.deadline_on, budgetNote: r.budget_note,
    subsectors: r.subsectors, dimensions: r.dimension_codes, pillars: r.pillars,
    actionLines: r.lines.map((l) => ({ code: l.code, title: l.title, uri: `${publicBase}/action-lines/${l.code}` })),
    retired: r.retired_at !== null, version: r.version, isDemo: r.is_demo,
  };
}
