-- organisations (updated_at) was indexed twice: by 0015 for the benchmark read model and again
-- by 0028 for the catalogue. One index serves both; the second only slowed every write.
drop index if exists organisations_updated_at_idx;
