-- The standings computed by SQL alone, as an analyst would in PostgreSQL: normalise (MIN_MAX, either
-- direction), apply the missing-value policy (ZERO or RESCALE), aggregate up the framework tree with
-- weighted means (weights normalised within each parent), and rank every node with competition
-- ranks (1, 2, 2, 4) on scores rounded half-up to the framework's precision after a guard rounding
-- (docs/methodology.md §3–§6). Checked against the engine by SqlStandingsTest; timed against it by
-- SqlVersusEngineBenchmark (docs/performance.md "The engine against SQL alone").
--
-- Inputs (in schema sql_standings): node (the framework tree), unit (the units ranked) and value
-- (the reported raw values only; a missing value has no row). Output: select * from
-- sql_standings.standings(precision, rescale): (node_code, unit_code, node_score, node_rank), every node × unit.

create schema if not exists sql_standings;

create table if not exists sql_standings.node (
    code            text primary key,
    parent          text,                 -- null for the root
    weight          float8 not null,      -- relative among its siblings
    lower_is_better boolean not null default false,
    is_indicator    boolean not null
);

create table if not exists sql_standings.unit (
    code text primary key
);

create table if not exists sql_standings.value (
    unit      text   not null,
    indicator text   not null,
    value     float8 not null,
    primary key (indicator, unit)
);

create or replace function sql_standings.standings(p_precision int, p_rescale boolean)
    returns table (node_code text, unit_code text, node_score float8, node_rank bigint)
    language plpgsql as $$
declare
    d int;
    guard int := least(15, greatest(10, p_precision + 2));
begin
    drop table if exists n_tree, n_score; -- the temporary tables of an earlier call in this session

    -- every node with its depth, its weight normalised within its parent, and its number of children
    create temp table n_tree as
    with recursive t(code, depth) as (
        select n.code, 0 from sql_standings.node n where n.parent is null
        union all
        select c.code, t.depth + 1 from sql_standings.node c join t on c.parent = t.code)
    select n.code, n.parent, n.weight / sum(n.weight) over (partition by n.parent) as w, t.depth,
           n.is_indicator, n.lower_is_better,
           (select count(*) from sql_standings.node k where k.parent = n.code) as kids
    from sql_standings.node n join t on t.code = n.code;

    create temp table n_score (node text, unit text, score float8);

    -- normalisation: MIN_MAX over the reporting units; all equal (or one reporter): every reporter 1
    insert into n_score
    select v.indicator, v.unit,
           case when v.mx > v.mn
                then least(greatest(case when t.lower_is_better then (v.mx - v.value) / (v.mx - v.mn)
                                         else (v.value - v.mn) / (v.mx - v.mn) end, 0), 1)
                else 1 end
    from (select x.indicator, x.unit, x.value,
                 min(x.value) over (partition by x.indicator) as mn,
                 max(x.value) over (partition by x.indicator) as mx
          from sql_standings.value x) v
    join n_tree t on t.code = v.indicator;

    -- missing values: ZERO scores them 0; RESCALE leaves them out (no row), so the means below skip them
    if not p_rescale then
        insert into n_score
        select t.code, u.code, 0
        from n_tree t cross join sql_standings.unit u
        where t.is_indicator
          and not exists (select 1 from sql_standings.value x where x.indicator = t.code and x.unit = u.code);
    end if;

    -- aggregation, one level at a time from the deepest: Σ wᵢsᵢ when every child is present, else
    -- Σ wᵢsᵢ / Σ wᵢ over the present ones; a node with no child present has no row (missing)
    analyze n_score;
    for d in reverse (select max(t.depth) from n_tree t) .. 1 loop
        insert into n_score
        select c.parent, s.unit,
               least(greatest(case when count(*) = max(p.kids) then sum(c.w * s.score)
                                   else sum(c.w * s.score) / sum(c.w) end, 0), 1)
        from n_score s
        join n_tree c on c.code = s.node and c.depth = d
        join n_tree p on p.code = c.parent
        group by c.parent, s.unit;
    end loop;

    -- ranking: a missing node ranks (and shows) 0; competition ranks on the score rounded half-up to
    -- the guard decimals, then to the precision (numeric round() is half away from zero)
    return query
    select t.code, u.code, coalesce(s.score, 0),
           rank() over (partition by t.code
                        order by round(round(coalesce(s.score, 0)::numeric, guard), p_precision) desc)
    from n_tree t
    cross join sql_standings.unit u
    left join n_score s on s.node = t.code and s.unit = u.code;
end $$;
