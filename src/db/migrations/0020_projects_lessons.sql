-- Projects and lessons learned (R4.2). A milestone that will not be reached gets an explicit
-- note, so the final report can account for every milestone without pretending it was done.
-- A lesson carries its outcome in the vocabulary of the knowledge space's cases, so that failures
-- can be found as failures.
alter table project_milestones
  add column note text not null default '';

alter table lessons
  add column outcome text not null default 'mixed' check (outcome in ('inspiring', 'failure', 'mixed'));

create index lessons_published_idx on lessons (published_at desc) where published_at is not null and retired_at is null;
create index lessons_organisation_idx on lessons (organisation_id);
