-- Annual reports (R2, Part 2 5.1): a reporting template the transition team adjusts, and
-- published reports frozen as citable snapshots that later data changes never alter.

create table report_templates (
  id serial primary key,
  code text not null unique,
  -- Ordered section keys, e.g. ["intro","action_lines","milestones","kpis","decisions"].
  sections jsonb not null,
  intro_nl text not null default '',
  intro_en text not null default '',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1
);

create table published_reports (
  id serial primary key,
  year integer not null check (year between 2000 and 2100),
  version integer not null,
  -- Everything the report shows, frozen at publication: the report is rendered from this only.
  content jsonb not null,
  published_at timestamptz not null default now(),
  published_by integer references users (id),
  unique (year, version)
);
