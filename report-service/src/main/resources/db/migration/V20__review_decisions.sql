-- Issue 10 part B: the brief's reporting section names, for a framework with requireApproval, the
-- units whose latest submission awaits review and those whose latest submission was returned.
-- Per submission the decision with the latest decidedAt holds (dti.review.decided.v1).
create table review_decision (
    submission_id  uuid          primary key,
    framework_code varchar(64)   not null,
    period         varchar(16)   not null,
    unit_code      varchar(10)   not null,
    decision       varchar(8)    not null check (decision in ('APPROVE', 'RETURN')),
    comment        varchar(2000),
    decided_at     timestamptz   not null
);
create index review_decision_series_idx on review_decision (framework_code, period, unit_code);
