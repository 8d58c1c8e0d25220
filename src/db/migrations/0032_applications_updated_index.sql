-- The ranking read model looks every few seconds for applications changed since its last look
-- (updated_at > t). Without an index that look read all 50,000 applications of a sector-scale
-- instance, answers included (about 250 ms on the embedded database, blocking every other query).
create index applications_updated_at_idx on applications (updated_at);
