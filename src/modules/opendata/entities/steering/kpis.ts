import type { PublicEntityType } from '../../entity-type.js';
import { NS } from '../../rdf/namespaces.js';
import { Graph } from '../../rdf/terms.js';
import type { Uris } from '../../uris.js';
import { bilingual, day, decimal, intIds, type Db } from './shared.js';

/**
 * KPIs and measurements in the W3C Data Cube vocabulary: every KPI is a qb:DataSet with its own
 * qb:DataStructureDefinition (period, subsector and province as dimensions, the value as
 * measure, unit and confidence as attributes); every measurement is a qb:Observation. Periods
 * are the reference intervals of reference.data.gov.uk (year, quarter, month), which SDMX
 * publishers commonly use for sdmx-dimension:refPeriod. Retired KPIs are left out.
 */

const FREQUENCY: Record<string, string> = {
  annual: 'http://publications.europa.eu/resource/authority/frequency/ANNUAL',
  quarterly: 'http://publications.europa.eu/resource/authority/frequency/QUARTERLY',
  monthly: 'http://publications.europa.eu/resource/authority/frequency/MONTHLY',
};

/** 'YYYY', 'YYYY-Qn' or 'YYYY-MM' -> its reference interval. */
export function periodUri(period: string): string | null {
  if (/^\d{4}$/.test(period)) return `http://reference.data.gov.uk/id/year/${period}`;
  if (/^\d{4}-Q[1-4]$/.test(period)) return `http://reference.data.gov.uk/id/quarter/${period}`;
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(period)) return `http://reference.data.gov.uk/id/month/${period}`;
  return null;
}

/** The breakdown value of a dimension: '' in the data means the total over all subsectors or provinces. */
const breakdown = (value: string) => value || 'all';

const COMPONENTS = [
  ['period', 'dimension', NS.sdmxDimension + 'refPeriod', 1],
  ['subsector', 'dimension', NS.ext + 'subsector', 2],
  ['province', 'dimension', NS.ext + 'province', 3],
  ['value', 'measure', NS.sdmxMeasure + 'obsValue', null],
  ['unit', 'attribute', NS.sdmxAttribute + 'unitMeasure', null],
  ['confidence', 'attribute', NS.ext + 'confidence', null],
] as const;

function describeStructure(g: Graph, kpiUri: string) {
  const dsd = g.subject(`${kpiUri}#structure`).type('qb', 'DataStructureDefinition');
  for (const [name, kind, property, order] of COMPONENTS) {
    const spec = `${kpiUri}#component-${name}`;
    dsd.ref('qb', 'component', spec);
    g.subject(spec).type('qb', 'ComponentSpecification').ref('qb', kind, property).typed('qb', 'order', order, 'integer');
  }
}

function activeKpis(db: Db) {
  return db.selectFrom('kpis').where('kpis.retired_at', 'is', null);
}

