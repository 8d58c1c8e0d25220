-- The study's frame: pillars of transition steering, challenges, principles, recommendations,
-- the spearheads of the 2017 vision paper and the policy timeline. Content in Dutch and English.

create table subsectors (
  code text primary key,
  position integer not null,
  name_nl text not null,
  name_en text not null
);

create table pillars (
  number integer primary key check (number between 1 and 5),
  name_nl text not null,
  name_en text not null,
  description_nl text not null,
  description_en text not null,
  source text not null
);

create table challenges (
  number integer primary key check (number >= 1),
  pillar integer not null references pillars (number),
  title_nl text not null,
  title_en text not null,
  description_nl text not null,
  description_en text not null,
  why_nl text not null,
  why_en text not null,
  source text not null
);
create index challenges_pillar_idx on challenges (pillar);

create table recommendations (
  code text primary key,
  parent_code text references recommendations (code),
  position integer not null,
  title_nl text not null,
  title_en text not null,
  description_nl text not null,
  description_en text not null,
  source text not null
);

create table recommendation_challenges (
  recommendation_code text not null references recommendations (code),
  challenge integer not null references challenges (number),
  primary key (recommendation_code, challenge)
);

create table recommendation_pillars (
  recommendation_code text not null references recommendations (code),
  pillar integer not null references pillars (number),
  primary key (recommendation_code, pillar)
);

create table principles (
  number integer primary key,
  title_nl text not null,
  title_en text not null,
  description_nl text not null,
  description_en text not null,
  source text not null
);

create table principle_challenges (
  principle integer not null references principles (number),
  challenge integer not null references challenges (number),
  primary key (principle, challenge)
);

create table principle_recommendations (
  principle integer not null references principles (number),
  recommendation_code text not null references recommendations (code),
  primary key (principle, recommendation_code)
);

create table spearheads (
  number integer primary key,
  title_nl text not null,
  title_en text not null,
  description_nl text not null,
  description_en text not null,
  source text not null
);

create table timeline_events (
  id serial primary key,
  -- As precise as the source: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'; sort_date orders them.
  date_text text not null,
  sort_date date not null,
  title_nl text not null,
  title_en text not null,
  description_nl text not null,
  description_en text not null,
  source text not null
);
create index timeline_events_sort_idx on timeline_events (sort_date, id);
