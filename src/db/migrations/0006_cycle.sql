-- The follow-up cycle (R2): action lines, multi-year and annual plans, actions with milestones,
-- frozen plan baselines, and conformity clauses per actor (R2.1). Progress is never stored:
-- it is derived from milestones.

create table action_lines (
  id serial primary key,
  code text not null unique,
  title_nl text not null,
  title_en text not null,
  description_nl text not null default '',
  description_en text not null default '',
  owner_actor_id integer references actors (id),
  is_demo boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  retired_at timestamptz,
  version integer not null default 1
);

create table action_line_recommendations (
  action_line_id integer not null references action_lines (id),
  recommendation_code text not null references recommendations (code),
  primary key (action_line_id, recommendation_code)
);

create table action_line_challenges (
  action_line_id integer not null references action_lines (id),
  challenge integer not null references challenges (number),
  primary key (action_line_id, challenge)
);

create table plans (
  id serial primary key,
  action_line_id integer not null references action_lines (id),
  kind text not null check (kind in ('multi_year', 'annual')),
  year_from integer not null check (year_from between 2000 and 2100),
  year_to integer not null check (year_to between 2000 and 2100),
  status text not null default 'draft' check (status in ('draft', 'adopted')),
  adopted_at timestamptz,
  adopted_by_decision_id integer references decisions (id),
  -- An annual plan made from the open actions of the year before.
  rolled_from_plan_id integer references plans (id),
  is_demo boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  check (year_to >= year_from),
  check (kind <> 'annual' or year_to = year_from),
  unique (action_line_id, kind, year_from)
);

-- The content of a plan frozen at adoption; a re-baselining adds a version under a decision.
create table plan_baselines (
  id serial primary key,
  plan_id integer not null references plans (id),
  version integer not null,
  content jsonb not null,
  decision_id integer references decisions (id),
  reason text not null default '',
  frozen_at timestamptz not null default now(),
  frozen_by integer references users (id),
  unique (plan_id, version)
);

create table actions (
  id serial primary key,
  plan_id integer not null references plans (id),
  code text not null,
  title_nl text not null,
  title_en text not null,
  description_nl text not null default '',
  description_en text not null default '',
  responsible_actor_id integer references actors (id),
  status text not null default 'planned' check (status in ('planned', 'running', 'done', 'stopped')),
  starts_on date,
  ends_on date,
  budget_planned numeric(14, 2) check (budget_planned >= 0),
  budget_committed numeric(14, 2) check (budget_committed >= 0),
  budget_spent numeric(14, 2) check (budget_spent >= 0),
  -- The id of this action in a partner's own system.
  external_id text,
  carried_from_action_id integer references actions (id),
  is_demo boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  check (ends_on is null or starts_on is null or ends_on >= starts_on),
  unique (plan_id, code)
);
create index actions_plan_idx on actions (plan_id);
create unique index actions_external_id_key on actions (external_id) where external_id is not null;

create table action_contributors (
  action_id integer not null references actions (id),
  actor_id integer not null references actors (id),
  primary key (action_id, actor_id)
);

create table action_decisions (
  action_id integer not null references actions (id),
  decision_id integer not null references decisions (id),
  primary key (action_id, decision_id)
);

create table milestones (
  id serial primary key,
  action_id integer not null references actions (id),
  title_nl text not null,
  title_en text not null,
  due_on date not null,
  done_on date,
  -- Relative weight in the action's progress; when missing, every milestone weighs the same.
  weight numeric(8, 2) check (weight > 0),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1
);
create index milestones_action_idx on milestones (action_id, due_on);

create table conformity_clauses (
  id serial primary key,
  actor_id integer not null references actors (id),
  agreement_nl text not null,
  agreement_en text not null,
  status text not null check (status in ('absent', 'planned', 'included')),
  since date,
  note_nl text not null default '',
  note_en text not null default '',
  source text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1
);
create index conformity_clauses_actor_idx on conformity_clauses (actor_id);
