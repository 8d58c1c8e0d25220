-- Actors with their roles (R1.1, R1.2) and the registry of policy instruments tagged by challenge.

create table actors (
  id serial primary key,
  code text not null unique,
  name text not null,
  kind text not null check (kind in ('government', 'support_organisation', 'knowledge_institution',
    'broadcaster', 'fund', 'international', 'sector_organisation', 'company')),
  description_nl text not null,
  description_en text not null,
  website text,
  expertise text[] not null default '{}',
  pillars integer[] not null default '{}',
  subsectors text[] not null default '{}',
  source text,
  is_demo boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  retired_at timestamptz,
  version integer not null default 1
);
create index actors_name_idx on actors (lower(name));

create table actor_roles (
  id serial primary key,
  actor_id integer not null references actors (id),
  role text not null check (role in ('driver', 'relief_provider')),
  focus text not null check (focus in ('strategic', 'technical')),
  horizon text not null check (horizon in ('long', 'short')),
  access text not null check (access in ('sector_wide', 'subsector')),
  note_nl text not null default '',
  note_en text not null default '',
  source text
);
create index actor_roles_actor_idx on actor_roles (actor_id);

create table instruments (
  id serial primary key,
  code text not null unique,
  name_nl text not null,
  name_en text not null,
  description_nl text not null,
  description_en text not null,
  type text not null check (type in ('decree', 'regulation', 'subsidy', 'residency', 'training',
    'shared_service', 'tool', 'fund', 'agreement', 'policy_document')),
  responsible_actor_id integer references actors (id),
  since_year integer check (since_year between 1900 and 2100),
  source text,
  is_demo boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  retired_at timestamptz,
  version integer not null default 1
);
create index instruments_actor_idx on instruments (responsible_actor_id);

create table instrument_challenges (
  instrument_id integer not null references instruments (id),
  challenge integer not null references challenges (number),
  strength text not null check (strength in ('strong', 'partial')),
  note_nl text not null default '',
  note_en text not null default '',
  primary key (instrument_id, challenge)
);
create index instrument_challenges_challenge_idx on instrument_challenges (challenge);

create table instrument_recommendations (
  instrument_id integer not null references instruments (id),
  recommendation_code text not null references recommendations (code),
  primary key (instrument_id, recommendation_code)
);
