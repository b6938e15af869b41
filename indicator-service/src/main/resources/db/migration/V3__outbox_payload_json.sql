-- The outbox keeps the payload as the text that was written (json, not jsonb), as ranking-service's
-- does: the relay publishes those exact bytes, and both services share one outbox (deploy/plumbing).
alter table outbox_event alter column payload type json using payload::json;
