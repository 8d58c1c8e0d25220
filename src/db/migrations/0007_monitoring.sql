-- Monitoring (R2): generic KPIs with a baseline (nulmeting) and targets, and measurements as
-- tidy rows (one value per KPI, period, subsector and province).

create table kpis (
  id serial primary key,
  code text not null unique,
  name_nl text not null,
  name_en text not null,
  definition_nl text not null default '',
  definition_en text not null default '',
  unit text not null,
  direction text not null check (direction in ('increase', 'decrease')),
  frequency text not null check (frequency in ('annual', 'quarterly', 'monthly')),
  source text not null default '',
  owner_actor_id integer references actors (id),
  baseline_value numeric,
  baseline_date date,
  is_demo boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  retired_at timestamptz,
  version integer not null default 1
);

create table kpi_action_lines (
  kpi_id integer not null references kpis (id),
  action_line_id integer not null references action_lines (id),
  primary key (kpi_id, action_line_id)
);

create table kpi_instruments (
  kpi_id integer not null references kpis (id),
  instrument_id integer not null references instruments (id),
  primary key (kpi_id, instrument_id)
);

create table kpi_targets (
  kpi_id integer not null references kpis (id),
  year integer not null check (year between 2000 and 2100),
  value numeric not null,
  primary key (kpi_id, year)
);

create table measurement_imports (
  id serial primary key,
  filename text not null,
  checksum text not null,
  status text not null check (status in ('validating', 'importing', 'done', 'failed')),
  rows_total integer not null default 0,
  rows_done integer not null default 0,
  rows_changed integer not null default 0,
  errors jsonb not null default '[]',
  created_by integer references users (id),
  created_at timestamptz not null default now(),
  finished_at timestamptz
);

create table measurements (
  id bigserial primary key,
  kpi_id integer not null references kpis (id),
  -- 'YYYY', 'YYYY-Qn' or 'YYYY-MM'; period_start orders and filters them.
  period text not null,
  period_start date not null,
  value numeric not null,
  unit text not null,
  -- '' means: all subsectors / all provinces (the total).
  subsector text not null default '',
  province text not null default '',
  source text not null default '',
  confidence text not null default 'medium' check (confidence in ('high', 'medium', 'low')),
  note text not null default '',
  import_id integer references measurement_imports (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (kpi_id, period, subsector, province)
);
create index measurements_kpi_period_idx on measurements (kpi_id, period_start);
