package vn.dti.plumbing.security;

import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling, as the bearer token says (docs/contract.md §3): name, roles and the unit claim. Each
 * service's request-scoped {@code Caller} extends this with its own access rules.
 */
public abstract class CallerIdentity {

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

    /** The unit a submitter acts for (claim {@code unit}), or null. */
    public String unit() {
        Object claim = jwt.getClaim("unit");
        return claim == null ? null : claim.toString().replace("\"", "");
    }
}
