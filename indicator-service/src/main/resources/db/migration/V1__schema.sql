-- indicator-service: units, frameworks, periods, submissions, idempotency keys and the outbox.

create table unit (
    id                bigserial primary key,
    code              varchar(10)  not null,
    name              varchar(200) not null,
    name_en           varchar(200),
    type              varchar(16)  not null check (type in ('PROVINCE', 'MINISTRY')),
    unit_group        varchar(100),
    region            varchar(100),
    centrally_run     boolean      not null default false,
    valid_from        date         not null,
    valid_to          date,
    -- space-separated codes of the units valid the day before valid_from that merged into this one
    predecessor_codes varchar(200) not null default '',
    created_at        timestamptz  not null default now(),
    constraint unit_code_valid_from_uq unique (code, valid_from),
    constraint unit_validity_ck check (valid_to is null or valid_to >= valid_from)
);
create index unit_type_validity_idx on unit (type, valid_from, valid_to);

create table framework (
    code         varchar(64)  primary key,
    name         varchar(300) not null,
    status       varchar(16)  not null check (status in ('DRAFT', 'PUBLISHED')),
    version      integer      not null,
    unit_type    varchar(16)  not null,
    period_type  varchar(16)  not null,
    -- the framework document as accepted (DESIGN §5); immutable once published
    document     jsonb        not null,
    updated_at   timestamptz  not null,
    published_at timestamptz
);

create table reporting_period (
    framework_code varchar(64) not null references framework (code),
    period         varchar(16) not null,
    starts_on      date        not null,
    ends_on        date        not null,
    due_at         timestamptz not null,
    closes_at      timestamptz not null,
    updated_at     timestamptz not null,
    primary key (framework_code, period),
    constraint period_dates_ck check (closes_at >= due_at)
);

-- One row per (unit, framework, period): locking it serialises racing submissions of the same
-- series, so "the later one supersedes" is well defined and nothing is lost.
create table submission_series (
    unit_code      varchar(10) not null,
    framework_code varchar(64) not null,
    period         varchar(16) not null,
    submissions    integer     not null,
    primary key (unit_code, framework_code, period)
);

create table submission (
    id              uuid         primary key,
    unit_code       varchar(10)  not null,
    framework_code  varchar(64)  not null references framework (code),
    period          varchar(16)  not null,
    sequence_no     integer      not null,
    received_at     timestamptz  not null,
    late            boolean      not null,
    submitted_by    varchar(200) not null,
    media_type      varchar(40)  not null,
    constraint submission_series_seq_uq unique (unit_code, framework_code, period, sequence_no)
);
create index submission_query_idx on submission (framework_code, period, unit_code, received_at desc);

create table submission_value (
    submission_id             uuid             not null references submission (id),
    position                  integer          not null,
    indicator_code            varchar(64)      not null,
    value                     double precision not null,
    note                      varchar(2000),
    -- the value this one replaced, kept for the history (null when it was the first)
    superseded_submission_id  uuid,
    superseded_value          double precision,
    primary key (submission_id, indicator_code)
);

-- The current value of each indicator: derived from submission_value, maintained in the same
-- transaction so reads are one indexed query.
create table current_value (
    unit_code      varchar(10)      not null,
    framework_code varchar(64)      not null,
    period         varchar(16)      not null,
    indicator_code varchar(64)      not null,
    value          double precision not null,
    note           varchar(2000),
    submission_id  uuid             not null references submission (id),
    received_at    timestamptz      not null,
    late           boolean          not null,
    primary key (framework_code, period, unit_code, indicator_code)
);

create table idempotency_key (
    caller          varchar(200) not null,
    idem_key        varchar(200) not null,
    request_hash    varchar(64)  not null,
    response_status integer      not null,
    response_body   jsonb        not null,
    location        varchar(500),
    created_at      timestamptz  not null default now(),
    primary key (caller, idem_key)
);

-- Transactional outbox (written in the business transaction, relayed to Kafka afterwards).
create table outbox_event (
    id             bigserial    primary key,
    event_id       uuid         not null unique,
    aggregate_type varchar(32)  not null,
    aggregate_id   varchar(200) not null,
    topic          varchar(100) not null,
    event_key      varchar(200) not null,
    event_type     varchar(100) not null,
    payload        jsonb        not null,
    occurred_at    timestamptz  not null,
    published_at   timestamptz
);
create index outbox_unpublished_idx on outbox_event (id) where published_at is null;
