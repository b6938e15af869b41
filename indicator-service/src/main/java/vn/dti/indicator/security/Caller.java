package vn.dti.indicator.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import vn.dti.indicator.problem.ProblemException;

/** Who is calling, and which unit's data they may touch. */
@RequestScoped
public class Caller {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken jwt;

    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public boolean is(String role) {
        return identity.hasRole(role);
    }

    /** True when the caller may read or write every unit's submissions. */
    public boolean seesAllUnits() {
        return is(Roles.ADMIN) || is(Roles.REVIEWER);
    }

    /** The unit a submitter acts for (claim {@code unit}), or null. */
    public String unit() {
        Object claim = jwt.getClaim("unit");
        return claim == null ? null : claim.toString().replace("\"", "");
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
