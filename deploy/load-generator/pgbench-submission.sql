-- One submission of 20 values as the indicator-service stores it: the statements it runs for a POST
-- /submissions (repository/ classes, in SubmissionService's order, in its three transactions; checked
-- against pg_stat_statements of a running suite on 2026-12-01), for pgbench -M prepared, run by
-- pgbench-ceiling.sh and measure.sh. The same statements as `load-generator run --target postgres`
-- (JdbcSink). Framework DTI-LOAD-20, period 2020; values, the submission id and the idempotency key
-- are derived from random numbers drawn here, so each statement computes the same ones.
-- Needs -D clients=N (the number of clients, -c) and -D k=0.
--
-- Units: each client has its own (client c posts the units c, c + N, c + 2N, ... in turn), so no two
-- clients ever post one unit at once, as the generator's units in turn (request n to unit n % 62) and
-- the suite's provinces: random units made clients wait on each other's series lock (2.3 ms a
-- submission at 16 clients, against 0.1 ms for the generator; pg_stat_statements, 2026-12-01).
\set per (62 + :clients - 1) / :clients
\set j :client_id + :clients * (:k % :per)
\set u 1 + case when :j < 62 then :j else :client_id end
\set k :k + 1
\set a random(1, 2000000000)
\set b random(1, 2000000000)
-- transaction 1: the idempotency lookup (IdempotencyKeyRepository.find). pgbench variables hold numbers,
-- so the same statement also reads the u-th of the 62 provinces of 2020 the generator posts to (all but
-- 96, the freshness probe's) into :unit: a join, not a statement (a round trip) the service does not make.
select p.code as unit, k.location is not null as replayed
  from (select code from unit where valid_from <= date '2020-12-31' and (valid_to is null or valid_to >= date '2020-12-31')
          and code <> '96' order by code offset :u - 1 limit 1) p
  left join idempotency_key k on k.caller = 'submitter-' || p.code and k.idem_key = 'pgbench-' || :a || '-' || :b \gset
-- transaction 2, the checks: the unit (UnitRepository.validOn), the reporting period, the current values
-- (ValueRepository.current) and the other units' values of the submitted indicators, one array per
-- indicator (ValueRepository.peerStats; the service takes their median and MAD in Java)
begin;
select id, code, name, name_en, type, unit_group, region, centrally_run, valid_from, valid_to, predecessor_codes, created_at
  from unit where code = :unit and valid_from <= date '2020-12-31' and (valid_to is null or valid_to >= date '2020-12-31') limit 1;
select framework_code, period, starts_on, ends_on, due_at, closes_at, updated_at from reporting_period
  where framework_code = 'DTI-LOAD-20' and period = '2020';
select indicator_code, value, submission_id, received_at from current_value
  where framework_code = 'DTI-LOAD-20' and period = '2020' and unit_code = :unit
    and indicator_code = any(array(select 'V' || lpad(i::text, 2, '0') from generate_series(1, 20) i));
select indicator_code, array_agg(value) from current_value
  where framework_code = 'DTI-LOAD-20' and period = '2020' and unit_code <> :unit
    and indicator_code = any(array(select 'V' || lpad(i::text, 2, '0') from generate_series(1, 20) i))
  group by indicator_code;
commit;
-- transaction 3, the write
begin;
-- the series lock (SeriesRepository.lockNext)
insert into submission_series (unit_code, framework_code, period, submissions) values (:unit, 'DTI-LOAD-20', '2020', 1)
  on conflict (unit_code, framework_code, period) do update set submissions = submission_series.submissions + 1
  returning submissions as seq \gset
-- what the submission supersedes, read again under the lock (ValueRepository.current)
select indicator_code, value, submission_id, received_at from current_value
  where framework_code = 'DTI-LOAD-20' and period = '2020' and unit_code = :unit
    and indicator_code = any(array(select 'V' || lpad(i::text, 2, '0') from generate_series(1, 20) i));
insert into submission (id, unit_code, framework_code, period, sequence_no, received_at, late, submitted_by, media_type, warnings)
  values (md5(:a || '-' || :b)::uuid, :unit, 'DTI-LOAD-20', '2020', :seq, now(), false,
          'submitter-' || cast(:unit as varchar), 'application/json', '[]'::jsonb);
-- the series is the one to review now (ReviewRepository.submitted)
update submission_series set latest_submission_id = md5(:a || '-' || :b)::uuid, review_status = 'SUBMITTED'
  where unit_code = :unit and framework_code = 'DTI-LOAD-20' and period = '2020';
-- the 20 values with what they supersede (the service passes the looked-up ones; here a join reads them again)
insert into submission_value (submission_id, position, indicator_code, value, note, superseded_submission_id, superseded_value)
  select md5(:a || '-' || :b)::uuid, i - 1, 'V' || lpad(i::text, 2, '0'), ((:a::bigint * (i + 7)) % 10000) / 10000.0, null,
         cv.submission_id, cv.value
  from generate_series(1, 20) i
  left join current_value cv on cv.framework_code = 'DTI-LOAD-20' and cv.period = '2020'
        and cv.unit_code = :unit and cv.indicator_code = 'V' || lpad(i::text, 2, '0');
insert into current_value (unit_code, framework_code, period, indicator_code, value, note, submission_id, received_at, late)
  select :unit, 'DTI-LOAD-20', '2020', 'V' || lpad(i::text, 2, '0'), ((:a::bigint * (i + 7)) % 10000) / 10000.0,
         null, md5(:a || '-' || :b)::uuid, now(), false
  from generate_series(1, 20) i
  on conflict (framework_code, period, unit_code, indicator_code) do update
  set value = excluded.value, note = excluded.note, submission_id = excluded.submission_id, received_at = excluded.received_at,
      late = excluded.late;
-- the event (the transactional outbox) and the stored answer (IdempotencyKeyRepository.insertIfAbsent), ~1.2 kB of JSON each
insert into outbox_event (event_id, aggregate_type, aggregate_id, topic, event_key, event_type, payload, occurred_at, traceparent)
  select md5(:b || '-' || :a)::uuid, 'submission', md5(:a || '-' || :b)::uuid::text, 'dti.submissions', :unit,
         'dti.submission.accepted.v1', j, now(), null
  from (select json_build_object('submissionId', md5(:a || '-' || :b)::uuid, 'unitCode', cast(:unit as varchar),
          'frameworkCode', 'DTI-LOAD-20', 'period', '2020', 'receivedAt', now(), 'late', false,
          'values', json_agg(json_build_object('indicatorCode', 'V' || lpad(i::text, 2, '0'),
                                               'value', ((:a::bigint * (i + 7)) % 10000) / 10000.0))) j
        from generate_series(1, 20) i) body;
insert into idempotency_key (caller, idem_key, request_hash, response_status, response_body, location)
  select 'submitter-' || cast(:unit as varchar), 'pgbench-' || :a || '-' || :b, md5(:b::text), 201, j,
         '/api/v1/submissions/' || md5(:a || '-' || :b)::uuid
  from (select jsonb_build_object('submissionId', md5(:a || '-' || :b)::uuid, 'unitCode', cast(:unit as varchar),
          'frameworkCode', 'DTI-LOAD-20', 'period', '2020', 'receivedAt', now(), 'late', false,
          'values', jsonb_agg(jsonb_build_object('indicatorCode', 'V' || lpad(i::text, 2, '0'),
                                                 'value', ((:a::bigint * (i + 7)) % 10000) / 10000.0))) j
        from generate_series(1, 20) i) body
  on conflict do nothing;
commit;
