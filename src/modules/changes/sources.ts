import { sql, type RawBuilder } from 'kysely';
import { parseMeasurementEntityId } from '../monitoring/commands/record-measurement.js';

/**
 * Which audited records the changes feed may speak about, and when. The feed says only that a
 * public thing changed (its type, id and stable URI), never what changed; even so, a record
 * that is not public (a draft call, an unpublished decision or lesson, an organisation that
 * is not shown anywhere) must not show up. Each source says how to tell, from the record as it
 * is now, whether it is public, or was public and has been withdrawn. The rules match those
 * of the linked-data descriptions (src/modules/opendata/entities), so every URI the feed
 * names answers.
 *
 * The SQL fragments below are constants of this file, never user input.
 *
 * The feed keeps each record's state in memory (feed-model.ts) and drops it when the audit log
 * shows a change to the record, or to one of the types in `dependsOn` that its state is read from.
 */
/** How the audit log's `entity_id` finds a record, through an index rather than a scan. */
export interface KeyMatch {
  /** The expression, over the source's tables, that equals the audit log's `entity_id`. */
  select: string;
  /** The condition that finds these entity ids; null when none of them can name a record. */
  where(ids: readonly string[]): RawBuilder<unknown> | null;
}

/** An indexed text column (or a small table's expression) compared as it is. */
export function textKey(expr: string): KeyMatch {
  return { select: expr, where: (ids) => (ids.length ? sql`${sql.raw(expr)} in (${sql.join(ids)})` : null) };
}

/** A numeric id column: the ids are compared as numbers, so the primary key's index is used. */
export function numericKey(column: string): KeyMatch {
  return {
    select: `${column}::text`,
    where(ids) {
      const numbers = ids.filter((id) => /^[1-9]\d{0,14}$/.test(id)).map(Number);
      return numbers.length ? sql`${sql.raw(column)} in (${sql.join(numbers)})` : null;
    },
  };
}

/** A measurement, named as monitoring's measurementEntityId names it, found through its unique key. */
const measurementKey: KeyMatch = {
  select: "k.code || '/' || t.period || '/' || coalesce(nullif(t.subsector, ''), 'total') || '/' || coalesce(nullif(t.province, ''), 'total')",
  where(ids) {
    const tuples = ids.flatMap((id) => {
      const m = parseMeasurementEntityId(id);
      return m ? [sql`(${m.kpi}, ${m.period}, ${m.subsector}, ${m.province})`] : [];
    });
    return tuples.length ? sql`(k.code, t.period, t.subsector, t.province) in (values ${sql.join(tuples)})` : null;
  },
};

export interface ChangeSource {
  /** `entity_type` in the audit log. */
  auditType: string;
  /** URI segment of the public entity type: /id/<uriType>/<id>. */
  uriType: string;
  /** Table (aliased t) and the expressions that can equal the audit log's `entity_id`. */
  from: string;
  keys: readonly KeyMatch[];
  /** The id in the thing's URI. */
  uriId: string;
  /** True while the record is public. */
  publicWhen: string;
  /** True when the record was public and is no longer (retired): its withdrawal is news too. */
  withdrawnWhen: string;
  /** The URI id of a deleted record, from the audit row's `before`; without it a deletion is not told. */
  deletedUriId?: (before: unknown) => string | null;
  /** Fields of the audit snapshots that are public: an update that changed none of them is private. */
  publicFields?: readonly string[];
  /** Other audited types whose changes can make this type's records public or withdraw them. */
  dependsOn?: readonly string[];
}

/** Records that are public from the moment they exist until they are retired. */
function lifecycle(auditType: string, uriType: string, table: string, key: KeyMatch = textKey('t.code')): ChangeSource {
  return {
    auditType, uriType, from: `${table} t`, keys: [key], uriId: key.select,
    publicWhen: 't.retired_at is null', withdrawnWhen: 't.retired_at is not null',
  };
}

const numericId = (before: unknown): string | null => {
  const id = (before as { id?: unknown } | null)?.id;
  return typeof id === 'number' && Number.isSafeInteger(id) ? String(id) : null;
};

