package vn.dti.report.portal.session;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import vn.dti.plumbing.security.Roles;

/**
 * The person signed in to the portal: user name, roles (the token's {@code groups}) and unit (claim
 * {@code unit}), from the OIDC code flow's ID token, and the access token the portal forwards to the
 * APIs. Templates reach it as {@code inject:viewer}.
 */
@Named("viewer")
@RequestScoped
public class Viewer {

    /** Most powerful first: the role a page names when a person has several. */
    private static final List<String> ROLE_ORDER = List.of(Roles.ADMIN, Roles.COMMITTEE, Roles.REVIEWER, Roles.SUBMITTER);

    @Inject
    SecurityIdentity identity;

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    public String name() {
        return signedIn() ? identity.getPrincipal().getName() : "";
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean is(String role) {
        return identity.hasRole(role);
    }

    /** The role shown next to the name: the most powerful of the person's roles, or empty. */
    public String role() {
        return ROLE_ORDER.stream().filter(this::is).findFirst().orElse("");
    }

    public boolean isCommittee() {
        return is(Roles.COMMITTEE) || is(Roles.ADMIN);
    }

    public boolean isReviewer() {
        return is(Roles.REVIEWER) || is(Roles.ADMIN);
    }

    public boolean isSubmitter() {
        return is(Roles.SUBMITTER);
    }

    /** The unit a submitter acts for (claim {@code unit}), or null. */
    public String unit() {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object unit = token.getClaim("unit");
            return unit == null ? null : unit.toString().replace("\"", "");
        }
        return null;
    }

    /** The access token of the sign-in (audience dti-suite), sent to the APIs as the bearer token; null if none. */
    public String accessToken() {
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        return credential == null ? null : credential.getToken();
    }
}
