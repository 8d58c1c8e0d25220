-- What complete minutes (notulen) of a governance meeting record, and what a seat in a body
-- records, so that published minutes carry every fact the OSLO besluit and mandaat profiles ask for.

-- When the meeting actually started and ended (prov:startedAtTime, prov:endedAtTime) and who kept
-- the minutes (besluit:heeftSecretaris): a member of the body.
alter table meetings
  add column started_at timestamptz,
  add column ended_at timestamptz,
  add column secretary_member_id integer references body_members (id);
alter table meetings add constraint meetings_ended_after_start check (started_at is null or ended_at is null or ended_at > started_at);

-- Who voted how in the vote of a treatment (besluit:heeftVoorstander, heeftTegenstander,
-- heeftOnthouder); the treatment's counts are derived from these rows when they exist.
create table treatment_votes (
  treatment_id integer not null references treatments (id) on delete cascade,
  member_id integer not null references body_members (id),
  choice text not null check (choice in ('for', 'against', 'abstain')),
  primary key (treatment_id, member_id)
);
create index treatment_votes_member_idx on treatment_votes (member_id);

-- Why a decision was taken (besluit:motivering), separate from what was decided; when it takes
-- effect and what kind of decision it is (eli:first_date_entry_in_force, eli:type_document).
alter table decisions
  add column motivation_nl text not null default '',
  add column motivation_en text not null default '',
  add column in_force_on date,
  add column document_type text check (document_type in ('establishment', 'appointment', 'policy', 'approval', 'other'));

-- A seat's status from the official code list (mandaat:status) and the decision of the platform
-- that appointed its holder (mandaat:isAangesteldDoor).
alter table body_members
  add column status text check (status in ('effective', 'acting', 'titular', 'impeded', 'ended')),
  add column appointed_by_decision_id integer references decisions (id);
create index body_members_appointed_by_idx on body_members (appointed_by_decision_id);
