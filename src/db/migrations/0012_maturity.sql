-- Digital maturity (R4.1, R4.2): organisations and their members, a versioned maturity model kept
-- as content, assessments with several respondents, the combined result per dimension (the read
-- model benchmarks use), and the follow-up trajectory: improvement plans, coaches, matching tags.

-- Organisations ------------------------------------------------------------------------------

create table organisations (
  id serial primary key,
  name text not null,
  subsector text not null references subsectors (code),
  -- Size classes by staff (FTE) and yearly budget, so peers of a similar size can be compared.
  staff_class text not null check (staff_class in ('0-4', '5-19', '20-49', '50+')),
  budget_class text not null check (budget_class in ('lt-250k', '250k-1m', '1m-5m', 'gt-5m')),
  province text not null check (province in ('antwerpen', 'limburg', 'oost-vlaanderen', 'vlaams-brabant', 'west-vlaanderen', 'brussel')),
  municipality text not null,
  legal_form text not null check (legal_form in ('vzw', 'public', 'autonomous_municipal', 'foundation', 'company', 'association', 'other')),
  funding_framework text not null check (funding_framework in ('kunstendecreet', 'erfgoeddecreet', 'sociaal_cultureel_volwassenenwerk', 'circusdecreet', 'literatuur', 'vaf', 'amateurkunsten', 'lokaal_cultuurbeleid', 'bovenlokaal_cultuurbeleid', 'none', 'other')),
  website text,
  mission text not null default '',
  -- Consent (issue text 7): may the transition team see this organisation's identified result?
  share_with_team boolean not null default false,
  -- May peers who score lower ask this organisation for advice (improvement plan, "peers")?
  contactable boolean not null default false,
  is_demo boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  retired_at timestamptz,
  version integer not null default 1
);
create unique index organisations_name_key on organisations (lower(name)) where retired_at is null;
create index organisations_peer_idx on organisations (subsector, staff_class, province);

create table organisation_members (
  organisation_id integer not null references organisations (id),
  user_id integer not null references users (id),
  role text not null check (role in ('owner', 'member', 'respondent')),
  -- What this person does in the organisation (director, staff, ...), shown beside their answers.
  position text not null default '',
  added_at timestamptz not null default now(),
  primary key (organisation_id, user_id)
);
create index organisation_members_user_idx on organisation_members (user_id);

-- An owner invites someone by e-mail; the token (stored hashed) lets them create their account.
create table organisation_invitations (
  id serial primary key,
  organisation_id integer not null references organisations (id),
  email text not null,
  role text not null check (role in ('owner', 'member', 'respondent')),
  position text not null default '',
  token_hash text not null unique,
  invited_by integer not null references users (id),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  accepted_at timestamptz,
  withdrawn_at timestamptz
);
create index organisation_invitations_org_idx on organisation_invitations (organisation_id);

-- The maturity model: content, versioned -------------------------------------------------------

create table maturity_models (
  id serial primary key,
  version integer not null unique,
  status text not null check (status in ('draft', 'published', 'retired')),
  note_nl text not null default '',
  note_en text not null default '',
  based_on integer references maturity_models (id),
  created_at timestamptz not null default now(),
  published_at timestamptz,
  updated_at timestamptz not null default now(),
  row_version integer not null default 1
);
-- At most one draft at a time; a published version is never edited in place.
create unique index maturity_models_one_draft on maturity_models (status) where status = 'draft';

-- Level names and descriptions: the same cumulative scale for every dimension (0 = not yet).
create table maturity_levels (
  model_id integer not null references maturity_models (id),
  level smallint not null check (level between 0 and 5),
  name_nl text not null, name_en text not null,
  description_nl text not null, description_en text not null,
  primary key (model_id, level)
);

create table maturity_dimensions (
  model_id integer not null references maturity_models (id),
  code text not null,
  position smallint not null,
  name_nl text not null, name_en text not null,
  description_nl text not null, description_en text not null,
  primary key (model_id, code)
);

-- What a level means in one dimension, and the improvement text toward it.
create table maturity_dimension_levels (
  model_id integer not null,
  dimension_code text not null,
  level smallint not null check (level between 1 and 5),
  meaning_nl text not null, meaning_en text not null,
  primary key (model_id, dimension_code, level),
  foreign key (model_id, dimension_code) references maturity_dimensions (model_id, code)
);

-- Concrete steps toward a level in a dimension: the raw material of an improvement plan.
create table maturity_steps (
  id serial primary key,
  model_id integer not null,
  dimension_code text not null,
  level smallint not null check (level between 1 and 5),
  position smallint not null,
  text_nl text not null, text_en text not null,
  foreign key (model_id, dimension_code) references maturity_dimensions (model_id, code)
);
create index maturity_steps_idx on maturity_steps (model_id, dimension_code, level);

create table maturity_questions (
  id serial primary key,
  model_id integer not null,
  dimension_code text not null,
  code text not null,
  position smallint not null,
  text_nl text not null, text_en text not null,
  help_nl text not null default '', help_en text not null default '',
  in_quick_scan boolean not null default false,
  -- A critical item (backups, GDPR, rights): the dimension cannot reach this level or higher
  -- while this item's current level is below it. Null: not critical.
  critical_from smallint check (critical_from between 1 and 5),
  allows_not_applicable boolean not null default true,
  unique (model_id, code),
  foreign key (model_id, dimension_code) references maturity_dimensions (model_id, code)
);
create index maturity_questions_model_idx on maturity_questions (model_id, dimension_code, position);

