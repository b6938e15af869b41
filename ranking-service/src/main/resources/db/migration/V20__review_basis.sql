-- Issue 10 part B: standings on two bases (DESIGN §11). `submitted` counts every accepted value
-- (current_value, as before); `approved` counts, per series (framework, period, unit), the values as
-- of its latest approved submission: per indicator the value of the latest submission received up
-- to and including the approved one. For that the read model keeps every submission's values keyed
-- by submission id with their received order, and the latest review decision per submission.

create table received_submission (
    submission_id  uuid        primary key,
    framework_code varchar(64) not null,
    period         varchar(16) not null,
    unit_code      varchar(10) not null,
    received_at    timestamptz not null
);
create index received_submission_series_idx on received_submission (framework_code, period, unit_code, received_at desc, submission_id desc);

create table received_value (
    submission_id  uuid             not null,
    indicator_code varchar(64)      not null,
    value          double precision not null,
    primary key (submission_id, indicator_code)
);

-- The latest decision per submission (dti.review.decided.v1; a later decidedAt wins). No foreign key:
-- a decision may be applied before its submission (it then counts once the submission arrives).
create table review_decision (
    submission_id  uuid        primary key,
    framework_code varchar(64) not null,
    period         varchar(16) not null,
    unit_code      varchar(10) not null,
    decision       varchar(8)  not null check (decision in ('APPROVE', 'RETURN')),
    decided_at     timestamptz not null
);
create index review_decision_series_idx on review_decision (framework_code, period, unit_code);

-- Submissions consumed before this version: their current values are all that is left of them.
insert into received_submission (submission_id, framework_code, period, unit_code, received_at)
select distinct on (submission_id) submission_id, framework_code, period, unit_code, received_at from current_value
order by submission_id
on conflict do nothing;
insert into received_value (submission_id, indicator_code, value)
select submission_id, indicator_code, value from current_value
on conflict do nothing;

alter table framework add column require_approval boolean not null default false;
update framework set require_approval = coalesce((document ->> 'requireApproval')::boolean, false);

-- One latest version per (framework, period, basis); versions are numbered per basis.
alter table standings add column basis varchar(16) not null default 'submitted' check (basis in ('submitted', 'approved'));
alter table standings drop constraint standings_pkey;
alter table standings add primary key (framework_code, period, basis);
