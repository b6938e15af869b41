/**
 * The one consumer loop of the services that keep a read model: parse, apply once per
 * {@code ce_id}, dead-letter poison records, commit. A service supplies an {@link vn.dti.plumbing.messaging.EventHandler};
 * a service that consumes nothing excludes this package from bean discovery
 * ({@code quarkus.arc.exclude-types}).
 */
package vn.dti.plumbing.messaging;
