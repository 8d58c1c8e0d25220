import type { Transaction } from 'kysely';
import { sql } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { audit } from '../../../plugins/audit.js';
import type { ReportData } from '../report-data.js';
import type { ReportTemplate } from '../template.js';

/**
 * Publishing freezes the report: its data and its format as they are now, under the next
 * version number for the year. Nothing edits a published report afterwards.
 */
export async function publishReport(tx: Transaction<Database>, userId: number, data: ReportData, template: ReportTemplate): Promise<number> {
  // Two publishers at once must not both take the same version number.
  await sql`lock table published_reports in exclusive mode`.execute(tx);
  const last = await tx.selectFrom('published_reports').select((eb) => eb.fn.max('version').as('v')).where('year', '=', data.year).executeTakeFirst();
  const version = Number(last?.v ?? 0) + 1;
  await tx.insertInto('published_reports').values({
    year: data.year, version, content: JSON.stringify({ data, template }), published_by: userId,
  }).execute();
  await audit(tx, { userId, entityType: 'report', entityId: `${data.year}/${version}`, action: 'create', after: { year: data.year, version } });
  return version;
}
