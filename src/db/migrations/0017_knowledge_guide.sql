-- Knowledge space (Part 2 ch. 3-4, R4.2): cases (inspiring examples and failures) with richer tags,
-- learning opportunities, funding and network opportunities linked to action lines, support actors
-- who maintain their own entries; and the guide (wegwijzer) that connects a question to the actors,
-- cases, learning and peers that can help, and a provider's offer to the open questions it answers.

alter table cases
  add column outcome text not null default 'inspiring' check (outcome in ('inspiring', 'failure', 'mixed')),
  add column subsectors text[] not null default '{}',
  add column technologies text[] not null default '{}',
  add column maintained_by_actor_id integer references actors (id),
  add column created_by integer references users (id);
create index cases_maintainer_idx on cases (maintained_by_actor_id);

alter table learning_opportunities
  add column subsectors text[] not null default '{}',
  add column pillars integer[] not null default '{}',
  add column language text not null default 'nl' check (language in ('nl', 'en', 'nl-en')),
  add column created_by integer references users (id);
create index learning_opportunities_provider_idx on learning_opportunities (provider_actor_id);
create index learning_opportunities_starts_idx on learning_opportunities (starts_on) where retired_at is null;

-- Users who may publish and maintain entries on behalf of a support actor (meemoo, Cultuurconnect,
-- publiq, ...). Granted by the transition team.
create table actor_editors (
  actor_id integer not null references actors (id),
  user_id integer not null references users (id),
  granted_by integer not null references users (id),
  granted_at timestamptz not null default now(),
  primary key (actor_id, user_id)
);
create index actor_editors_user_idx on actor_editors (user_id);

create table funding_opportunities (
  id serial primary key,
  code text not null unique check (code ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
  kind text not null check (kind in ('funding', 'network')),
  programme text not null check (programme in ('creative_europe', 'europeana', 'eu_structural', 'horizon_europe', 'digital_europe', 'flemish', 'other')),
  title_nl text not null,
  title_en text not null,
  summary_nl text not null default '',
  summary_en text not null default '',
  provider_name text not null,
  provider_actor_id integer references actors (id),
  url text,
  opens_on date,
  deadline_on date,
  budget_note text not null default '',
  subsectors text[] not null default '{}',
  dimension_codes text[] not null default '{}',
  pillars integer[] not null default '{}',
  created_by integer references users (id),
  is_demo boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  retired_at timestamptz,
  version integer not null default 1
);
create table funding_opportunity_action_lines (
  funding_opportunity_id integer not null references funding_opportunities (id),
  action_line_id integer not null references action_lines (id),
  primary key (funding_opportunity_id, action_line_id)
);
create index funding_opportunity_action_lines_line_idx on funding_opportunity_action_lines (action_line_id);

-- Guide: an organisation's question. Providers see it only when the organisation allows it.
create table guide_questions (
  id serial primary key,
  organisation_id integer not null references organisations (id),
  asked_by integer not null references users (id),
  question text not null check (length(question) between 10 and 4000),
  dimension_code text,
  pillar integer references pillars (number),
  level smallint check (level between 0 and 5),
  visible_to_providers boolean not null default false,
  status text not null default 'open' check (status in ('open', 'closed')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  closed_at timestamptz,
  version integer not null default 1
);
create index guide_questions_org_idx on guide_questions (organisation_id, created_at desc);
create index guide_questions_open_idx on guide_questions (status, dimension_code) where visible_to_providers;

-- A provider's offer (support actor): what it helps with, for whom, at which level.
create table guide_offers (
  id serial primary key,
  actor_id integer not null references actors (id),
  title_nl text not null,
  title_en text not null default '',
  description_nl text not null,
  description_en text not null default '',
  dimension_codes text[] not null default '{}',
  subsectors text[] not null default '{}',
  pillars integer[] not null default '{}',
  level_from smallint check (level_from between 0 and 5),
  level_to smallint check (level_to between 0 and 5),
  created_by integer not null references users (id),
  is_demo boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  retired_at timestamptz,
  version integer not null default 1
);
create index guide_offers_actor_idx on guide_offers (actor_id);

-- Contact requests from the guide, both ways: an organisation asks an actor or a peer for help with
-- a question; a provider answers an open question with an offer.
create table guide_contacts (
  id serial primary key,
  question_id integer references guide_questions (id),
  offer_id integer references guide_offers (id),
  direction text not null check (direction in ('to_actor', 'to_peer', 'to_organisation')),
  from_organisation_id integer references organisations (id),
  from_actor_id integer references actors (id),
  to_actor_id integer references actors (id),
  to_organisation_id integer references organisations (id),
  message text not null check (length(message) between 1 and 4000),
  sent_by integer not null references users (id),
  sent_at timestamptz not null default now(),
  answered_at timestamptz,
  answer text check (answer in ('accepted', 'declined')),
  check ((direction = 'to_actor') = (to_actor_id is not null)),
  check ((direction in ('to_peer', 'to_organisation')) = (to_organisation_id is not null))
);
create index guide_contacts_to_actor_idx on guide_contacts (to_actor_id, sent_at desc);
create index guide_contacts_to_org_idx on guide_contacts (to_organisation_id, sent_at desc);
create index guide_contacts_question_idx on guide_contacts (question_id);
