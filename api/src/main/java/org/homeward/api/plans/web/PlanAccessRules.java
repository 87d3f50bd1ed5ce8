package org.homeward.api.plans.web;

import static org.homeward.infra.identity.AccessRules.roles;
import static org.homeward.infra.identity.Role.CARER;
import static org.homeward.infra.identity.Role.WORKER;
import static org.homeward.infra.identity.Role.YOUNG_PERSON;

import org.homeward.infra.identity.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.stereotype.Component;

/** Plans are for the young person, their carers and (reading) their workers. */
@Component
class PlanAccessRules implements AccessRules {

    @Override
    public void declare(ServerHttpSecurity.AuthorizeExchangeSpec exchanges) {
        exchanges
                .pathMatchers(HttpMethod.POST, "/plans", "/plans/*/cancel").hasAnyRole(roles(YOUNG_PERSON, CARER))
                .pathMatchers(HttpMethod.POST, "/plans/*/agree", "/plans/*/counter", "/plans/*/extension/grant",
                        "/plans/*/extension/refuse").hasAnyRole(roles(CARER))
                .pathMatchers(HttpMethod.POST, "/plans/*/accept", "/plans/*/decline", "/plans/*/check-ins")
                        .hasAnyRole(roles(YOUNG_PERSON))
                .pathMatchers(HttpMethod.GET, "/plans/*/location-views").hasAnyRole(roles(YOUNG_PERSON))
                .pathMatchers(HttpMethod.GET, "/plans/*", "/plans/*/check-ins", "/plans/*/locations",
                        "/young-people/*/plans", "/young-people/*/going-out-rules")
                        .hasAnyRole(roles(YOUNG_PERSON, CARER, WORKER))
                .pathMatchers(HttpMethod.PUT, "/young-people/*/going-out-rules").hasAnyRole(roles(CARER));
    }
}
