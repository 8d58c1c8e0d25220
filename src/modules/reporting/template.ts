import type { Db } from '../../db/database.js';

export const REPORT_SECTIONS = ['intro', 'action_lines', 'milestones', 'kpis', 'decisions'] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

export interface ReportTemplate { sections: ReportSection[]; intro: { nl: string; en: string }; version: number }

export const DEFAULT_TEMPLATE: ReportTemplate = { sections: [...REPORT_SECTIONS], intro: { nl: '', en: '' }, version: 0 };

/** The steering committee's reporting format: which sections, in which order, with which introduction. */
export async function loadTemplate(db: Db): Promise<ReportTemplate> {
  const row = await db.selectFrom('report_templates').selectAll().where('code', '=', 'annual').executeTakeFirst();
  if (!row) return DEFAULT_TEMPLATE;
  const sections = (row.sections as string[]).filter((s): s is ReportSection => (REPORT_SECTIONS as readonly string[]).includes(s));
  return { sections, intro: { nl: row.intro_nl, en: row.intro_en }, version: row.version };
}
