-- Retention (vn.dti.plumbing.retention) finds old sent outbox rows and old processed-event ids
-- without reading the whole tables.
create index outbox_published_at_idx on outbox_event (published_at) where published_at is not null;
create index processed_event_processed_at_idx on processed_event (processed_at);
