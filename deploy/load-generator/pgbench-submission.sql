-- One submission of 20 values as the indicator-service stores it (the SQL of its repository/ classes,
-- in the order SubmissionService runs it), for pgbench -M prepared; run by pgbench-ceiling.sh.
-- The same statements as `load-generator run --target postgres` (JdbcSink). Units 01..62 in turn
-- at random, framework DTI-LOAD-20, period 2020. Values, the submission id and the idempotency key
-- are derived from random numbers drawn here, so each statement computes the same ones.
\set u random(1, 62)
\set a random(1, 2000000000)
\set b random(1, 2000000000)
-- before the write transaction: the idempotency lookup (IdempotencyKeyRepository.find)
select request_hash, response_status, cast(response_body as varchar), location
  from idempotency_key where caller = 'submitter-' || lpad(:u::text, 2, '0') and idem_key = 'pgbench-' || :a || '-' || :b;
-- ... and the other units' values of the submitted indicators, one array per indicator (ValueRepository.peerStats;
-- the service takes their median and MAD in Java)
select indicator_code, array_agg(value) from current_value
  where framework_code = 'DTI-LOAD-20' and period = '2020' and unit_code <> lpad(:u::text, 2, '0')
    and indicator_code = any(array(select 'V' || lpad(i::text, 2, '0') from generate_series(1, 20) i))
  group by indicator_code;
begin;
-- the series lock (SeriesRepository.next)
insert into submission_series (unit_code, framework_code, period, submissions) values (lpad(:u::text, 2, '0'), 'DTI-LOAD-20', '2020', 1)
  on conflict (unit_code, framework_code, period) do update set submissions = submission_series.submissions + 1
  returning submissions as seq \gset
-- what the submission supersedes (ValueRepository.current)
select indicator_code, value, submission_id, received_at from current_value
  where framework_code = 'DTI-LOAD-20' and period = '2020' and unit_code = lpad(:u::text, 2, '0')
    and indicator_code = any(array(select 'V' || lpad(i::text, 2, '0') from generate_series(1, 20) i));
insert into submission (id, unit_code, framework_code, period, sequence_no, received_at, late, submitted_by, media_type)
  values (md5(:a || '-' || :b)::uuid, lpad(:u::text, 2, '0'), 'DTI-LOAD-20', '2020', :seq, now(), false,
          'submitter-' || lpad(:u::text, 2, '0'), 'application/json');
-- the 20 values with what they supersede (the service passes the looked-up ones; here a join reads them again)
insert into submission_value (submission_id, position, indicator_code, value, note, superseded_submission_id, superseded_value)
  select md5(:a || '-' || :b)::uuid, i - 1, 'V' || lpad(i::text, 2, '0'), ((:a::bigint * (i + 7)) % 10000) / 10000.0, null,
         cv.submission_id, cv.value
  from generate_series(1, 20) i
  left join current_value cv on cv.framework_code = 'DTI-LOAD-20' and cv.period = '2020'
        and cv.unit_code = lpad(:u::text, 2, '0') and cv.indicator_code = 'V' || lpad(i::text, 2, '0');
insert into current_value (unit_code, framework_code, period, indicator_code, value, note, submission_id, received_at, late)
  select lpad(:u::text, 2, '0'), 'DTI-LOAD-20', '2020', 'V' || lpad(i::text, 2, '0'), ((:a::bigint * (i + 7)) % 10000) / 10000.0,
         null, md5(:a || '-' || :b)::uuid, now(), false
  from generate_series(1, 20) i
  on conflict (framework_code, period, unit_code, indicator_code) do update
  set value = excluded.value, submission_id = excluded.submission_id, received_at = excluded.received_at;
-- the stored answer (IdempotencyKeyRepository.save) and the event (the transactional outbox), ~1.2 kB of JSON each
insert into idempotency_key (caller, idem_key, request_hash, response_status, response_body, location)
  select 'submitter-' || lpad(:u::text, 2, '0'), 'pgbench-' || :a || '-' || :b, md5(:b::text), 201, j, '/api/v1/submissions/' || md5(:a || '-' || :b)::uuid
  from (select jsonb_build_object('submissionId', md5(:a || '-' || :b)::uuid, 'unitCode', lpad(:u::text, 2, '0'),
          'frameworkCode', 'DTI-LOAD-20', 'period', '2020', 'receivedAt', now(), 'late', false,
          'values', jsonb_agg(jsonb_build_object('indicatorCode', 'V' || lpad(i::text, 2, '0'),
                                                 'value', ((:a::bigint * (i + 7)) % 10000) / 10000.0))) j
        from generate_series(1, 20) i) body
  on conflict do nothing;
insert into outbox_event (event_id, aggregate_type, aggregate_id, topic, event_key, event_type, payload, occurred_at)
  select md5(:b || '-' || :a)::uuid, 'submission', md5(:a || '-' || :b)::uuid::text, 'dti.submissions', lpad(:u::text, 2, '0'),
         'dti.submission.accepted.v1', response_body, now()
  from idempotency_key where caller = 'submitter-' || lpad(:u::text, 2, '0') and idem_key = 'pgbench-' || :a || '-' || :b;
commit;
