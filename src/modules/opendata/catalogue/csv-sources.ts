import type { TypeSource } from './csv-source.js';

/** The newest published maturity model: the one whose dimensions are public. */
const PUBLISHED_MODEL = `model_id = (select id from maturity_models where status = 'published' order by version desc limit 1)`;
/** A link to an actor is published only while the actor is (a retired actor is not public). */
const publicActor = (column: string) => `${column} in (select id from actors where retired_at is null)`;

/**
 * Rows a load makes for required links that are not public: one disabled account that owns what
 * the dumps do not say who made, and one empty form behind the calls.
 */
const PLACEHOLDERS = {
  users: { email: 'open-data-load@invalid', display_name: 'Open data', role: 'org_member', disabled_at: '1970-01-01T00:00:00Z' },
  form_definitions: { code: 'open-data-load', kind: 'application', version: 1, title_nl: '', title_en: '', fields: [] },
} as const;

const fixed = { fixed: true } as const;
const publishedDecision = (column: string) => `${column} in (select id from decisions where status = 'published')`;
const activeBody = (column: string) => `${column} in (select id from bodies where retired_at is null)`;

/**
 * Where the CSV of each public entity type comes from, by the type's URI segment. A type that is
 * registered without a source here has no CSV, and the round-trip test fails until it gets one.
 */
