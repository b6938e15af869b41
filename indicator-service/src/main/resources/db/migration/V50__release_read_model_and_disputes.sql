-- DESIGN §12: the indicator-service consumes dti.release.published.v1 (topic dti.standings) into a
-- small read model, so that a dispute can be checked against the release it contests, and so that
-- a later revision can be named by the disputes it answers.

-- Consumer idempotency: one row per applied CloudEvent (ce_id), written in the same transaction as
-- the event's effect, so a redelivered event is a no-op (as in ranking-service and report-service).
create table processed_event (
    event_id     varchar(200) primary key,
    event_type   varchar(100) not null,
    topic        varchar(100) not null,
    processed_at timestamptz  not null default now()
);
create index processed_event_processed_at_idx on processed_event (processed_at);

-- One row per release revision as published by ranking-service; nothing of it is edited here.
create table release (
    id             uuid         primary key,
    framework_code varchar(64)  not null,
    period         varchar(16)  not null,
    revision       integer      not null check (revision >= 1),
    version        integer      not null check (version >= 1),
    released_at    timestamptz  not null,
    received_at    timestamptz  not null default now()
);
create index release_framework_period_idx on release (framework_code, period, revision);

-- The units ranked in a release's standings: a dispute may be filed for these units only.
create table release_unit (
    release_id uuid        not null references release (id),
    unit_code  varchar(10) not null,
    primary key (release_id, unit_code)
);

create table dispute (
    id                      uuid          primary key,
    release_id              uuid          not null references release (id),
    framework_code          varchar(64)   not null,
    period                  varchar(16)   not null,
    revision                integer       not null,
    unit_code               varchar(10)   not null,
    indicator_code          varchar(64),
    reason                  varchar(2000) not null,
    status                  varchar(10)   not null check (status in ('OPEN', 'UPHELD', 'REJECTED')),
    filed_by                varchar(200)  not null,
    filed_at                timestamptz   not null,
    decision                varchar(10)   check (decision in ('UPHELD', 'REJECTED')),
    resolution_comment      varchar(2000),
    resolved_by             varchar(200),
    resolved_at             timestamptz,
    -- the latest admin correction of the unit's series accepted after the dispute was upheld
    correction_submission_id uuid         references submission (id),
    -- the release revision of the same (framework, period) that followed the correction
    revised_release_id      uuid          references release (id),
    constraint dispute_resolution_ck check ((status = 'OPEN') = (decision is null)),
    constraint dispute_decision_ck check (decision is null or decision = status)
);
create index dispute_framework_period_unit_idx on dispute (framework_code, period, unit_code);
-- the follow-up queries: upheld disputes still waiting for a correction or a revision
create index dispute_awaiting_revision_idx on dispute (framework_code, period) where status = 'UPHELD' and revised_release_id is null;
