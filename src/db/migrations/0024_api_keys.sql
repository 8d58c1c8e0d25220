-- API keys for the open API (R3.2: the market builds on the platform's data and services).
-- A key acts for the account that created it, limited to the permissions chosen for it and to one
-- organisation (or the whole platform, for keys of the transition team). Only a SHA-256 hash of
-- the secret is stored: the secret is 256 random bits, so a fast hash cannot be reversed by
-- guessing, and a hash lookup keeps authentication one indexed read per request.

create table api_keys (
  id serial primary key,
  name text not null check (length(name) between 1 and 100),
  -- The first characters of the secret, shown in lists so a holder can tell keys apart.
  prefix text not null,
  secret_hash text not null unique,
  -- The account the key acts for; it created the key.
  user_id integer not null references users (id),
  -- null: a platform-wide key (transition team or admin only).
  organisation_id integer references organisations (id),
  -- Permission actions (module.verb) the key may use; never more than the account itself may.
  permissions text[] not null default '{}',
  expires_at timestamptz,
  created_at timestamptz not null default now(),
  -- Updated at most about once a minute per key, so busy clients do not write on every request.
  last_used_at timestamptz,
  revoked_at timestamptz,
  revoked_by integer references users (id),
  check (revoked_at is null or revoked_by is not null)
);

create index api_keys_user on api_keys (user_id);
create index api_keys_organisation on api_keys (organisation_id);
