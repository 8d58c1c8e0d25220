-- A change marker for the search read model, so that the in-memory search index (and the guide's
-- candidates) can be brought up to date by reading only what changed. Every refresh of a
-- searchable record deletes its row and inserts it again (0022), so each inserted row takes a
-- new number from the sequence: a row's revision names exactly one version of its text and tags.
-- A removed record simply has no row any more; the index sees that by its count.

create sequence search_documents_revision_seq;
alter table search_documents add column revision bigint not null default nextval('search_documents_revision_seq');
create unique index search_documents_revision_idx on search_documents (revision);
