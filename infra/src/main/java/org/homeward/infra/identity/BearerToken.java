package org.homeward.infra.identity;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A bearer token as presented, not yet verified. */
final class BearerToken extends AbstractAuthenticationToken {

    private final String token;

    BearerToken(String token) {
        super(List.of());
        this.token = token;
    }

    @Override
    public Object getCredentials() {
        return token;
    }

    @Override
    public Object getPrincipal() {
        return token;
    }
}
