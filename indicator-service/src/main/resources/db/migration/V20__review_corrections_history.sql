-- Issue 10 part B: review and approval, corrections after closing, who did what.

-- Part A (w3-intake) persists a submission's warnings here; the review list shows them.
ALTER TABLE submission ADD COLUMN IF NOT EXISTS warnings jsonb NOT NULL DEFAULT '[]'::jsonb;

-- Corrections after closesAt (admin only, with a reason).
alter table submission add column correction boolean not null default false;
alter table submission add column correction_reason varchar(2000);

-- The review state of a series lives on its lock row: a review and a racing submission of the same
-- series serialise on it (the submission path locks it first thing; so does a review).
alter table submission_series add column latest_submission_id uuid;
alter table submission_series add column review_status varchar(16) not null default 'SUBMITTED'
    check (review_status in ('SUBMITTED', 'APPROVED', 'RETURNED'));
alter table submission_series add column approved_submission_id uuid;
update submission_series ss set latest_submission_id = (
    select s.id from submission s where s.unit_code = ss.unit_code and s.framework_code = ss.framework_code
       and s.period = ss.period order by s.sequence_no desc limit 1);

-- Every review decision (the history); the latest per series is the series' current review.
create table review (
    id              bigserial     primary key,
    unit_code       varchar(10)   not null,
    framework_code  varchar(64)   not null,
    period          varchar(16)   not null,
    submission_id   uuid          not null references submission (id),
    decision        varchar(8)    not null check (decision in ('APPROVE', 'RETURN')),
    comment         varchar(2000),
    value_comments  jsonb         not null default '[]'::jsonb,
    reviewed_by     varchar(200)  not null,
    reviewed_at     timestamptz   not null
);
create index review_series_idx on review (framework_code, period, unit_code, id desc);

-- Who changed what: written in the same transaction as the change.
create table change_history (
    id          bigserial    primary key,
    entity      varchar(16)  not null check (entity in ('FRAMEWORK', 'PERIOD', 'UNIT')),
    entity_key  varchar(100) not null,
    action      varchar(32)  not null,
    changed_by  varchar(200) not null,
    changed_at  timestamptz  not null,
    detail      jsonb        not null default '{}'::jsonb
);
create index change_history_entity_idx on change_history (entity, entity_key, id);
