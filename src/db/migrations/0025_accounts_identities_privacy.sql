-- Accounts: identities from an OpenID Connect provider, login throttling, session activity,
-- pending provider logins, erased accounts and accessibility feedback.

-- An account may be reached through an external identity provider: issuer + subject name one
-- person there, whatever e-mail address they use later.
create table user_identities (
  issuer text not null,
  subject text not null,
  user_id integer not null references users (id),
  email text,
  linked_at timestamptz not null default now(),
  last_login_at timestamptz,
  primary key (issuer, subject)
);
create index user_identities_user_idx on user_identities (user_id);

-- A login that went to the provider and has not come back yet. Found by the hash of a random
-- key held in the browser's cookie; holds the PKCE verifier, state and nonce. Used once.
create table oidc_logins (
  key_hash text primary key,
  state text not null,
  nonce text not null,
  code_verifier text not null,
  return_to text not null default '/',
  expires_at timestamptz not null
);

-- Failed logins per account ('account:<e-mail>') and per client address ('address:<ip>'):
-- in the database so that the wait survives a restart.
create table login_throttles (
  key text primary key,
  failures integer not null default 0,
  last_failure_at timestamptz not null,
  blocked_until timestamptz
);

-- When a session was last used, for the idle timeout. Written at most once a minute per session.
create table session_activity (
  id_hash text primary key references sessions (id_hash) on delete cascade,
  last_seen_at timestamptz not null
);

-- Accounts whose owner had them deleted: the row in users stays (the history refers to it) but
-- holds no personal data any more.
create table erased_accounts (
  user_id integer primary key references users (id),
  erased_at timestamptz not null default now()
);

-- Feedback on accessibility (EU directive 2016/2102): anyone may send it, without an account.
create table accessibility_feedback (
  id serial primary key,
  page_url text not null default '',
  message text not null,
  contact text not null default '',
  lang text not null check (lang in ('nl', 'en')),
  received_at timestamptz not null default now()
);
create index accessibility_feedback_received_idx on accessibility_feedback (received_at desc);