export const kpiType: PublicEntityType = {
  type: 'kpi',
  dataset: 'kpis',
  page: (id) => `/kpis/${encodeURIComponent(id)}`,
  async ids(db, after, limit) {
    let q = activeKpis(db).select('code').orderBy('code').limit(limit);
    if (after !== null) q = q.where('code', '>', after);
    return (await q.execute()).map((r) => r.code);
  },
  async describe(db, ids, uris) {
    const codes = [...new Set(ids)];
    if (!codes.length) return [];
    const rows = await activeKpis(db).leftJoin('actors as a', 'a.id', 'kpis.owner_actor_id').selectAll('kpis').select('a.code as owner')
      .where('kpis.code', 'in', codes).execute();
    if (!rows.length) return [];
    const kpiIds = rows.map((r) => r.id);
    const [targets, lines, instruments] = await Promise.all([
      db.selectFrom('kpi_targets').selectAll().where('kpi_id', 'in', kpiIds).orderBy('year').execute(),
      db.selectFrom('kpi_action_lines as k').innerJoin('action_lines as l', 'l.id', 'k.action_line_id').select(['k.kpi_id', 'l.code'])
        .where('k.kpi_id', 'in', kpiIds).where('l.retired_at', 'is', null).execute(),
      db.selectFrom('kpi_instruments as k').innerJoin('instruments as i', 'i.id', 'k.instrument_id').select(['k.kpi_id', 'i.code']).where('k.kpi_id', 'in', kpiIds).execute(),
    ]);
    const g = new Graph();
    for (const k of rows) {
      const uri = uris.thing('kpi', k.code);
      const s = g.subject(uri).type('qb', 'DataSet')
        .ref('qb', 'structure', `${uri}#structure`)
        .text('skos', 'notation', k.code)
        .text('ext', 'unit', k.unit)
        .text('ext', 'direction', k.direction)
        .ref('dct', 'accrualPeriodicity', FREQUENCY[k.frequency])
        .text('dct', 'source', k.source)
        .ref('prov', 'wasAttributedTo', k.owner ? uris.thing('actor', k.owner) : null)
        .typed('ext', 'baselineValue', decimal(k.baseline_value), 'decimal')
        .date('ext', 'baselineDate', day(k.baseline_date))
        .typed('ext', 'isDemo', String(k.is_demo), 'boolean');
      bilingual(s, 'dct', 'title', k.name_nl, k.name_en);
      bilingual(s, 'dct', 'description', k.definition_nl, k.definition_en);
      describeStructure(g, uri);
      for (const t of targets.filter((t) => t.kpi_id === k.id)) {
        const target = `${uri}#target-${t.year}`;
        s.ref('ext', 'target', target);
        g.subject(target).type('ext', 'Target').typed('ext', 'year', t.year, 'gYear').typed('ext', 'targetValue', decimal(t.value), 'decimal');
      }
      for (const l of lines.filter((l) => l.kpi_id === k.id)) s.ref('ext', 'actionLine', uris.thing('action-line', l.code));
      for (const i of instruments.filter((i) => i.kpi_id === k.id)) s.ref('ext', 'instrument', uris.thing('instrument', i.code));
    }
    return g.quads;
  },
};

export const measurementType: PublicEntityType = {
  type: 'measurement',
  dataset: 'kpis',
  page: () => null,
  async ids(db, after, limit) {
    let q = activeKpis(db).innerJoin('measurements as m', 'm.kpi_id', 'kpis.id').select('m.id').orderBy('m.id').limit(limit);
    if (after !== null) q = q.where('m.id', '>', Number(after) || 0);
    return (await q.execute()).map((r) => String(r.id));
  },
  async describe(db, ids, uris) {
    const numbers = intIds(ids);
    if (!numbers.length) return [];
    const rows = await activeKpis(db).innerJoin('measurements as m', 'm.kpi_id', 'kpis.id')
      .select(['m.id', 'kpis.code', 'm.period', 'm.value', 'm.unit', 'm.subsector', 'm.province', 'm.source', 'm.confidence', 'm.note'])
      .where('m.id', 'in', numbers).execute();
    return describeObservations(rows, uris);
  },
};

type ObservationRow = { id: number; code: string; period: string; value: number | string; unit: string; subsector: string; province: string; source: string; confidence: string; note: string };

export function describeObservations(rows: readonly ObservationRow[], uris: Uris) {
  const g = new Graph();
  for (const m of rows) {
    g.subject(uris.thing('measurement', m.id)).type('qb', 'Observation')
      .ref('qb', 'dataSet', uris.thing('kpi', m.code))
      .text('rdfs', 'label', [m.code, m.period, m.subsector, m.province].filter(Boolean).join(' · '))
      .ref('sdmxDimension', 'refPeriod', periodUri(m.period))
      .text('ext', 'period', m.period)
      .text('ext', 'subsector', breakdown(m.subsector))
      .text('ext', 'province', breakdown(m.province))
      .typed('sdmxMeasure', 'obsValue', decimal(m.value), 'decimal')
      .text('sdmxAttribute', 'unitMeasure', m.unit)
      .text('ext', 'confidence', m.confidence)
      .text('dct', 'source', m.source)
      .text('rdfs', 'comment', m.note);
  }
  return g.quads;
}
