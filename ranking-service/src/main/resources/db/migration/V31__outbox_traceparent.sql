-- The W3C traceparent of the request or event that wrote the row (null when not traced): the relay
-- sends it as the record's traceparent header, so the trace continues in the consumers.
alter table outbox_event add column traceparent varchar(55);
