-- A submitted assessment's results page reads the assessment with its organisation and model
-- and, on the first read, everything its results are made of, together with the organisation's
-- other submitted results. Planning that statement took longer than running it (about 0.8 of
-- 1.5 ms). In a PL/pgSQL function its plans are made once per connection and then reused: a
-- first read of a result went from about 2.4 to 0.8 ms on the embedded database.
-- Used by src/modules/assessments/frozen-results.ts, which maps these columns.
create function frozen_assessment_rows(p_id integer, p_with_source boolean)
returns table (
  id integer, organisation_id integer, organisation_name text, share_with_team boolean, model_id integer, model_version integer,
  model_key text, kind text, status text, started_by integer, started_at timestamptz, submitted_at timestamptz, is_demo boolean,
  version integer, results json, respondents json, answers json
)
language plpgsql stable as $$
#variable_conflict use_column
begin
  if p_with_source then
    return query
    select a.id, a.organisation_id, o.name, o.share_with_team, a.model_id, m.version,
      m.id || ':' || m.version || ':' || m.status || ':' || m.row_version || ':' || coalesce(m.published_at::text, ''),
      a.kind, a.status, a.started_by, a.started_at, a.submitted_at, a.is_demo, a.version,
      coalesce((select json_agg(json_build_array(r.dimension_code, r.level, r.target_level, r.min_level, r.max_level, r.respondents, r.disagreement))
        from assessment_results r where r.assessment_id = a.id), '[]'),
      coalesce((select json_agg(json_build_array(p.user_id, u.display_name, coalesce(om.position, ''), p.finished_at) order by u.display_name)
        from assessment_respondents p join users u on u.id = p.user_id
        left join organisation_members om on om.organisation_id = a.organisation_id and om.user_id = p.user_id
        where p.assessment_id = a.id), '[]'),
      coalesce((select json_agg(json_build_array(x.user_id, x.question_id, x.current_level, x.target_level, x.not_applicable))
        from assessment_answers x join assessment_respondents p on p.assessment_id = x.assessment_id and p.user_id = x.user_id and p.finished_at is not null
        where x.assessment_id = a.id), '[]')
    from assessments a join organisations o on o.id = a.organisation_id join maturity_models m on m.id = a.model_id
    where a.id = p_id
      or (a.organisation_id = (select s.organisation_id from assessments s where s.id = p_id) and a.status = 'submitted');
  else
    return query
    select a.id, a.organisation_id, o.name, o.share_with_team, a.model_id, m.version,
      m.id || ':' || m.version || ':' || m.status || ':' || m.row_version || ':' || coalesce(m.published_at::text, ''),
      a.kind, a.status, a.started_by, a.started_at, a.submitted_at, a.is_demo, a.version,
      null::json, null::json, null::json
    from assessments a join organisations o on o.id = a.organisation_id join maturity_models m on m.id = a.model_id
    where a.id = p_id;
  end if;
end
$$;
