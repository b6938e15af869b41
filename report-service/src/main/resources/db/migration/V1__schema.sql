-- report-service: its own read model of the indicator and standings events, and the briefs.
-- Briefs are assembled from these tables only, so they can be made while the other services are down.

-- Consumer idempotency: one row per applied CloudEvent (ce_id), written in the same transaction
-- as the event's effect, so a redelivered event is a no-op.
create table processed_event (
    event_id     varchar(200) primary key,
    event_type   varchar(100) not null,
    topic        varchar(100) not null,
    processed_at timestamptz  not null default now()
);

-- Unit versions: a code alone does not name a unit across time, (code, valid_from) does.
create table unit (
    code         varchar(10)   not null,
    valid_from   date          not null,
    valid_to     date,
    name         varchar(200)  not null,
    name_en      varchar(200),
    type         varchar(16)   not null,
    region       varchar(200),
    predecessors varchar(10)[] not null default '{}',
    changed_at   timestamptz   not null,
    primary key (code, valid_from)
);

-- Published frameworks: the whole document (names, weights, tree, targets with label/labelVi).
create table framework (
    code         varchar(64) primary key,
    version      integer     not null,
    document     jsonb       not null,
    published_at timestamptz not null
);

create table reporting_period (
    framework_code varchar(64) not null,
    period         varchar(16) not null,
    starts_on      date        not null,
    ends_on        date        not null,
    due_at         timestamptz not null,
    closes_at      timestamptz not null,
    changed_at     timestamptz not null,
    primary key (framework_code, period)
);

-- The current value per (framework, period, unit, indicator): the value of the submission with
-- the latest received_at (an older one redelivered or arriving late never overwrites a newer one).
create table current_value (
    framework_code varchar(64)      not null,
    period         varchar(16)      not null,
    unit_code      varchar(10)      not null,
    indicator_code varchar(64)      not null,
    value          double precision not null,
    submission_id  uuid             not null,
    received_at    timestamptz      not null,
    late           boolean          not null,
    primary key (framework_code, period, unit_code, indicator_code)
);

-- The latest standings of a (framework, period): a version is applied only if greater than the one held.
create table standings (
    framework_code varchar(64) not null,
    period         varchar(16) not null,
    version        integer     not null,
    computed_at    timestamptz not null,
    body           jsonb       not null,
    primary key (framework_code, period)
);

-- Briefs are immutable snapshots: the assembled content is stored as the exact JSON text served
-- (text, not jsonb, so a re-read is byte-identical), with the inputs it used.
create table brief (
    id                 uuid         primary key,
    created_at         timestamptz  not null,
    created_by         varchar(200) not null,
    title              varchar(200) not null,
    meeting_date       date         not null,
    framework_code     varchar(64)  not null,
    period             varchar(16)  not null,
    compare_period     varchar(16),
    language           varchar(2)   not null,
    standings_version  integer      not null,
    compare_standings_version integer,
    data_cutoff        timestamptz,
    content            text         not null
);
create index brief_newest_idx on brief (created_at desc, id desc);
