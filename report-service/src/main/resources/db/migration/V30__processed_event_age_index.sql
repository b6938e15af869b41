-- Retention (vn.dti.plumbing.retention.ProcessedEventsRetention) finds old processed-event ids
-- without reading the whole table.
create index processed_event_processed_at_idx on processed_event (processed_at);
