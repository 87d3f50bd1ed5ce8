package org.homeward.infra.identity;

import org.springframework.security.config.web.server.ServerHttpSecurity;

/**
 * A feature's declaration of which roles may call which of its endpoints. Infra applies every
 * feature's rules in one security chain and denies whatever nobody declared. Relationship checks
 * (may this carer see this child?) live in the features' use cases and answer 404.
 */
@FunctionalInterface
public interface AccessRules {

    void declare(ServerHttpSecurity.AuthorizeExchangeSpec exchanges);

    /** Spring Security role names for the given roles, for {@code hasAnyRole(...)}. */
    static String[] roles(Role... roles) {
        String[] names = new String[roles.length];
        for (int i = 0; i < roles.length; i++) {
            names[i] = roles[i].authority();
        }
        return names;
    }
}
