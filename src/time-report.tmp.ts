import { openDatabase } from './db/database.js';
import { gatherReportData, gatherActionLines } from './modules/reporting/report-data.js';
import { kpiSummary } from './modules/monitoring/queries.js';
const handle = await openDatabase({ dataDir: '/tmp/transitieruimte-bench-YvPt9e' } as never);
const db = handle.db;
const year = 2026;
for (let i = 0; i < 3; i++) {
  let t0 = performance.now(); await gatherActionLines(db, year); const a = performance.now() - t0;
  t0 = performance.now(); await kpiSummary(db, year); const k = performance.now() - t0;
  t0 = performance.now(); const d = await gatherReportData(db, year); const g = performance.now() - t0;
  console.log(`actionLines ${a.toFixed(1)} ms, kpiSummary ${k.toFixed(1)} ms, gatherReportData ${g.toFixed(1)} ms; ${d.actionLines.length} lines, ${d.kpis.length} kpis`);
}
await handle.close();
