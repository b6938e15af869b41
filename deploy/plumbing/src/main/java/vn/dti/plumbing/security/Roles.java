package vn.dti.plumbing.security;

/** The roles of docs/contract.md §3, carried in the token's {@code groups} claim. */
public final class Roles {
    public static final String SUBMITTER = "submitter";
    public static final String REVIEWER = "reviewer";
    public static final String COMMITTEE = "committee";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
