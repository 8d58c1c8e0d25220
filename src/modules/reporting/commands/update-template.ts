import type { Transaction } from 'kysely';
import { sql } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { audit } from '../../../plugins/audit.js';
import { conflict, invalid } from '../../../plugins/errors.js';
import { REPORT_SECTIONS, type ReportSection, type ReportTemplate } from '../template.js';

export interface TemplateInput { version: number; sections: string[]; intro: { nl: string; en: string } }

/** Saves the reporting format; `version` 0 creates it, otherwise it must be the current version. */
export async function updateTemplate(tx: Transaction<Database>, userId: number, input: TemplateInput, current: ReportTemplate): Promise<void> {
  const unknown = input.sections.filter((s) => !(REPORT_SECTIONS as readonly string[]).includes(s));
  if (unknown.length) throw invalid(unknown.map((s) => ({ field: 'sections', message: `unknown section ${s}`, code: 'enum' })));
  if (new Set(input.sections).size !== input.sections.length) throw invalid([{ field: 'sections', message: 'a section is listed twice', code: 'uniqueItems' }]);
  if (!input.sections.length) throw invalid([{ field: 'sections', message: 'choose at least one section', code: 'minItems' }]);
  if (input.version !== current.version) throw conflict('TEMPLATE_STALE', `The format was changed by someone else (version ${current.version})`, { currentVersion: current.version });
  const sections = JSON.stringify(input.sections as ReportSection[]);
  if (current.version === 0) {
    await tx.insertInto('report_templates').values({ code: 'annual', sections, intro_nl: input.intro.nl, intro_en: input.intro.en }).execute();
  } else {
    const res = await tx.updateTable('report_templates').set({ sections, intro_nl: input.intro.nl, intro_en: input.intro.en, updated_at: new Date(), version: sql`version + 1` })
      .where('code', '=', 'annual').where('version', '=', input.version).executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw conflict('TEMPLATE_STALE', 'The format was changed by someone else');
  }
  await audit(tx, { userId, entityType: 'report_template', entityId: 'annual', action: 'update', before: current, after: input });
}
