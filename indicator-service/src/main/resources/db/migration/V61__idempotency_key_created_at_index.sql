-- Retention (IdempotencyKeyRetention) deletes keys older than dti.retention.idempotency-keys.age;
-- created_at only grows, so the index is appended at its right edge and costs a submission little.
create index idempotency_key_created_at_idx on idempotency_key (created_at);
