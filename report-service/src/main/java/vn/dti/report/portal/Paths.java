package vn.dti.report.portal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Codes from people and pages placed safely into API paths and queries. */
public final class Paths {

    private Paths() {
    }

    /** One path segment: a code like "DTI-PROVINCE" stays as it is, anything else is percent-encoded. */
    public static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A query value. */
    public static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
