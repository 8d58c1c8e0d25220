-- One search across the sector's knowledge (cases, published lessons, learning opportunities,
-- actors, instruments and published calls), and the text relevance of the guide (wegwijzer).
--
-- search_documents is a read model kept in sync by triggers on the source tables, so the modules
-- that own those tables need not know about it: one row per searchable record, only while that
-- record may be found (a retired record, an unpublished lesson or a draft call has no row). The
-- document vector is stored and indexed: Dutch text with the `dutch` configuration (so
-- "digitaliseren" finds "digitalisering"), English text with `english`; titles weigh more than
-- bodies.

create table search_documents (
  kind text not null check (kind in ('case', 'lesson', 'learning', 'actor', 'instrument', 'call')),
  source_id integer not null,
  -- The record's code for its address (learning opportunities have none: their id is used).
  code text,
  title_nl text not null default '',
  title_en text not null default '',
  body_nl text not null default '',
  body_en text not null default '',
  -- A short line under the title: provider, country and sector, kind of actor or instrument.
  detail text not null default '',
  pillars integer[] not null default '{}',
  challenges integer[] not null default '{}',
  dimensions text[] not null default '{}',
  subsectors text[] not null default '{}',
  -- Learning: first day; call: opening. open_until: the end of the last day of a learning
  -- opportunity ('infinity' when it has no dates) or a call's closing instant; null otherwise.
  starts_on date,
  open_until timestamptz,
  level_from smallint,
  level_to smallint,
  is_demo boolean not null default false,
  updated_at timestamptz not null default now(),
  document tsvector generated always as (
    setweight(to_tsvector('dutch', title_nl), 'A') || setweight(to_tsvector('dutch', body_nl), 'B')
    || setweight(to_tsvector('english', title_en), 'A') || setweight(to_tsvector('english', body_en), 'B')
  ) stored,
  primary key (kind, source_id)
);
create index search_documents_document_idx on search_documents using gin (document);
create index search_documents_dimensions_idx on search_documents using gin (dimensions);

-- One refresh function per kind: delete the row, and put it back when the record may be found.

create function search_refresh_case(p_id integer) returns void language plpgsql as $$
begin
  delete from search_documents where kind = 'case' and source_id = p_id;
  insert into search_documents (kind, source_id, code, title_nl, title_en, body_nl, body_en, detail, pillars, challenges, dimensions, subsectors, is_demo, updated_at)
  select 'case', c.id, c.code, c.title_nl, c.title_en,
    c.summary_nl || ' ' || array_to_string(c.technologies, ' '), c.summary_en || ' ' || array_to_string(c.technologies, ' '),
    c.country || ' · ' || c.sector, array[c.pillar],
    coalesce((select array_agg(challenge order by challenge) from case_challenges where case_id = c.id), '{}'),
    coalesce((select array_agg(dimension_code order by dimension_code) from case_dimensions where case_id = c.id), '{}'),
    c.subsectors, c.is_demo, c.updated_at
  from cases c where c.id = p_id and c.retired_at is null;
end $$;

create function search_refresh_lesson(p_id integer) returns void language plpgsql as $$
begin
  delete from search_documents where kind = 'lesson' and source_id = p_id;
  -- A lesson is written in one language: it is indexed with that language's configuration only.
  insert into search_documents (kind, source_id, code, title_nl, title_en, body_nl, body_en, detail, pillars, challenges, dimensions, subsectors, is_demo, updated_at)
  select 'lesson', l.id, l.code,
    case when l.language = 'nl' then l.title else '' end, case when l.language = 'en' then l.title else '' end,
    case when l.language = 'nl' then b.body else '' end, case when l.language = 'en' then b.body else '' end,
    coalesce((select o.name from organisations o where o.id = l.organisation_id), ''),
    l.pillars, l.challenges, l.dimension_codes, l.subsectors, l.is_demo, l.updated_at
  from lessons l
  cross join lateral (select concat_ws(' ', l.summary, l.what_worked, l.what_failed, array_to_string(l.technologies, ' '),
    case when l.publish_details then l.details end) as body) b
  where l.id = p_id and l.published_at is not null and l.retired_at is null;
end $$;

create function search_refresh_learning(p_id integer) returns void language plpgsql as $$
begin
  delete from search_documents where kind = 'learning' and source_id = p_id;
  insert into search_documents (kind, source_id, code, title_nl, title_en, body_nl, body_en, detail, pillars, challenges, dimensions, subsectors,
    starts_on, open_until, level_from, level_to, is_demo, updated_at)
  select 'learning', lo.id, null, lo.title_nl, lo.title_en,
    concat_ws(' ', lo.summary_nl, lo.provider_name, lo.place), concat_ws(' ', lo.summary_en, lo.provider_name, lo.place),
    lo.provider_name, lo.pillars, '{}',
    case when lo.dimension_code is null then '{}'::text[] else array[lo.dimension_code] end,
    lo.subsectors, lo.starts_on,
    case when coalesce(lo.ends_on, lo.starts_on) is null then 'infinity'::timestamptz
      else ((coalesce(lo.ends_on, lo.starts_on) + 1)::timestamp at time zone 'Europe/Brussels') end,
    lo.level_from, lo.level_to, lo.is_demo, lo.updated_at
  from learning_opportunities lo where lo.id = p_id and lo.retired_at is null;
end $$;

