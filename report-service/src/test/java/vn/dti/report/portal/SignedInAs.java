package vn.dti.report.portal;

import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;

import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.security.TestSecurityIdentityAugmentor;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import vn.dti.testing.jwt.TestTokens;

/**
 * Stands in what the code flow gives a portal request, for a {@code @TestSecurity} person: a token
 * principal (upn, groups, unit) and the access token the portal forwards, here one the services under
 * test accept (TestTokens: the role of the test, the unit of its {@code unit} attribute).
 */
@ApplicationScoped
public class SignedInAs implements TestSecurityIdentityAugmentor {

    @Override
    public SecurityIdentity augment(SecurityIdentity identity, Annotation[] annotations) {
        if (identity.isAnonymous() || identity.getRoles().isEmpty()) {
            return identity;
        }
        String role = identity.getRoles().iterator().next();
        String unit = identity.getAttribute("unit");
        String token = TestTokens.token(role, unit);
        try {
            String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
            return QuarkusSecurityIdentity.builder(identity)
                    .setPrincipal(new DefaultJWTCallerPrincipal(token, JwtClaims.parse(payload)))
                    .addCredential(new AccessTokenCredential(token)).build();
        } catch (InvalidJwtException e) {
            throw new IllegalStateException(e);
        }
    }
}
