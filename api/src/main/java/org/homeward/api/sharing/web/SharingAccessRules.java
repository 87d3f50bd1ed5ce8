package org.homeward.api.sharing.web;

import static org.homeward.infra.identity.AccessRules.roles;
import static org.homeward.infra.identity.Role.CARER;
import static org.homeward.infra.identity.Role.MANAGER;
import static org.homeward.infra.identity.Role.PARTNER;
import static org.homeward.infra.identity.Role.WORKER;
import static org.homeward.infra.identity.Role.YOUNG_PERSON;

import org.homeward.infra.identity.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Which roles may call which sharing endpoint; which agency, pack or child they then see is the use cases' business. */
@Configuration(proxyBeanMethods = false)
class SharingAccessRules {

    @Bean
    AccessRules sharingEndpointRules() {
        return exchanges -> exchanges
                .pathMatchers(HttpMethod.POST, "/organisations/*/partner-agencies").hasAnyRole(roles(MANAGER))
                .pathMatchers(HttpMethod.GET, "/organisations/*/partner-agencies").hasAnyRole(roles(MANAGER, WORKER))
                .pathMatchers(HttpMethod.GET, "/partner-agencies/*").hasAnyRole(roles(MANAGER, WORKER, PARTNER))
                .pathMatchers(HttpMethod.PUT, "/partner-agencies/*/policy").hasAnyRole(roles(MANAGER))
                .pathMatchers("/partner-agencies/*/members", "/partner-agencies/*/members/*").hasAnyRole(roles(MANAGER))
                .pathMatchers(HttpMethod.GET, "/partner-agencies/*/meeting-packs").hasAnyRole(roles(MANAGER, PARTNER))
                .pathMatchers(HttpMethod.PUT, "/young-people/*/school").hasAnyRole(roles(MANAGER, WORKER))
                .pathMatchers(HttpMethod.GET, "/young-people/*/school")
                        .hasAnyRole(roles(MANAGER, WORKER, CARER, YOUNG_PERSON))
                .pathMatchers(HttpMethod.POST, "/young-people/*/missing-from-school").hasAnyRole(roles(PARTNER))
                .pathMatchers(HttpMethod.GET, "/young-people/*/disclosures").hasAnyRole(roles(MANAGER, WORKER))
                .pathMatchers(HttpMethod.PUT, "/organisations/*/meeting").hasAnyRole(roles(MANAGER))
                .pathMatchers(HttpMethod.GET, "/organisations/*/meeting").hasAnyRole(roles(MANAGER, WORKER))
                .pathMatchers("/organisations/*/meeting-packs", "/organisations/*/meeting-actions")
                        .hasAnyRole(roles(MANAGER))
                .pathMatchers(HttpMethod.GET, "/meeting-packs/*/agencies/*").hasAnyRole(roles(MANAGER, PARTNER))
                .pathMatchers("/meeting-packs/**").hasAnyRole(roles(MANAGER))
                .pathMatchers("/meeting-actions", "/meeting-actions/**").hasAnyRole(roles(MANAGER, WORKER, PARTNER));
    }
}