create function search_refresh_actor(p_id integer) returns void language plpgsql as $$
begin
  delete from search_documents where kind = 'actor' and source_id = p_id;
  insert into search_documents (kind, source_id, code, title_nl, title_en, body_nl, body_en, detail, pillars, challenges, dimensions, subsectors, is_demo, updated_at)
  select 'actor', a.id, a.code, a.name, a.name,
    a.description_nl || ' ' || array_to_string(a.expertise, ' '), a.description_en || ' ' || array_to_string(a.expertise, ' '),
    a.kind, a.pillars, '{}',
    coalesce((select array_agg(dimension_code order by dimension_code) from actor_dimensions where actor_id = a.id), '{}'),
    a.subsectors, a.is_demo, a.updated_at
  from actors a where a.id = p_id and a.retired_at is null;
end $$;

create function search_refresh_instrument(p_id integer) returns void language plpgsql as $$
begin
  delete from search_documents where kind = 'instrument' and source_id = p_id;
  insert into search_documents (kind, source_id, code, title_nl, title_en, body_nl, body_en, detail, pillars, challenges, is_demo, updated_at)
  select 'instrument', i.id, i.code, i.name_nl, i.name_en, i.description_nl, i.description_en, i.type,
    coalesce((select array_agg(distinct ch.pillar order by ch.pillar) from instrument_challenges ic join challenges ch on ch.number = ic.challenge where ic.instrument_id = i.id), '{}'),
    coalesce((select array_agg(challenge order by challenge) from instrument_challenges where instrument_id = i.id), '{}'),
    i.is_demo, i.updated_at
  from instruments i where i.id = p_id and i.retired_at is null;
end $$;

create function search_refresh_call(p_id integer) returns void language plpgsql as $$
begin
  delete from search_documents where kind = 'call' and source_id = p_id;
  -- A call is tagged with its instrument's pillars and challenges.
  insert into search_documents (kind, source_id, code, title_nl, title_en, body_nl, body_en, detail, pillars, challenges,
    starts_on, open_until, is_demo, updated_at)
  select 'call', c.id, c.code, c.title_nl, c.title_en,
    c.summary_nl || ' ' || c.eligibility_nl, c.summary_en || ' ' || c.eligibility_en,
    coalesce((select i.name_nl from instruments i where i.id = c.instrument_id), ''),
    coalesce((select array_agg(distinct ch.pillar order by ch.pillar) from instrument_challenges ic join challenges ch on ch.number = ic.challenge where ic.instrument_id = c.instrument_id), '{}'),
    coalesce((select array_agg(challenge order by challenge) from instrument_challenges where instrument_id = c.instrument_id), '{}'),
    (c.opens_at at time zone 'Europe/Brussels')::date, c.closes_at, c.is_demo, c.updated_at
  from calls c where c.id = p_id and c.status = 'published';
end $$;

-- Row triggers: the source row (old and new id, in case an id ever changes), or the parent of a tag row.

create function search_sync() returns trigger language plpgsql as $$
declare
  kind text := tg_argv[0];
  column_name text := coalesce(tg_argv[1], 'id');
  ids integer[] := '{}';
  one integer;
begin
  if tg_op in ('UPDATE', 'DELETE') then ids := ids || (to_jsonb(old) ->> column_name)::integer; end if;
  if tg_op in ('INSERT', 'UPDATE') then ids := ids || (to_jsonb(new) ->> column_name)::integer; end if;
  foreach one in array (select array_agg(distinct x) from unnest(ids) x) loop
    case kind
      when 'case' then perform search_refresh_case(one);
      when 'lesson' then perform search_refresh_lesson(one);
      when 'learning' then perform search_refresh_learning(one);
      when 'actor' then perform search_refresh_actor(one);
      when 'instrument' then
        perform search_refresh_instrument(one);
        -- Calls carry their instrument's tags.
        perform search_refresh_call(c.id) from calls c where c.instrument_id = one;
      when 'call' then perform search_refresh_call(one);
    end case;
  end loop;
  return null;
end $$;

create trigger search_cases after insert or update or delete on cases for each row execute function search_sync('case');
create trigger search_case_challenges after insert or update or delete on case_challenges for each row execute function search_sync('case', 'case_id');
create trigger search_case_dimensions after insert or update or delete on case_dimensions for each row execute function search_sync('case', 'case_id');
create trigger search_lessons after insert or update or delete on lessons for each row execute function search_sync('lesson');
create trigger search_learning after insert or update or delete on learning_opportunities for each row execute function search_sync('learning');
create trigger search_actors after insert or update or delete on actors for each row execute function search_sync('actor');
create trigger search_actor_dimensions after insert or update or delete on actor_dimensions for each row execute function search_sync('actor', 'actor_id');
create trigger search_instruments after insert or update or delete on instruments for each row execute function search_sync('instrument');
create trigger search_instrument_challenges after insert or update or delete on instrument_challenges for each row execute function search_sync('instrument', 'instrument_id');
create trigger search_calls after insert or update or delete on calls for each row execute function search_sync('call');

-- Records that exist already when this migration runs.
select search_refresh_case(id) from cases;
select search_refresh_lesson(id) from lessons;
select search_refresh_learning(id) from learning_opportunities;
select search_refresh_actor(id) from actors;
select search_refresh_instrument(id) from instruments;
select search_refresh_call(id) from calls;
