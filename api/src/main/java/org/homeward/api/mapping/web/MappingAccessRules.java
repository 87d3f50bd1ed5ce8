package org.homeward.api.mapping.web;

import static org.homeward.infra.identity.AccessRules.roles;
import static org.homeward.infra.identity.Role.MANAGER;
import static org.homeward.infra.identity.Role.WORKER;

import org.homeward.infra.identity.AccessRules;
import org.springframework.stereotype.Component;

/**
 * The risk map is for workers and managers. Partners see it only through a released meeting pack;
 * carers, young people and everyone else are refused before any use case runs.
 */
@Component
class MappingAccessRules implements AccessRules {

    @Override
    public void declare(org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec exchanges) {
        exchanges.pathMatchers("/young-people/*/mapping/**", "/mapping/**", "/organisations/*/mapping/**")
                .hasAnyRole(roles(WORKER, MANAGER));
    }
}
