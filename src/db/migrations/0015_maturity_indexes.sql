-- The benchmark read model reads what changed since its last load: organisations by their last
-- change, without scanning all of them.
create index organisations_updated_idx on organisations (updated_at);
