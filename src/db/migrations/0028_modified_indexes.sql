-- The open-data catalogue gives every dataset its dct:modified: the latest updated_at of the
-- tables its entity types are read from. On the large tables an index makes that max() a lookup
-- instead of a scan of every row (756,000 measurements at sector scale).
create index measurements_updated_at_idx on measurements (updated_at);
create index cases_updated_at_idx on cases (updated_at);
create index actors_updated_at_idx on actors (updated_at);
create index instruments_updated_at_idx on instruments (updated_at);
create index calls_updated_at_idx on calls (updated_at);
create index lessons_updated_at_idx on lessons (updated_at);
create index learning_opportunities_updated_at_idx on learning_opportunities (updated_at);
create index projects_updated_at_idx on projects (updated_at);
create index organisations_updated_at_idx on organisations (updated_at);
