-- Governance (R1.3): bodies, their members (mandates), meetings with agenda items, treatments
-- and decisions, modelled after the Flemish besluit and mandaat vocabularies. Agendas, decision
-- lists and minutes are published as frozen versions; a correction is a new version.

create table bodies (
  id serial primary key,
  code text not null unique,
  kind text not null check (kind in ('steering_committee', 'transition_team', 'advisory_board', 'working_group')),
  name_nl text not null,
  name_en text not null,
  description_nl text not null default '',
  description_en text not null default '',
  mandate_nl text not null default '',
  mandate_en text not null default '',
  meetings_per_year integer check (meetings_per_year between 0 and 52),
  starts_on date,
  -- A working group exists for a limited time, by decision of the steering committee.
  ends_on date,
  parent_body_id integer references bodies (id),
  is_proposal boolean not null default false,
  source text,
  is_demo boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  retired_at timestamptz,
  version integer not null default 1,
  check (ends_on is null or starts_on is null or ends_on >= starts_on),
  check (kind <> 'working_group' or ends_on is not null)
);

create table body_members (
  id serial primary key,
  body_id integer not null references bodies (id),
  actor_id integer not null references actors (id),
  person_name text,
  role text not null check (role in ('chair', 'vice_chair', 'member', 'secretary', 'observer')),
  starts_on date,
  ends_on date,
  is_proposal boolean not null default false,
  source text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  check (ends_on is null or starts_on is null or ends_on >= starts_on)
);
create index body_members_body_idx on body_members (body_id);
create index body_members_actor_idx on body_members (actor_id);

create table meetings (
  id serial primary key,
  body_id integer not null references bodies (id),
  starts_at timestamptz not null,
  place text not null default '',
  chair_member_id integer references body_members (id),
  status text not null default 'planned' check (status in ('planned', 'held', 'cancelled')),
  is_demo boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1
);
create index meetings_body_idx on meetings (body_id, starts_at);

create table meeting_attendance (
  meeting_id integer not null references meetings (id),
  member_id integer not null references body_members (id),
  present boolean not null,
  primary key (meeting_id, member_id)
);

create table agenda_items (
  id serial primary key,
  meeting_id integer not null references meetings (id),
  position integer not null,
  title_nl text not null,
  title_en text not null,
  description_nl text not null default '',
  description_en text not null default '',
  is_public boolean not null default true,
  unique (meeting_id, position)
);

-- The treatment (behandeling) of an agenda item: public or not, votes, outcome.
create table treatments (
  id serial primary key,
  agenda_item_id integer not null unique references agenda_items (id),
  is_public boolean not null default true,
  votes_for integer check (votes_for >= 0),
  votes_against integer check (votes_against >= 0),
  abstentions integer check (abstentions >= 0),
  outcome text not null check (outcome in ('approved', 'rejected', 'postponed', 'noted')),
  notes_nl text not null default '',
  notes_en text not null default ''
);

create table decisions (
  id serial primary key,
  code text not null unique,
  treatment_id integer references treatments (id),
  body_id integer not null references bodies (id),
  title_nl text not null,
  title_en text not null,
  text_nl text not null default '',
  text_en text not null default '',
  status text not null default 'draft' check (status in ('draft', 'approved', 'published')),
  decided_on date,
  published_at timestamptz,
  is_demo boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1
);
create index decisions_body_idx on decisions (body_id, decided_on);

-- What a decision is about: an action line, plan, action, KPI, working group, instrument or call.
create table decision_subjects (
  decision_id integer not null references decisions (id),
  subject_type text not null check (subject_type in ('action_line', 'plan', 'action', 'kpi', 'body', 'instrument', 'call')),
  subject_id integer not null,
  primary key (decision_id, subject_type, subject_id)
);
create index decision_subjects_subject_idx on decision_subjects (subject_type, subject_id);

-- Frozen, published versions of a meeting's agenda, decision list or minutes.
create table publications (
  id serial primary key,
  meeting_id integer not null references meetings (id),
  kind text not null check (kind in ('agenda', 'decision_list', 'minutes')),
  version integer not null,
  status text not null default 'draft' check (status in ('draft', 'approved', 'published')),
  content jsonb not null,
  correction_of integer references publications (id),
  approved_at timestamptz,
  published_at timestamptz,
  created_by integer references users (id),
  created_at timestamptz not null default now(),
  unique (meeting_id, kind, version)
);

alter table bodies add column established_by_decision_id integer references decisions (id);
