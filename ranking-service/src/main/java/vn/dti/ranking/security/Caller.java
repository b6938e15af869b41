package vn.dti.ranking.security;

import jakarta.enterprise.context.RequestScoped;

import vn.dti.plumbing.problem.ProblemException;
import vn.dti.plumbing.security.CallerIdentity;
import vn.dti.plumbing.security.Roles;

/** Who is calling, and which unit's profile they may read. */
@RequestScoped
public class Caller extends CallerIdentity {

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
