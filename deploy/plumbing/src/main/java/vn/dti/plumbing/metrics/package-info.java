/**
 * Freshness metrics: how long data took from one hop of its way to the next, measured from
 * timestamps that travel with it (an outbox row's creation, an event's CloudEvent {@code time}).
 */
package vn.dti.plumbing.metrics;
