package org.homeward.api.quality.web;

import static org.homeward.infra.identity.AccessRules.roles;
import static org.homeward.infra.identity.Role.CARER;
import static org.homeward.infra.identity.Role.MANAGER;
import static org.homeward.infra.identity.Role.WORKER;

import org.homeward.infra.identity.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.stereotype.Component;

/**
 * Which roles call which quality assurance endpoint; which organisation or interview, in
 * {@code QualityAccess} (404 otherwise). Interviewers (workers, managers, or a carer the child asked for)
 * read and acknowledge their own assessments, amend a returned record and read its versions; the rest is
 * for managers.
 */
@Component
class QualityAccessRules implements AccessRules {

    @Override
    public void declare(ServerHttpSecurity.AuthorizeExchangeSpec exchanges) {
        exchanges
                .pathMatchers(HttpMethod.GET, "/me/quality-assessments").hasAnyRole(roles(WORKER, MANAGER, CARER))
                .pathMatchers(HttpMethod.POST, "/quality/assessments/*/acknowledge")
                        .hasAnyRole(roles(WORKER, MANAGER, CARER))
                .pathMatchers(HttpMethod.PUT, "/quality/items/*/amendment").hasAnyRole(roles(WORKER, MANAGER, CARER))
                .pathMatchers(HttpMethod.GET, "/quality/items/*/versions").hasAnyRole(roles(WORKER, MANAGER, CARER))
                .pathMatchers("/quality/**", "/organisations/*/quality/**").hasAnyRole(roles(MANAGER));
    }
}
