-- The in-memory search index (search/search-index.ts) learned of removed rows by comparing the
-- table's count and sum of revisions with its own: a scan of every search document (55,000 on a
-- sector-scale instance, about 100 ms on the embedded database) after every write to anything
-- searchable, during which no other statement ran.
--
-- Now each row carries the transaction that wrote it, and a removed row leaves its revision in a
-- log. The index keeps the snapshot of its last read and asks only for the rows and removals of
-- transactions that snapshot did not see (pg_visible_in_snapshot), whatever order they committed
-- in. Each removal prunes the log of entries older than a day (an index probe); an index whose
-- last read is older than half a day compares every (key, revision) pair once instead.

alter table search_documents add column written_xid xid8 not null default pg_current_xact_id();
create index search_documents_written_xid_idx on search_documents (written_xid);

create table search_document_removals (
  revision bigint primary key,
  kind text not null,
  source_id integer not null,
  removed_xid xid8 not null default pg_current_xact_id(),
  removed_at timestamptz not null default now()
);
create index search_document_removals_xid_idx on search_document_removals (removed_xid);
create index search_document_removals_at_idx on search_document_removals (removed_at);

create function search_document_removed() returns trigger language plpgsql as $$
begin
  insert into search_document_removals (revision, kind, source_id) values (old.revision, old.kind, old.source_id);
  delete from search_document_removals where removed_at < now() - interval '1 day';
  return null;
end $$;

create trigger search_documents_removed after delete on search_documents
  for each row execute function search_document_removed();
