package vn.dti.testing.db;

import java.util.Locale;

/** Names of the test databases, of the services' tests and the end-to-end tests alike. */
public final class TestDatabases {

    private TestDatabases() {
    }

    /**
     * {@code base} with {@code DTI_TEST_DB_SUFFIX} (letters, digits and underscores) appended, so that
     * two builds of the suite on one machine (two checkouts, or a developer's build beside CI) do not
     * share, and wipe, each other's databases.
     */
    public static String name(String base) {
        String suffix = System.getenv().getOrDefault("DTI_TEST_DB_SUFFIX", "");
        if (!suffix.matches("[A-Za-z0-9_]*")) {
            throw new IllegalStateException("DTI_TEST_DB_SUFFIX may hold only letters, digits and underscores: " + suffix);
        }
        return base + suffix.toLowerCase(Locale.ROOT);
    }
}
