-- Issue 11 items 1-2 (DESIGN §12): every standings version stays readable, with its provenance.
-- `standings` keeps serving the latest version of each (framework, period, basis); every version,
-- the latest included, is also kept here, written in the recompute transaction.

-- A framework version's document, once per (code, version) rather than once per standings version
-- (a published framework version never changes; a new one gets a new number).
create table framework_document (
    framework_code    varchar(64) not null,
    framework_version integer     not null,
    document          jsonb       not null,
    primary key (framework_code, framework_version)
);

create table standings_version (
    framework_code    varchar(64)   not null,
    period            varchar(16)   not null,
    basis             varchar(16)   not null check (basis in ('submitted', 'approved')),
    version           integer       not null,
    computed_at       timestamptz   not null,
    -- the standings_state.change_seq the version covered: every input change up to it is counted
    inputs_watermark  bigint        not null,
    framework_version integer       not null,
    unit_codes        varchar(10)[] not null,
    unit_names        text[]        not null,
    unit_valid_from   date[]        not null,
    indicator_codes   varchar(64)[] not null,
    -- raw values as in standings.raw_values: values[indicator][unit], big-endian doubles, NaN = missing
    raw_values        bytea         not null,
    -- provenance: the distinct submissions the values came from, and per unit then per indicator
    -- (unit-major, so a unit's run of one submission compresses) a big-endian 32-bit index into
    -- source_ids, 1-based, 0 = no value. Both null for versions computed before this migration.
    source_ids        uuid[],
    source_index      bytea,
    -- json, not jsonb: served byte for byte as first served
    body              json          not null,
    primary key (framework_code, period, basis, version),
    foreign key (framework_code, framework_version) references framework_document (framework_code, framework_version)
);
-- retention looks for old versions by age
create index standings_version_computed_at_idx on standings_version (computed_at);

-- A version dropped by retention leaves this row, so that it answers 410 Gone and not 404.
create table standings_version_dropped (
    framework_code   varchar(64) not null,
    period           varchar(16) not null,
    basis            varchar(16) not null,
    version          integer     not null,
    computed_at      timestamptz not null,
    inputs_watermark bigint      not null,
    dropped_at       timestamptz not null,
    primary key (framework_code, period, basis, version)
);

-- The latest versions computed before this migration become the first kept versions (their
-- provenance was not recorded; the covered change counter is the one recorded as computed).
insert into framework_document (framework_code, framework_version, document)
select distinct on (framework_code, framework_version) framework_code, framework_version, framework
from standings order by framework_code, framework_version, computed_at desc
on conflict do nothing;
insert into standings_version (framework_code, period, basis, version, computed_at, inputs_watermark, framework_version,
                               unit_codes, unit_names, unit_valid_from, indicator_codes, raw_values, body)
select s.framework_code, s.period, s.basis, s.version, s.computed_at, coalesce(st.computed_seq, 0), s.framework_version,
       s.unit_codes, s.unit_names, s.unit_valid_from, s.indicator_codes, s.raw_values, s.body
from standings s
left join standings_state st on st.framework_code = s.framework_code and st.period = s.period;
