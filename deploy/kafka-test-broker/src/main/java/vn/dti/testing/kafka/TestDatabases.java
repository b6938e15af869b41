package vn.dti.testing.kafka;

/**
 * Names of the test databases. {@code DTI_TEST_DB_SUFFIX} (letters, digits and underscores) is
 * appended to every one, so that two builds of the suite on one machine (two checkouts, or a
 * developer's build beside CI) do not share, and wipe, each other's databases.
 */
public final class TestDatabases {

    private TestDatabases() {
    }

    /** The configured suffix, or "" when none is set. */
    public static String suffix() {
        String suffix = System.getenv().getOrDefault("DTI_TEST_DB_SUFFIX", "");
        if (!suffix.matches("[A-Za-z0-9_]*")) {
            throw new IllegalStateException("DTI_TEST_DB_SUFFIX may hold only letters, digits and underscores: " + suffix);
        }
        return suffix.toLowerCase(java.util.Locale.ROOT);
    }
}
