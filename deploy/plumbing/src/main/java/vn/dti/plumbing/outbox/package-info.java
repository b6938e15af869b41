/**
 * The transactional outbox and its relay to Kafka, for the services that publish events; a
 * service that publishes nothing excludes this package from bean discovery
 * ({@code quarkus.arc.exclude-types}).
 */
package vn.dti.plumbing.outbox;
