package vn.dti.plumbing.security;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * SmallRye JWT checks a token's signature, issuer, audience, expiry, lifetime
 * ({@code smallrye.jwt.time-to-live}) and age ({@code mp.jwt.verify.token.age}), but takes an issue
 * time in the future as it comes: a token "issued" tomorrow would then stay usable for as long as its
 * lifetime after that. This refuses it (401), with the same clock skew as the other checks.
 */
@ApplicationScoped
public class IssuedAtCheck implements SecurityIdentityAugmentor {

    @ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "60")
    long skewSeconds;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            long issuedAt = jwt.getIssuedAtTime();
            if (issuedAt > System.currentTimeMillis() / 1000 + skewSeconds) {
                return Uni.createFrom().failure(new AuthenticationFailedException("the token's iat is in the future"));
            }
        }
        return Uni.createFrom().item(identity);
    }
}
