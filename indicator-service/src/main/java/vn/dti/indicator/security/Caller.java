package vn.dti.indicator.security;

import jakarta.enterprise.context.RequestScoped;

import vn.dti.plumbing.problem.ProblemException;
import vn.dti.plumbing.security.CallerIdentity;
import vn.dti.plumbing.security.Roles;

/** Who is calling, and which unit's data they may touch. */
@RequestScoped
public class Caller extends CallerIdentity {

    /** True when the caller may read or write every unit's submissions. */
    public boolean seesAllUnits() {
        return is(Roles.ADMIN) || is(Roles.REVIEWER);
    }

    /** A submitter may only act for its own unit; admins (and, for reads, reviewers) for all. */
    public void requireUnit(String unitCode, boolean write) {
        if (is(Roles.ADMIN) || (!write && is(Roles.REVIEWER))) {
            return;
        }
        if (is(Roles.SUBMITTER) && unit() != null && unit().equals(unitCode)) {
            return;
        }
        throw ProblemException.forbidden(is(Roles.SUBMITTER)
                ? "Your token is for unit " + unit() + "; it cannot " + (write ? "submit" : "read") + " data of unit " + unitCode + "."
                : "Your role may not " + (write ? "submit" : "read") + " submissions.");
    }
}