-- How a dimension of one version corresponds to one of the next, so results stay comparable.
create table maturity_dimension_map (
  from_model_id integer not null,
  from_code text not null,
  to_model_id integer not null,
  to_code text not null,
  primary key (from_model_id, from_code, to_model_id),
  foreign key (from_model_id, from_code) references maturity_dimensions (model_id, code),
  foreign key (to_model_id, to_code) references maturity_dimensions (model_id, code)
);

-- Assessments -----------------------------------------------------------------------------

create table assessments (
  id serial primary key,
  organisation_id integer not null references organisations (id),
  model_id integer not null references maturity_models (id),
  kind text not null check (kind in ('quick', 'full')),
  status text not null check (status in ('open', 'submitted')),
  started_by integer references users (id),
  started_at timestamptz not null default now(),
  submitted_at timestamptz,
  is_demo boolean not null default false,
  version integer not null default 1
);
create index assessments_org_idx on assessments (organisation_id, started_at desc);
create index assessments_submitted_idx on assessments (submitted_at) where status = 'submitted';

-- Each respondent answers separately; their part is finished when they mark it so.
create table assessment_respondents (
  assessment_id integer not null references assessments (id),
  user_id integer not null references users (id),
  finished_at timestamptz,
  primary key (assessment_id, user_id)
);

create table assessment_answers (
  assessment_id integer not null references assessments (id),
  user_id integer not null references users (id),
  question_id integer not null references maturity_questions (id),
  -- null with not_applicable = true: the question does not apply to this organisation.
  current_level smallint check (current_level between 0 and 5),
  target_level smallint check (target_level between 0 and 5),
  not_applicable boolean not null default false,
  note text not null default '',
  evidence_url text,
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  primary key (assessment_id, user_id, question_id),
  check (not_applicable or current_level is not null)
);

-- The combined result per dimension, written once when the assessment is submitted. Benchmarks,
-- aggregates and the trajectory read only this table (and organisations), never the answers.
create table assessment_results (
  assessment_id integer not null references assessments (id),
  dimension_code text not null,
  level smallint not null check (level between 0 and 5),
  target_level smallint check (target_level between 0 and 5),
  min_level smallint not null,
  max_level smallint not null,
  respondents smallint not null,
  -- Respondents more than one level apart on this dimension.
  disagreement boolean not null default false,
  primary key (assessment_id, dimension_code)
);

-- Follow-up trajectory -------------------------------------------------------------------------

create table improvement_plans (
  id serial primary key,
  organisation_id integer not null references organisations (id),
  assessment_id integer not null references assessments (id),
  reassess_on date,
  scenario_note text not null default '',
  created_by integer references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1
);
create index improvement_plans_org_idx on improvement_plans (organisation_id, created_at desc);

create table improvement_priorities (
  plan_id integer not null references improvement_plans (id),
  dimension_code text not null,
  reason text not null default '',
  primary key (plan_id, dimension_code)
);

create table improvement_items (
  id serial primary key,
  plan_id integer not null references improvement_plans (id),
  dimension_code text not null,
  step_id integer references maturity_steps (id),
  text text not null,
  owner text not null default '',
  due_on date,
  status text not null check (status in ('todo', 'doing', 'done', 'dropped')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1
);
create index improvement_items_plan_idx on improvement_items (plan_id);

-- A coach from a support actor sees the organisation's results and comments on its plan until the
-- invitation is withdrawn.
create table coach_invitations (
  id serial primary key,
  organisation_id integer not null references organisations (id),
  coach_user_id integer not null references users (id),
  actor_id integer references actors (id),
  invited_by integer not null references users (id),
  invited_at timestamptz not null default now(),
  withdrawn_at timestamptz
);
create unique index coach_invitations_active on coach_invitations (organisation_id, coach_user_id) where withdrawn_at is null;

create table improvement_comments (
  id serial primary key,
  plan_id integer not null references improvement_plans (id),
  user_id integer not null references users (id),
  body text not null,
  created_at timestamptz not null default now()
);
create index improvement_comments_plan_idx on improvement_comments (plan_id, created_at);

-- Matching: cases and actors tagged by maturity dimension (and the level they help reach).
create table case_dimensions (
  case_id integer not null references cases (id),
  dimension_code text not null,
  primary key (case_id, dimension_code)
);
create table actor_dimensions (
  actor_id integer not null references actors (id),
  dimension_code text not null,
  primary key (actor_id, dimension_code)
);

-- Learning opportunities (R4.2): courses, workshops, peer learning, residencies, living labs.
create table learning_opportunities (
  id serial primary key,
  title_nl text not null, title_en text not null,
  summary_nl text not null default '', summary_en text not null default '',
  kind text not null check (kind in ('course', 'workshop', 'peer_learning', 'residency', 'living_lab', 'fieldlab', 'webinar', 'coaching')),
  provider_actor_id integer references actors (id),
  provider_name text not null,
  starts_on date,
  ends_on date,
  place text,
  online boolean not null default false,
  dimension_code text,
  level_from smallint check (level_from between 0 and 5),
  level_to smallint check (level_to between 1 and 5),
  url text,
  is_demo boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  retired_at timestamptz,
  version integer not null default 1
);
create index learning_opportunities_dimension_idx on learning_opportunities (dimension_code) where retired_at is null;
