package org.homeward.api.interviews.web;

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

/**
 * Which roles call which interview endpoint; which interview, by relationship, is decided in
 * {@code InterviewAccess} (404 otherwise). The child answers their offer, corrects what was agreed and
 * gives feedback; carers fill in the carer form; staff arrange and record.
 */
@Component
class InterviewAccessRules implements AccessRules {

    @Override
    public void declare(ServerHttpSecurity.AuthorizeExchangeSpec exchanges) {
        exchanges
                .pathMatchers(HttpMethod.POST, "/interviews/*/accept", "/interviews/*/decline",
                        "/interviews/*/summary/corrections").hasAnyRole(roles(YOUNG_PERSON))
                .pathMatchers(HttpMethod.PUT, "/interviews/*/feedback").hasAnyRole(roles(YOUNG_PERSON))
                .pathMatchers(HttpMethod.GET, "/interviews/*/feedback").hasAnyRole(roles(YOUNG_PERSON, WORKER, MANAGER))
                .pathMatchers(HttpMethod.POST, "/interviews/*/carer-information").hasAnyRole(roles(CARER))
                .pathMatchers(HttpMethod.PUT, "/interviews/*/interviewer-request")
                        .hasAnyRole(roles(YOUNG_PERSON, WORKER, MANAGER))
                .pathMatchers(HttpMethod.GET, "/interviews/*", "/young-people/*/interviews")
                        .hasAnyRole(roles(YOUNG_PERSON, CARER, WORKER, MANAGER))
                .pathMatchers("/interviews/**").hasAnyRole(roles(WORKER, MANAGER))
                .pathMatchers(HttpMethod.GET, "/interviewers/me/feedback").hasAnyRole(roles(WORKER, MANAGER))
                .pathMatchers("/organisations/*/interview-feedback", "/organisations/*/interview-figures")
                        .hasAnyRole(roles(MANAGER))
                .pathMatchers(HttpMethod.POST, "/organisations/*/you-said-we-did").hasAnyRole(roles(MANAGER))
                .pathMatchers(HttpMethod.GET, "/organisations/*/you-said-we-did")
                        .hasAnyRole(roles(YOUNG_PERSON, CARER, WORKER, MANAGER))
                .pathMatchers(HttpMethod.PUT, "/organisations/*/interview-service").hasAnyRole(roles(ADMIN, MANAGER))
                .pathMatchers(HttpMethod.GET, "/organisations/*/interview-service")
                        .hasAnyRole(roles(ADMIN, MANAGER, WORKER));
    }
}
