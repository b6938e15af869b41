/**
 * Every query of the indicator-service, and nothing else: services call these classes and never
 * run SQL themselves.
 * <p>
 * One tool: native PostgreSQL through {@code PreparedStatement}s on a connection of the datasource
 * ({@link vn.dti.indicator.repository.Jdbc}), which inside a {@code @Transactional} method is the
 * transaction's own connection. One repository per table it owns:
 * <ul>
 * <li>Reference data ({@code UnitRepository}, {@code FrameworkRepository},
 * {@code ReportingPeriodRepository}) maps its rows by hand to the plain classes of package
 * {@code domain}. There is no ORM: a changed object is written by an explicit {@code update},
 * a new one by {@code insert}, and row locks are explicit {@code for no key update} selects.</li>
 * <li>The submission tables are written with a few set-based statements ({@code unnest} arrays,
 * {@code on conflict} upserts, the series row lock) and read into views with a fixed number of
 * queries: {@code SeriesRepository}, {@code SubmissionRepository}, {@code ValueRepository},
 * {@code IdempotencyKeyRepository}.</li>
 * </ul>
 * The outbox writes its own row (package {@code outbox}, shared plumbing) on the same transaction's
 * connection, so a change and its event commit together.
 */
package vn.dti.indicator.repository;
