-- Reads of KPI measurements at sector scale (a million rows): the totals of a KPI over time,
-- and one breakdown (by subsector, or by province) over time, each from its own index.
create index measurements_totals_idx on measurements (kpi_id, period_start) where subsector = '' and province = '';
create index measurements_by_subsector_idx on measurements (kpi_id, subsector, period_start) where province = '';
create index measurements_by_province_idx on measurements (kpi_id, province, period_start) where subsector = '';
