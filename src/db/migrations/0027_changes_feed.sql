-- The changes feed pages through the audit log. Row ids are handed out when a row is written,
-- not when its transaction commits, so on PostgreSQL a row with a smaller id can become visible
-- after one with a larger id: a reader paging by id alone could step past it for good. Each row
-- therefore records the transaction that wrote it; the feed orders by (tx, id) and serves only
-- rows of transactions older than every transaction still running, which are all finished.
alter table audit_log add column tx xid8 not null default pg_current_xact_id();
create index audit_log_tx_idx on audit_log (tx, id);