export const CHANGE_SOURCES: readonly ChangeSource[] = [
  lifecycle('instrument', 'instrument', 'instruments'),
  lifecycle('case', 'case', 'cases'),
  lifecycle('learning_opportunity', 'learning-opportunity', 'learning_opportunities', numericKey('t.id')),
  lifecycle('kpi', 'kpi', 'kpis'),
  lifecycle('action_line', 'action-line', 'action_lines'),
  lifecycle('body', 'body', 'bodies'),
  {
    // A call is public once published; a draft is seen by the transition team only.
    auditType: 'call', uriType: 'call', from: 'calls t', keys: [textKey('t.code')], uriId: 't.code',
    publicWhen: "t.status <> 'draft'", withdrawnWhen: 'false',
  },
  {
    // Decisions are drafted and approved in private and become public when published.
    auditType: 'decision', uriType: 'decision', from: 'decisions t', keys: [textKey('t.code')], uriId: 't.code',
    publicWhen: "t.status = 'published'", withdrawnWhen: 'false',
  },
  {
    // A lesson is public once published and until retired; an unpublished one stays with its project.
    auditType: 'lesson', uriType: 'lesson', from: 'lessons t', keys: [textKey('t.code')], uriId: 't.code',
    publicWhen: 't.published_at is not null and t.retired_at is null',
    withdrawnWhen: 't.published_at is not null and t.retired_at is not null',
  },
  {
    // Granted projects are public; the audit log names a project by its id or by its code.
    auditType: 'project', uriType: 'project', from: 'projects t', keys: [textKey('t.code'), numericKey('t.id')], uriId: 't.code',
    publicWhen: 'true', withdrawnWhen: 'false',
  },
  {
    // Only where the platform already shows it (a granted project's consortium, a published
    // lesson), and only changes to its public profile: size, budget, funding, mission, contact
    // and consent settings are its own business.
    auditType: 'organisation', uriType: 'organisation', from: 'organisations t', keys: [numericKey('t.id')], uriId: 't.id::text',
    publicWhen: `t.retired_at is null and (
      exists (select 1 from projects p where p.lead_organisation_id = t.id)
      or exists (select 1 from projects p join application_partners ap on ap.application_id = p.application_id where ap.organisation_id = t.id)
      or exists (select 1 from lessons l where l.organisation_id = t.id and l.published_at is not null and l.retired_at is null))`,
    withdrawnWhen: 'false',
    publicFields: ['name', 'subsector', 'province', 'municipality', 'legalForm'],
    dependsOn: ['project', 'grant_decision', 'application', 'application_partner', 'lesson'],
  },
  {
    // An action is public while its plan is adopted and its action line active, as in its description.
    auditType: 'action', uriType: 'action',
    from: 'actions t join plans p on p.id = t.plan_id join action_lines l on l.id = p.action_line_id',
    keys: [numericKey('t.id')], uriId: 't.id::text',
    publicWhen: "p.status = 'adopted' and l.retired_at is null", withdrawnWhen: "p.status = 'adopted' and l.retired_at is not null",
    dependsOn: ['plan', 'action_line'],
  },
  {
    // A seat (mandataris) is public while its body is active.
    auditType: 'body_member', uriType: 'mandatary', from: 'body_members t join bodies b on b.id = t.body_id',
    keys: [numericKey('t.id')], uriId: 't.id::text',
    publicWhen: 'b.retired_at is null', withdrawnWhen: 'b.retired_at is not null',
    dependsOn: ['body'],
  },
  {
    // The public sees a meeting through its published agenda and minutes, never the live record:
    // publishing one (a first version or a correction) is what changes the meeting for them.
    auditType: 'publication', uriType: 'meeting', from: 'publications t', keys: [numericKey('t.id')], uriId: 't.meeting_id::text',
    publicWhen: "t.status = 'published'", withdrawnWhen: 'false',
  },
  {
    // A published version of the annual report never changes; the audit log names it year/version.
    auditType: 'report', uriType: 'report', from: 'published_reports t', keys: [textKey("t.year || '/' || t.version")],
    uriId: "t.year || '-v' || t.version", publicWhen: 'true', withdrawnWhen: 'false',
  },
  {
    // The audit log names a measurement by KPI, period, subsector and province (see the
    // monitoring module); its URI by its row id. Public while its KPI is.
    auditType: 'measurement', uriType: 'measurement', from: 'measurements t join kpis k on k.id = t.kpi_id',
    keys: [measurementKey],
    uriId: 't.id::text',
    publicWhen: 'k.retired_at is null', withdrawnWhen: 'false',
    deletedUriId: numericId,
    dependsOn: ['kpi'],
  },
];

export const sourceByAuditType = new Map(CHANGE_SOURCES.map((source) => [source.auditType, source]));
/** Types whose audit snapshots the feed reads (to name a deleted record or to tell a private edit). */
export const SNAPSHOT_TYPES = CHANGE_SOURCES.filter((s) => s.deletedUriId || s.publicFields).map((s) => s.auditType);
