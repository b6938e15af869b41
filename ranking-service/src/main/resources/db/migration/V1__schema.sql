-- ranking-service: a read model of the indicator events, the standings it computes, and the outbox.

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
    code         varchar(10)  not null,
    valid_from   date         not null,
    valid_to     date,
    name         text         not null,
    name_en      text,
    type         varchar(16)  not null,
    predecessors varchar(10)[] not null default '{}',
    changed_at   timestamptz  not null,
    primary key (code, valid_from)
);
create index unit_type_validity_idx on unit (type, valid_from, valid_to);

-- Published frameworks, the whole document as published (immutable; a later version replaces it).
create table framework (
    code         varchar(64) primary key,
    version      integer     not null,
    unit_type    varchar(16) not null,
    period_type  varchar(16) not null,
    document     jsonb       not null,
    published_at timestamptz not null
);

create table reporting_period (
    framework_code varchar(64) not null,
    period         varchar(16) not null,
    period_type    varchar(16) not null,
    starts_on      date        not null,
    ends_on        date        not null,
    due_at         timestamptz not null,
    closes_at      timestamptz not null,
    changed_at     timestamptz not null,
    primary key (framework_code, period)
);

-- The current value per (framework, period, unit, indicator): the value of the submission with the
-- latest received_at (an older one redelivered never overwrites a newer one).
create table current_value (
    framework_code varchar(64)      not null,
    period         varchar(16)      not null,
    unit_code      varchar(10)      not null,
    indicator_code varchar(64)      not null,
    value          double precision not null,
    submission_id  uuid             not null,
    received_at    timestamptz      not null,
    primary key (framework_code, period, unit_code, indicator_code)
);

-- Every (framework, period) the service has heard of, with a change counter: each change of its
-- inputs increments change_seq in the change's own transaction; a recompute that read change_seq
-- = N covers every change up to N and records computed_seq = N. Dirty: change_seq > computed_seq.
create table standings_state (
    framework_code varchar(64) not null,
    period         varchar(16) not null,
    ends_on        date        not null,
    change_seq     bigint      not null default 0,
    computed_seq   bigint      not null default 0,
    primary key (framework_code, period)
);
create index standings_state_dirty_idx on standings_state (framework_code, period) where change_seq > computed_seq;

-- The latest standings of a (framework, period) and the exact inputs they were computed from,
-- so profiles and sensitivity answer from the same version. The row is locked while a new
-- version is written: versions never go backwards, even with replicas racing.
create table standings (
    framework_code    varchar(64)   not null,
    period            varchar(16)   not null,
    version           integer       not null,
    computed_at       timestamptz   not null,
    framework_version integer       not null,
    -- the framework document the version was computed with (a later framework version dirties it)
    framework         jsonb         not null,
    unit_codes        varchar(10)[] not null,
    unit_names        text[]        not null,
    unit_valid_from   date[]        not null,
    indicator_codes   varchar(64)[] not null,
    -- raw values, indicator-major (values[indicator][unit]), IEEE 754 big-endian doubles; NaN = missing
    raw_values        bytea         not null,
    -- json, not jsonb: served and published byte for byte, with the fields in the documented order
    body              json          not null,
    primary key (framework_code, period)
);

-- Transactional outbox (written in the recompute transaction, relayed to Kafka afterwards).
create table outbox_event (
    id             bigserial    primary key,
    event_id       uuid         not null unique,
    aggregate_type varchar(32)  not null,
    aggregate_id   varchar(200) not null,
    topic          varchar(100) not null,
    event_key      varchar(200) not null,
    event_type     varchar(100) not null,
    payload        json         not null,
    occurred_at    timestamptz  not null,
    published_at   timestamptz
);
create index outbox_unpublished_idx on outbox_event (id) where published_at is null;
