-- Follow-up trajectory: the relevance an organisation gives each dimension for its mission (kept
-- for dimensions it did not choose as well), and contact requests between peers, with an answer.

create table improvement_relevance (
  plan_id integer not null references improvement_plans (id),
  dimension_code text not null,
  relevance text not null check (relevance in ('high', 'normal', 'low')),
  primary key (plan_id, dimension_code)
);

create table improvement_contact_requests (
  id serial primary key,
  from_organisation_id integer not null references organisations (id),
  to_organisation_id integer not null references organisations (id),
  dimension_code text not null,
  message text not null default '',
  requested_by integer not null references users (id),
  requested_at timestamptz not null default now(),
  answered_at timestamptz,
  answer text check (answer in ('accepted', 'declined')),
  check (from_organisation_id <> to_organisation_id)
);
create index improvement_contact_requests_to_idx on improvement_contact_requests (to_organisation_id, requested_at desc);
create index improvement_contact_requests_from_idx on improvement_contact_requests (from_organisation_id, requested_at desc);
