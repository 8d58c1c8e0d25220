-- Calls for experiments (R3, R2.2): a call belongs to an instrument. Its application form, the
-- conformity annex and its workflow are data, versioned, configured by the transition team; every
-- application records the form versions it used. Review with declared conflicts of interest,
-- weighted ranking, a decision with a letter; a granted application becomes a project that can only
-- close with a lesson (R4.2).

-- A form is a versioned list of fields (jsonb, see src/modules/calls/forms.ts for the field shape).
-- A published version never changes; a new version is a new row.
create table form_definitions (
  id serial primary key,
  code text not null check (code ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
  kind text not null check (kind in ('application', 'conformity_annex')),
  version integer not null check (version >= 1),
  title_nl text not null,
  title_en text not null,
  fields jsonb not null,
  published_at timestamptz,
  created_by integer references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  is_demo boolean not null default false,
  unique (code, version)
);

create table calls (
  id serial primary key,
  code text not null unique check (code ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
  instrument_id integer not null references instruments (id),
  title_nl text not null,
  title_en text not null,
  summary_nl text not null default '',
  summary_en text not null default '',
  eligibility_nl text not null default '',
  eligibility_en text not null default '',
  budget_eur numeric(14, 2) not null check (budget_eur >= 0),
  max_grant_eur numeric(14, 2) check (max_grant_eur is null or max_grant_eur >= 0),
  -- Instants; shown and entered in Europe/Brussels.
  opens_at timestamptz not null,
  closes_at timestamptz not null,
  application_form_id integer not null references form_definitions (id),
  annex_form_id integer not null references form_definitions (id),
  -- Consortium size including the lead, and whether partners must come from more than one subsector.
  min_partners integer not null default 1 check (min_partners between 1 and 50),
  requires_cross_sector boolean not null default false,
  status text not null default 'draft' check (status in ('draft', 'published', 'cancelled')),
  created_by integer references users (id),
  is_demo boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  check (closes_at > opens_at)
);
create index calls_instrument_idx on calls (instrument_id);
create index calls_dates_idx on calls (status, closes_at, opens_at);

-- Award criteria with weights; the ranking is the weighted mean of reviewers' scores.
create table call_criteria (
  call_id integer not null references calls (id),
  code text not null check (code ~ '^[a-z0-9][a-z0-9_-]{0,40}$'),
  position smallint not null,
  weight numeric(6, 2) not null check (weight > 0),
  label_nl text not null,
  label_en text not null,
  description_nl text not null default '',
  description_en text not null default '',
  primary key (call_id, code)
);

-- Annexes an application must carry besides the conformity annex (budget table, letters, ...).
create table call_annexes (
  call_id integer not null references calls (id),
  code text not null check (code ~ '^[a-z0-9][a-z0-9_-]{0,40}$'),
  position smallint not null,
  label_nl text not null,
  label_en text not null,
  required boolean not null default true,
  primary key (call_id, code)
);

-- The steps an application goes through and who acts in each, as data.
create table call_workflow_steps (
  call_id integer not null references calls (id),
  position smallint not null,
  code text not null check (code ~ '^[a-z0-9][a-z0-9_-]{0,40}$'),
  kind text not null check (kind in ('eligibility', 'review', 'panel', 'decision', 'other')),
  actor_role text not null check (actor_role in ('transition_team', 'reviewer', 'panel', 'steering_committee')),
  label_nl text not null,
  label_en text not null,
  primary key (call_id, position),
  unique (call_id, code)
);

create table applications (
  id serial primary key,
  call_id integer not null references calls (id),
  lead_organisation_id integer not null references organisations (id),
  title text not null,
  summary text not null default '',
  -- The exact form versions this application was written against.
  form_id integer not null references form_definitions (id),
  annex_form_id integer not null references form_definitions (id),
  answers jsonb not null default '{}',
  annex_answers jsonb not null default '{}',
  requested_eur numeric(14, 2) check (requested_eur is null or requested_eur >= 0),
  status text not null default 'draft' check (status in ('draft', 'submitted', 'withdrawn', 'ineligible', 'in_review', 'granted', 'refused')),
  current_step text,
  submitted_at timestamptz,
  submitted_by integer references users (id),
  created_by integer not null references users (id),
  is_demo boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1
);
create index applications_call_status_idx on applications (call_id, status);
create index applications_lead_idx on applications (lead_organisation_id);

-- The consortium: the lead and its partners, each with its own role; the sector comes from the
-- organisation's profile, so a cross-sector consortium is visible without asking.
create table application_partners (
  application_id integer not null references applications (id),
  organisation_id integer not null references organisations (id),
  role text not null check (role in ('lead', 'partner')),
  contribution text not null default '',
  confirmed_at timestamptz,
  confirmed_by integer references users (id),
  primary key (application_id, organisation_id)
);
create index application_partners_organisation_idx on application_partners (organisation_id);

-- Impact pathway in the manner of Europeana's Change Pathway: one row per stage, with indicators
-- ([{ "name": text, "target": text }]).
create table application_pathway (
  application_id integer not null references applications (id),
  stage text not null check (stage in ('inputs', 'activities', 'outputs', 'outcomes', 'impact')),
  description text not null default '',
  indicators jsonb not null default '[]',
  primary key (application_id, stage)
);

create table application_documents (
  application_id integer not null references applications (id),
  annex_code text not null,
  title text not null,
  url text not null,
  added_by integer not null references users (id),
  added_at timestamptz not null default now(),
  primary key (application_id, annex_code)
);

-- The conformity annex flattened at submission, one row per chosen value, so conformity can be
-- reported across every project and instrument with plain SQL.
create table conformity_answers (
  application_id integer not null references applications (id),
  field_key text not null,
  value text not null,
  primary key (application_id, field_key, value)
);
create index conformity_answers_field_idx on conformity_answers (field_key, value);

-- Workflow history: each step's outcome with who acted.
create table application_steps (
  id serial primary key,
  application_id integer not null references applications (id),
  step_code text not null,
  outcome text not null check (outcome in ('passed', 'failed', 'noted')),
  note text not null default '',
  acted_by integer not null references users (id),
  acted_at timestamptz not null default now()
);
create index application_steps_application_idx on application_steps (application_id, acted_at);

create table call_reviewers (
  call_id integer not null references calls (id),
  user_id integer not null references users (id),
  assigned_by integer not null references users (id),
  assigned_at timestamptz not null default now(),
  primary key (call_id, user_id)
);
create index call_reviewers_user_idx on call_reviewers (user_id);

-- A reviewer declares first, per application, whether a conflict of interest exists; a conflicted
-- reviewer can neither see nor score that application.
create table reviews (
  application_id integer not null references applications (id),
  reviewer_id integer not null references users (id),
  conflicted boolean not null,
  conflict_note text not null default '',
  declared_at timestamptz not null default now(),
  submitted_at timestamptz,
  primary key (application_id, reviewer_id)
);
create index reviews_reviewer_idx on reviews (reviewer_id);

create table review_scores (
  application_id integer not null references applications (id),
  reviewer_id integer not null references users (id),
  criterion_code text not null,
  score smallint not null check (score between 0 and 10),
  motivation text not null check (length(motivation) >= 1),
  scored_at timestamptz not null default now(),
  primary key (application_id, reviewer_id, criterion_code)
);

create table grant_decisions (
  application_id integer primary key references applications (id),
  outcome text not null check (outcome in ('granted', 'refused')),
  amount_eur numeric(14, 2) check (amount_eur is null or amount_eur >= 0),
  letter_nl text not null,
  letter_en text not null default '',
  decided_by integer not null references users (id),
  decided_at timestamptz not null default now(),
  check ((outcome = 'granted') = (amount_eur is not null))
);

create table projects (
  id serial primary key,
  code text not null unique,
  application_id integer not null unique references applications (id),
  call_id integer not null references calls (id),
  lead_organisation_id integer not null references organisations (id),
  title text not null,
  granted_eur numeric(14, 2) not null check (granted_eur >= 0),
  starts_on date not null,
  ends_on date not null,
  status text not null default 'active' check (status in ('active', 'closed')),
  closed_at timestamptz,
  closed_by integer references users (id),
  is_demo boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  check (ends_on >= starts_on),
  check ((status = 'closed') = (closed_at is not null))
);
create index projects_lead_idx on projects (lead_organisation_id);
create index projects_call_idx on projects (call_id);

create table project_milestones (
  id serial primary key,
  project_id integer not null references projects (id),
  position smallint not null,
  title text not null,
  due_on date not null,
  done_on date,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1
);
create index project_milestones_project_idx on project_milestones (project_id, position);

create table project_reports (
  id serial primary key,
  project_id integer not null references projects (id),
  kind text not null check (kind in ('progress', 'final')),
  period_label text not null default '',
  body text not null,
  submitted_by integer not null references users (id),
  submitted_at timestamptz not null default now()
);
create index project_reports_project_idx on project_reports (project_id, submitted_at);
create unique index project_reports_one_final on project_reports (project_id) where kind = 'final';

-- Lessons learned (R4.2): what worked and what failed, from a project or a residency. The summary
-- is always public once published; the details only with the organisation's consent.
create table lessons (
  id serial primary key,
  code text not null unique,
  project_id integer references projects (id),
  organisation_id integer references organisations (id),
  title text not null,
  summary text not null,
  what_worked text not null check (length(what_worked) >= 1),
  what_failed text not null check (length(what_failed) >= 1),
  details text not null default '',
  publish_details boolean not null default false,
  language text not null default 'nl' check (language in ('nl', 'en')),
  pillars integer[] not null default '{}',
  challenges integer[] not null default '{}',
  dimension_codes text[] not null default '{}',
  subsectors text[] not null default '{}',
  technologies text[] not null default '{}',
  published_at timestamptz,
  created_by integer references users (id),
  is_demo boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  retired_at timestamptz,
  version integer not null default 1
);
create index lessons_project_idx on lessons (project_id);
create index lessons_dimensions_idx on lessons using gin (dimension_codes);