export const csvSources: Readonly<Record<string, TypeSource>> = {
  // The study's frame.
  pillar: { table: 'pillars', idColumn: 'number' },
  challenge: { table: 'challenges', idColumn: 'number' },
  recommendation: {
    table: 'recommendations', idColumn: 'code',
    parts: [
      { table: 'recommendation_challenges', column: 'recommendation_code', refers: 'code' },
      { table: 'recommendation_pillars', column: 'recommendation_code', refers: 'code' },
    ],
  },
  'maturity-dimension': {
    table: 'maturity_dimensions', idColumn: 'code', where: PUBLISHED_MODEL,
    context: [{ table: 'maturity_models', key: 'id', from: 'model_id', columns: ['version', 'status', 'published_at'] }],
  },
  subsector: { table: 'subsectors', idColumn: 'code' },
  // Code lists the platform defines in its code.
  'body-kind': fixed, 'mandate-role': fixed, 'decision-type': fixed, 'agenda-item-type': fixed, 'legal-form': fixed, 'actor-kind': fixed, 'instrument-type': fixed,
  'learning-kind': fixed, outcome: fixed, 'transition-role': fixed, 'consortium-role': fixed, 'call-status': fixed,

  // The sector.
  instrument: {
    table: 'instruments', idColumn: 'code', onlyWhere: { responsible_actor_id: publicActor('responsible_actor_id') },
    parts: [
      { table: 'instrument_challenges', column: 'instrument_id', refers: 'id' },
      { table: 'instrument_recommendations', column: 'instrument_id', refers: 'id' },
    ],
  },
  actor: { table: 'actors', idColumn: 'code', parts: [{ table: 'actor_roles', column: 'actor_id', refers: 'id' }] },
  organisation: {
    // Only the public profile; the rest of an organisation's record stays home.
    table: 'organisations', idColumn: 'id', columns: ['id', 'name', 'subsector', 'province', 'municipality', 'legal_form', 'is_demo'],
    neutral: { organisations: { staff_class: '0-4', budget_class: 'lt-250k', funding_framework: 'none' } },
  },
  case: {
    table: 'cases', idColumn: 'code', omit: ['created_by'], onlyWhere: { maintained_by_actor_id: publicActor('maintained_by_actor_id') },
    parts: [
      { table: 'case_challenges', column: 'case_id', refers: 'id' },
      { table: 'case_dimensions', column: 'case_id', refers: 'id' },
    ],
  },
  'learning-opportunity': {
    table: 'learning_opportunities', idColumn: 'id', omit: ['created_by'], onlyWhere: { provider_actor_id: publicActor('provider_actor_id') },
  },
  call: {
    table: 'calls', idColumn: 'code', omit: ['created_by', 'application_form_id', 'annex_form_id'],
    parts: [{ table: 'call_criteria', column: 'call_id', refers: 'id' }],
    context: [{ table: 'instruments', key: 'id', from: 'instrument_id', columns: ['code', 'retired_at'] }],
    neutral: PLACEHOLDERS,
  },
  project: {
    table: 'projects', idColumn: 'code', omit: ['closed_by'],
    parts: [{ table: 'application_partners', column: 'application_id', refers: 'application_id', omit: ['confirmed_at', 'confirmed_by'] }],
    context: [
      { table: 'calls', key: 'id', from: 'call_id', columns: ['code', 'status'] },
      { table: 'applications', key: 'id', from: 'application_id', columns: ['call_id', 'lead_organisation_id'] },
      { table: 'grant_decisions', key: 'application_id', from: 'application_id', columns: ['outcome', 'amount_eur', 'decided_at'] },
    ],
    neutral: { ...PLACEHOLDERS, applications: { title: '' } },
  },
  lesson: { table: 'lessons', idColumn: 'code', omit: ['created_by'], onlyWhere: { details: 'publish_details' } },

  // Governance: bodies, their members, meetings as their published documents show them, decisions.
  body: {
    table: 'bodies', idColumn: 'code',
    onlyWhere: { established_by_decision_id: publishedDecision('established_by_decision_id'), parent_body_id: activeBody('parent_body_id') },
  },
  // A link to the decision that appointed a member is public once that decision is.
  mandatary: { table: 'body_members', idColumn: 'id', onlyWhere: { appointed_by_decision_id: publishedDecision('appointed_by_decision_id') } },
  // A seat is a body and a role that members hold: it comes back with the bodies and members.
  mandate: { derivedFrom: ['body', 'mandatary'] },
  meeting: {
    // When it really started and ended and who kept the minutes are public through the published minutes only.
    table: 'meetings', idColumn: 'id', omit: ['started_at', 'ended_at', 'secretary_member_id'],
    // The frozen, published versions are what the public sees of a meeting; drafts stay home.
    parts: [{ table: 'publications', column: 'meeting_id', refers: 'id', where: `status = 'published'`, omit: ['created_by', 'correction_of'] }],
  },
  decision: {
    table: 'decisions', idColumn: 'code',
    parts: [{ table: 'decision_subjects', column: 'decision_id', refers: 'id' }],
    context: [
      {
        table: 'treatments', key: 'id', from: 'treatment_id',
        columns: ['agenda_item_id', 'is_public', 'outcome', 'votes_for', 'votes_against', 'abstentions', 'notes_nl', 'notes_en'],
        onlyWhere: { votes_for: 'is_public', votes_against: 'is_public', abstentions: 'is_public', notes_nl: 'is_public', notes_en: 'is_public' },
      },
      {
        table: 'agenda_items', key: 'id', from: 'treatments.agenda_item_id',
        columns: ['meeting_id', 'position', 'title_nl', 'title_en', 'description_nl', 'description_en', 'is_public'],
        onlyWhere: { description_nl: 'is_public', description_en: 'is_public' },
      },
      { table: 'meetings', key: 'id', from: 'agenda_items.meeting_id', columns: ['body_id'] },
    ],
  },
  // Agenda items and treatments are read from the published documents and decisions above.
  'agenda-item': { derivedFrom: ['meeting', 'decision'] },
  treatment: { derivedFrom: ['meeting', 'decision'] },

  // The follow-up cycle.
  'action-line': {
    table: 'action_lines', idColumn: 'code', onlyWhere: { owner_actor_id: publicActor('owner_actor_id') },
    parts: [
      { table: 'action_line_recommendations', column: 'action_line_id', refers: 'id' },
      { table: 'action_line_challenges', column: 'action_line_id', refers: 'id' },
    ],
  },
  action: {
    table: 'actions', idColumn: 'id', omit: ['carried_from_action_id'], onlyWhere: { responsible_actor_id: publicActor('responsible_actor_id') },
    parts: [
      { table: 'action_contributors', column: 'action_id', refers: 'id' },
      { table: 'action_decisions', column: 'action_id', refers: 'id', where: publishedDecision('decision_id') },
    ],
    context: [{ table: 'plans', key: 'id', from: 'plan_id', columns: ['action_line_id', 'kind', 'year_from', 'year_to', 'status'] }],
  },

  // Indicators and the annual report.
  kpi: {
    table: 'kpis', idColumn: 'code', onlyWhere: { owner_actor_id: publicActor('owner_actor_id') },
    parts: [
      { table: 'kpi_targets', column: 'kpi_id', refers: 'id' },
      { table: 'kpi_action_lines', column: 'kpi_id', refers: 'id', where: 'action_line_id in (select id from action_lines where retired_at is null)' },
      { table: 'kpi_instruments', column: 'kpi_id', refers: 'id' },
    ],
  },
  measurement: { table: 'measurements', idColumn: 'id', omit: ['import_id'] },
  report: { table: 'published_reports', idColumn: 'year', idSql: `year || '-v' || version`, omit: ['published_by'] },
};
