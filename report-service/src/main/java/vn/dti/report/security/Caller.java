package vn.dti.report.security;

import jakarta.enterprise.context.RequestScoped;

import vn.dti.plumbing.security.CallerIdentity;
import vn.dti.plumbing.security.Roles;

/** Who is calling: recorded as the author of a brief; report-service has no unit-level rules. */
@RequestScoped
public class Caller extends CallerIdentity {

    /** Draft briefs are seen by committee and admin only (DESIGN §3, §12). */
    public boolean readsDrafts() {
        return is(Roles.COMMITTEE) || is(Roles.ADMIN);
    }
}
