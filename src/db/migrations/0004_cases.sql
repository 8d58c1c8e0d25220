-- Cases: inspiring examples (and, later, failures) tagged by pillar and challenge.

create table cases (
  id serial primary key,
  code text not null unique,
  title_nl text not null,
  title_en text not null,
  summary_nl text not null,
  summary_en text not null,
  country text not null,
  region text,
  sector text not null,
  pillar integer not null references pillars (number),
  url text,
  source text,
  is_demo boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  retired_at timestamptz,
  version integer not null default 1
);

create table case_challenges (
  case_id integer not null references cases (id),
  challenge integer not null references challenges (number),
  primary key (case_id, challenge)
);
create index case_challenges_challenge_idx on case_challenges (challenge);
