-- The server's time per statement in one database, from pg_stat_statements (since its last reset):
-- calls, mean execution time, time per submission and shared blocks touched per call, entries of one
-- statement summed (pgbench's connections can plan one statement under two query ids). measure.sh prints
-- it after each PostgreSQL-ceiling run when the server loads the extension (shared_preload_libraries =
-- 'pg_stat_statements'), so the generator's and pgbench's statements compare one by one, and both
-- with the suite's:
--   psql -h 127.0.0.1 -U postgres -d postgres -v db=dti_indicator -f deploy/load-generator/statements.sql
with s as (
  select left(regexp_replace(query, '\s+', ' ', 'g'), 64) statement, sum(calls) calls, sum(total_exec_time) total_ms,
         sum(shared_blks_hit + shared_blks_read) blocks
  from pg_stat_statements join pg_database d on d.oid = dbid
  where d.datname = :'db' and query not in ('BEGIN', 'COMMIT', 'begin', 'commit')
  group by 1),
submissions as (select sum(calls) n from s where statement like 'insert into submission (%')
select * from (
  select calls, round((total_ms / calls)::numeric, 3) mean_ms, round((total_ms / n)::numeric, 3) ms_per_submission,
         round(blocks::numeric / calls, 1) blocks_per_call, statement
  from s, submissions where calls >= n / 2
  union all
  select null, null, round((sum(total_ms) / max(n))::numeric, 3), null, 'all of the above, per submission'
  from s, submissions where calls >= n / 2) t
order by calls is null, ms_per_submission desc;
