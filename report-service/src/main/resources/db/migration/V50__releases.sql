-- Releases (dti.release.published.v1, DESIGN §12): every official revision of a (framework, period) with
-- the standings it froze and, per unit, the submissions its values came from, so that a brief can take
-- every figure from a release while the ranking-service is down. Rows are never updated (idempotent by id).
create table release (
    id             uuid         primary key,
    framework_code varchar(64)  not null,
    period         varchar(16)  not null,
    basis          varchar(16)  not null,
    revision       integer      not null,
    version        integer      not null,
    label          varchar(200) not null,
    note           varchar(2000),
    released_by    varchar(200) not null,
    released_at    timestamptz  not null,
    supersedes     uuid,
    standings      jsonb        not null,
    -- [{unitCode, submissionIds: [...]}] as published
    provenance     jsonb        not null,
    changes        jsonb        not null
);
create index release_series_idx on release (framework_code, period, revision desc);

-- Every submission's values, by submission id: a release names submissions, not values, and the current
-- values move on after it. Submissions consumed before this migration: their current values are all
-- that is left of them.
create table submission_value (
    submission_id  uuid             not null,
    indicator_code varchar(64)      not null,
    framework_code varchar(64)      not null,
    period         varchar(16)      not null,
    unit_code      varchar(10)      not null,
    value          double precision not null,
    received_at    timestamptz      not null,
    late           boolean          not null,
    primary key (submission_id, indicator_code)
);
insert into submission_value (submission_id, indicator_code, framework_code, period, unit_code, value, received_at, late)
select submission_id, indicator_code, framework_code, period, unit_code, value, received_at, late from current_value
on conflict do nothing;

-- A brief made from a release names it (null: made from the latest standings).
alter table brief add column release_id uuid;
alter table brief add column release_revision integer;
alter table brief add column release_label varchar(200);
