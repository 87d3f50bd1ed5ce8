package org.homeward.api.people.web;

import static org.homeward.infra.identity.AccessRules.roles;
import static org.homeward.infra.identity.Role.ADMIN;
import static org.homeward.infra.identity.Role.CARER;
import static org.homeward.infra.identity.Role.CONTRIBUTOR;
import static org.homeward.infra.identity.Role.MANAGER;
import static org.homeward.infra.identity.Role.MODERATOR;
import static org.homeward.infra.identity.Role.PARTNER;
import static org.homeward.infra.identity.Role.WORKER;
import static org.homeward.infra.identity.Role.YOUNG_PERSON;

import org.homeward.infra.identity.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.stereotype.Component;

/** Which roles may call which people endpoint; which records they then see is the use cases' business. */
@Component
class PeopleAccessRules implements AccessRules {

    @Override
    public void declare(ServerHttpSecurity.AuthorizeExchangeSpec exchanges) {
        exchanges
                .pathMatchers(HttpMethod.GET, "/me").authenticated()
                .pathMatchers("/me/devices", "/me/devices/**").hasAnyRole(roles(YOUNG_PERSON, CARER, WORKER, MANAGER, PARTNER))
                .pathMatchers(HttpMethod.POST, "/organisations").hasAnyRole(roles(ADMIN))
                .pathMatchers(HttpMethod.PATCH, "/organisations/*").hasAnyRole(roles(ADMIN, MANAGER))
                .pathMatchers(HttpMethod.GET, "/organisations", "/organisations/*")
                        .hasAnyRole(roles(ADMIN, MANAGER, WORKER, CARER, YOUNG_PERSON, CONTRIBUTOR, MODERATOR))
                .pathMatchers(HttpMethod.POST, "/organisations/*/teams").hasAnyRole(roles(ADMIN, MANAGER))
                .pathMatchers(HttpMethod.GET, "/organisations/*/teams", "/organisations/*/workers",
                        "/organisations/*/carers").hasAnyRole(roles(ADMIN, MANAGER, WORKER))
                .pathMatchers(HttpMethod.POST, "/workers", "/carers", "/invitations").hasAnyRole(roles(ADMIN, MANAGER))
                // Children's records are their organisation's business: admins run the service, not cases.
                .pathMatchers(HttpMethod.POST, "/young-people", "/placements", "/caseloads").hasAnyRole(roles(MANAGER))
                .pathMatchers(HttpMethod.PATCH, "/placements/*", "/caseloads/*").hasAnyRole(roles(MANAGER))
                .pathMatchers(HttpMethod.GET, "/workers/*").hasAnyRole(roles(ADMIN, MANAGER, WORKER))
                .pathMatchers(HttpMethod.PATCH, "/workers/*").hasAnyRole(roles(ADMIN, MANAGER, WORKER))
                .pathMatchers(HttpMethod.GET, "/carers/*").hasAnyRole(roles(ADMIN, MANAGER, WORKER, CARER))
                .pathMatchers(HttpMethod.PATCH, "/carers/*").hasAnyRole(roles(ADMIN, MANAGER, CARER))
                .pathMatchers(HttpMethod.POST, "/carers/*/suspension").hasAnyRole(roles(ADMIN, MANAGER))
                .pathMatchers(HttpMethod.DELETE, "/carers/*/suspension").hasAnyRole(roles(ADMIN, MANAGER))
                .pathMatchers(HttpMethod.GET, "/young-people/*/audit").hasAnyRole(roles(MANAGER, WORKER))
                .pathMatchers(HttpMethod.GET, "/young-people", "/young-people/*", "/young-people/*/placements",
                        "/young-people/*/carers").hasAnyRole(roles(MANAGER, WORKER, CARER, YOUNG_PERSON))
                .pathMatchers(HttpMethod.PATCH, "/young-people/*").hasAnyRole(roles(MANAGER, YOUNG_PERSON));
    }
}
