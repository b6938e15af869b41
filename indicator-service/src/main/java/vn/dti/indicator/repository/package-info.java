/**
 * Every query of the indicator-service, and nothing else: services call these classes and never
 * the entities' own finders or the EntityManager.
 * <p>
 * One style, two tools, chosen by whether an entity exists:
 * <ul>
 * <li>Reference data with an entity (units, frameworks, reporting periods) goes through a
 * {@code PanacheRepository}/{@code PanacheRepositoryBase} class. The entities extend
 * {@code PanacheEntityBase} only for their generated accessors; no active-record call is made.</li>
 * <li>The submission tables have no entity: a submission is written with a few set-based
 * statements ({@code unnest} arrays, {@code on conflict} upserts, the series row lock) and read
 * into views with a fixed number of queries. That SQL is native PostgreSQL run on the
 * transaction's own JDBC connection ({@link vn.dti.indicator.repository.Jdbc}), one repository
 * per table it owns: {@code SeriesRepository}, {@code SubmissionRepository},
 * {@code ValueRepository}, {@code IdempotencyKeyRepository}.</li>
 * </ul>
 * The outbox writes its own row (package {@code outbox}, shared plumbing).
 */
package vn.dti.indicator.repository;
