package vn.dti.ranking.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import vn.dti.ranking.problem.ProblemException;

/** Who is calling, and which unit's profile they may read. */
@RequestScoped
public class Caller {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken jwt;

    public boolean is(String role) {
        return identity.hasRole(role);
    }

    /** The unit a submitter acts for (claim {@code unit}), or null. */
    public String unit() {
        Object claim = jwt.getClaim("unit");
        return claim == null ? null : claim.toString().replace("\"", "");
    }

    /**
     * Committee, reviewers and admins read every unit's profile; a submitter only its own unit's
     * (a profile exposes the unit's raw values, which only its own submitter may see).
     */
    public void requireProfileOf(String unitCode) {
        if (is(Roles.ADMIN) || is(Roles.COMMITTEE) || is(Roles.REVIEWER)) {
            return;
        }
        if (is(Roles.SUBMITTER) && unitCode.equals(unit())) {
            return;
        }
        throw ProblemException.forbidden(is(Roles.SUBMITTER)
                ? "Your token is for unit " + unit() + "; it cannot read the profile of unit " + unitCode + "."
                : "Your role may not read unit profiles.");
    }
}
