-- Direction and commitment (issue 7; study Part 2 1.2 and 5.2, principle "from long term to short
-- term"): a vision drawn up with the sector in consultation rounds, transition paths toward the
-- desired state of 2050 with the follow-up cycle's action lines tied to them, and foresight
-- scenarios (DEN method: two axes of uncertainty, four quadrants) with signals logged over time.

-- The vision in consultation -------------------------------------------------------------------

create table visions (
  id serial primary key,
  -- Stable address: /vision/<code>. 'why', 'embed', 'new' and 'kpi-measurements' are pages.
  code text not null unique,
  title_nl text not null,
  title_en text not null,
  is_demo boolean not null default false,
  created_by integer references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1
);

-- One version of the text per round. A round is written as a draft (only the transition team
-- sees it), opened (anyone with an account comments; organisation owners endorse), then closed.
-- A closed round and its comments never change again, so earlier versions stay readable as they
-- were. The next round can only be opened when every comment of the earlier ones is answered.
create table vision_rounds (
  id serial primary key,
  vision_id integer not null references visions (id),
  number integer not null check (number >= 1),
  status text not null check (status in ('draft', 'open', 'closed')),
  -- What the team asks of the sector in this round.
  intro_nl text not null default '',
  intro_en text not null default '',
  opened_at timestamptz,
  opened_by integer references users (id),
  closed_at timestamptz,
  closed_by integer references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  unique (vision_id, number),
  check ((status = 'draft') = (opened_at is null)),
  check ((status = 'closed') = (closed_at is not null))
);
-- At most one round per vision that is not closed: a draft or the open round.
create unique index vision_rounds_one_active on vision_rounds (vision_id) where status <> 'closed';
create index vision_rounds_opened_idx on vision_rounds (opened_at desc) where status <> 'draft';

-- The structured text: the "why" of digital transformation for the cultural sector, the desired
-- state (2050) and the principles. The section code is the same in every round, so comments on
-- one section can be followed from version to version.
create table vision_sections (
  round_id integer not null references vision_rounds (id),
  section text not null check (section in ('why', 'desired_state', 'principles')),
  body_nl text not null,
  body_en text not null,
  primary key (round_id, section)
);

-- A comment on one section, by a person, optionally on behalf of an organisation they belong to,
-- with an optional proposed text. The team's answer (adopted, adapted, not adopted, with a
-- reason) is kept on the comment; `version` guards two team members answering at once.
create table vision_comments (
  id serial primary key,
  round_id integer not null references vision_rounds (id),
  section text not null check (section in ('why', 'desired_state', 'principles')),
  user_id integer not null references users (id),
  organisation_id integer references organisations (id),
  body text not null,
  proposed_text text not null default '',
  answer text check (answer in ('adopted', 'adapted', 'not_adopted')),
  answer_reason text not null default '',
  answered_by integer references users (id),
  answered_at timestamptz,
  is_demo boolean not null default false,
  created_at timestamptz not null default now(),
  version integer not null default 1,
  check ((answer is null) = (answered_at is null))
);
create index vision_comments_round_idx on vision_comments (round_id, section, id);
create index vision_comments_unanswered_idx on vision_comments (round_id) where answer is null;
create index vision_comments_org_idx on vision_comments (round_id, organisation_id);

-- An organisation owner endorses the version their organisation supports: at most one active
-- endorsement per organisation and round. Withdrawing keeps the row (withdrawn_at), so the
-- history of commitment stays visible and the KPI can be counted for any date.
create table vision_endorsements (
  id serial primary key,
  round_id integer not null references vision_rounds (id),
  organisation_id integer not null references organisations (id),
  user_id integer not null references users (id),
  endorsed_at timestamptz not null default now(),
  withdrawn_at timestamptz,
  withdrawn_by integer references users (id),
  is_demo boolean not null default false
);
create unique index vision_endorsements_active on vision_endorsements (round_id, organisation_id) where withdrawn_at is null;
create index vision_endorsements_org_idx on vision_endorsements (organisation_id, endorsed_at);

-- Transition paths toward the desired state ------------------------------------------------------

create table transition_paths (
  id serial primary key,
  -- Stable address: /paths/<code>.
  code text not null unique,
  title_nl text not null,
  title_en text not null,
  summary_nl text not null default '',
  summary_en text not null default '',
  position integer not null default 0,
  is_demo boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1
);

-- Intermediate goals at the three horizons of the path.
create table path_horizons (
  path_id integer not null references transition_paths (id),
  year smallint not null check (year in (2025, 2035, 2050)),
  goal_nl text not null,
  goal_en text not null,
  primary key (path_id, year)
);

create table path_pillars (
  path_id integer not null references transition_paths (id),
  pillar integer not null references pillars (number),
  primary key (path_id, pillar)
);

create table path_challenges (
  path_id integer not null references transition_paths (id),
  challenge integer not null references challenges (number),
  primary key (path_id, challenge)
);

-- Which short-term action lines of the follow-up cycle move a path forward, and toward which of
-- its horizons. A path without any row here is flagged: a long-term goal nobody works on yet.
create table path_action_lines (
  path_id integer not null references transition_paths (id),
  action_line_id integer not null references action_lines (id),
  horizon smallint not null check (horizon in (2025, 2035, 2050)),
  linked_at timestamptz not null default now(),
  primary key (path_id, action_line_id)
);
create index path_action_lines_line_idx on path_action_lines (action_line_id);

-- Foresight scenarios (DEN method) ---------------------------------------------------------------

-- Two axes of uncertainty, each with two poles ('low' and 'high' are positions, the names say
-- what they mean), span four quadrant scenarios.
create table scenario_sets (
  id serial primary key,
  code text not null unique,
  title_nl text not null,
  title_en text not null,
  question_nl text not null default '',
  question_en text not null default '',
  horizon_year smallint not null check (horizon_year between 2025 and 2100),
  axis1_nl text not null, axis1_en text not null,
  axis1_low_nl text not null, axis1_low_en text not null,
  axis1_high_nl text not null, axis1_high_en text not null,
  axis2_nl text not null, axis2_en text not null,
  axis2_low_nl text not null, axis2_low_en text not null,
  axis2_high_nl text not null, axis2_high_en text not null,
  is_demo boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1
);

-- Stable address: /scenarios/<code>, so improvement plans can refer to a scenario.
create table scenarios (
  id serial primary key,
  set_id integer not null references scenario_sets (id),
  code text not null unique,
  pole1 text not null check (pole1 in ('low', 'high')),
  pole2 text not null check (pole2 in ('low', 'high')),
  title_nl text not null,
  title_en text not null,
  narrative_nl text not null default '',
  narrative_en text not null default '',
  -- What to watch for: the early signs that the world is moving into this quadrant.
  watch_nl text not null default '',
  watch_en text not null default '',
  implications_nl text not null default '',
  implications_en text not null default '',
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  unique (set_id, pole1, pole2)
);

-- A signal observed in the world that points to one scenario, logged by the transition team or
-- the advisory board; counted per quarter to see which way the world drifts.
create table scenario_signals (
  id serial primary key,
  scenario_id integer not null references scenarios (id),
  observed_on date not null,
  source text not null,
  description text not null,
  logged_by integer references users (id),
  is_demo boolean not null default false,
  created_at timestamptz not null default now()
);
create index scenario_signals_idx on scenario_signals (scenario_id, observed_on);
