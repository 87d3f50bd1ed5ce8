package org.homeward.api.help.web;

import static org.homeward.infra.identity.AccessRules.roles;
import static org.homeward.infra.identity.Role.CARER;
import static org.homeward.infra.identity.Role.WORKER;
import static org.homeward.infra.identity.Role.YOUNG_PERSON;

import org.homeward.infra.identity.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.stereotype.Component;

/** Young people raise and follow their own requests; carers and workers respond. */
@Component
class HelpAccessRules implements AccessRules {

    @Override
    public void declare(ServerHttpSecurity.AuthorizeExchangeSpec exchanges) {
        exchanges
                .pathMatchers(HttpMethod.POST, "/help-requests", "/help-requests/*/safe", "/help-requests/*/answers")
                        .hasAnyRole(roles(YOUNG_PERSON))
                .pathMatchers(HttpMethod.GET, "/help-requests/*/location-views").hasAnyRole(roles(YOUNG_PERSON))
                .pathMatchers(HttpMethod.GET, "/help-requests", "/help-requests/*")
                        .hasAnyRole(roles(YOUNG_PERSON, CARER, WORKER))
                .pathMatchers(HttpMethod.GET, "/help-requests/*/location").hasAnyRole(roles(CARER, WORKER))
                .pathMatchers(HttpMethod.POST, "/help-requests/*/acknowledge", "/help-requests/*/notes",
                        "/help-requests/*/questions", "/help-requests/*/close").hasAnyRole(roles(CARER, WORKER));
    }
}
