package org.homeward.api.episodes.web;

import static org.homeward.infra.identity.AccessRules.roles;
import static org.homeward.infra.identity.Role.ADMIN;
import static org.homeward.infra.identity.Role.CARER;
import static org.homeward.infra.identity.Role.MANAGER;
import static org.homeward.infra.identity.Role.WORKER;

import org.homeward.infra.identity.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.stereotype.Component;

/**
 * Missing episodes are worked by carers, workers and managers (which episode, by relationship or
 * alert, is decided in {@code EpisodeAccess}); grading risk and recording a strategy discussion
 * by workers and managers; the DfE return and the organisation's rules by its managers.
 */
@Component
class EpisodeAccessRules implements AccessRules {

    @Override
    public void declare(ServerHttpSecurity.AuthorizeExchangeSpec exchanges) {
        exchanges
                .pathMatchers(HttpMethod.POST, "/missing-episodes/*/risk-assessments", "/strategy-discussions/*/held")
                        .hasAnyRole(roles(WORKER, MANAGER))
                .pathMatchers(HttpMethod.GET, "/organisations/*/returns/ssda903/missing.csv").hasAnyRole(roles(MANAGER))
                .pathMatchers(HttpMethod.PUT, "/organisations/*/missing-policy").hasAnyRole(roles(ADMIN, MANAGER))
                .pathMatchers(HttpMethod.GET, "/organisations/*/missing-policy")
                        .hasAnyRole(roles(ADMIN, MANAGER, WORKER))
                .pathMatchers("/missing-episodes/**", "/young-people/*/missing-episodes",
                        "/young-people/*/strategy-discussions", "/organisations/*/missing-episodes",
                        "/young-people/*/philomena", "/young-people/*/philomena/photo")
                        .hasAnyRole(roles(CARER, WORKER, MANAGER));
    }
}
