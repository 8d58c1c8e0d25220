-- Foundation: key/value settings, seed bookkeeping, accounts, sessions and the audit log.

create table app_settings (
  key text primary key,
  value text not null
);

-- One row per seed set loaded, so that a restart never loads the same set twice.
create table seed_log (
  name text primary key,
  checksum text not null,
  loaded_at timestamptz not null default now()
);

create table users (
  id serial primary key,
  email text not null,
  display_name text not null,
  password_hash text not null,
  role text not null check (role in ('admin', 'transition_team', 'org_member')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  disabled_at timestamptz,
  version integer not null default 1
);
create unique index users_email_key on users (lower(email));

create table sessions (
  id_hash text primary key,
  user_id integer not null references users (id),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index sessions_user_idx on sessions (user_id);

create table audit_log (
  id bigserial primary key,
  at timestamptz not null default now(),
  user_id integer references users (id),
  entity_type text not null,
  entity_id text not null,
  action text not null check (action in ('create', 'update', 'retire', 'restore', 'delete')),
  before jsonb,
  after jsonb
);
create index audit_log_entity_idx on audit_log (entity_type, entity_id, at desc);
create index audit_log_at_idx on audit_log (at desc);
