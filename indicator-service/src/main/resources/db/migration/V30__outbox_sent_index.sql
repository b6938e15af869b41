-- Retention (vn.dti.plumbing.retention.OutboxRetention) finds sent rows older than its cutoff
-- without reading the whole table.
create index outbox_published_at_idx on outbox_event (published_at) where published_at is not null;
