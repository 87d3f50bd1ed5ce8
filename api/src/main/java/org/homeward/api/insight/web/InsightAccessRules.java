package org.homeward.api.insight.web;

import static org.homeward.infra.identity.AccessRules.roles;
import static org.homeward.infra.identity.Role.MANAGER;

import org.homeward.infra.identity.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.stereotype.Component;

/** Cohort insight and the lists behind it are for managers (of the organisation: {@code ManagersOnly}). */
@Component
class InsightAccessRules implements AccessRules {

    @Override
    public void declare(ServerHttpSecurity.AuthorizeExchangeSpec exchanges) {
        exchanges.pathMatchers(HttpMethod.GET, "/organisations/*/insight", "/organisations/*/insight/**")
                .hasAnyRole(roles(MANAGER));
    }
}
