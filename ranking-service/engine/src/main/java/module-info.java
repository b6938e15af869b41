/**
 * The scoring engine reads nothing but java.base: no {@code requires}, so an import of any other
 * module (Quarkus, Jackson, JDBC, even java.sql) does not compile. ImportsTest adds a check on the
 * sources, so the rule also holds when the jar is used on a class path.
 */
module vn.dti.ranking.engine {
    exports vn.dti.ranking.engine;
}
