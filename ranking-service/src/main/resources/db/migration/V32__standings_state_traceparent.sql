-- The W3C traceparent of the latest submission that dirtied a (framework, period), when it was
-- traced: the recompute continues that trace, so its standings event joins the submission's trace.
alter table standings_state add column traceparent varchar(55);
