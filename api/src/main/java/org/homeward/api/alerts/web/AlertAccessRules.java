package org.homeward.api.alerts.web;

import static org.homeward.infra.identity.AccessRules.roles;
import static org.homeward.infra.identity.Role.ADMIN;
import static org.homeward.infra.identity.Role.CARER;
import static org.homeward.infra.identity.Role.MANAGER;
import static org.homeward.infra.identity.Role.WORKER;
import static org.homeward.infra.identity.Role.YOUNG_PERSON;

import org.homeward.infra.identity.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.stereotype.Component;

/** Alerts for those who may see the young person; acting on them for carers and workers. */
@Component
class AlertAccessRules implements AccessRules {

    @Override
    public void declare(ServerHttpSecurity.AuthorizeExchangeSpec exchanges) {
        exchanges
                .pathMatchers(HttpMethod.POST, "/sms/status").permitAll()
                .pathMatchers(HttpMethod.GET, "/young-people/*/alerts", "/alerts/*")
                        .hasAnyRole(roles(YOUNG_PERSON, CARER, WORKER))
                .pathMatchers(HttpMethod.POST, "/alerts/*/acknowledge", "/alerts/*/missing")
                        .hasAnyRole(roles(CARER, WORKER))
                .pathMatchers(HttpMethod.PUT, "/organisations/*/escalation").hasAnyRole(roles(ADMIN, MANAGER))
                .pathMatchers(HttpMethod.GET, "/organisations/*/escalation").hasAnyRole(roles(ADMIN, MANAGER, WORKER))
                .pathMatchers(HttpMethod.GET, "/me/notifications").authenticated();
    }
}
