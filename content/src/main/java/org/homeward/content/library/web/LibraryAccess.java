package org.homeward.content.library.web;

import org.homeward.infra.identity.AccessRules;
import org.homeward.infra.identity.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.stereotype.Component;

/**
 * The library is for young people first; the adults around them may read it too (a carer reading
 * what the child reads), and anyone who reads may report. Favourites and "this helped" are young people's.
 */
@Component
class LibraryAccess implements AccessRules {

    @Override
    public void declare(ServerHttpSecurity.AuthorizeExchangeSpec exchanges) {
        String[] readers = AccessRules.roles(Role.YOUNG_PERSON, Role.CARER, Role.WORKER, Role.MANAGER,
                Role.CONTRIBUTOR, Role.MODERATOR, Role.ADMIN);
        String[] youngPeople = AccessRules.roles(Role.YOUNG_PERSON);
        exchanges.pathMatchers(HttpMethod.GET, "/content/library", "/content/library/*", "/content/media/*")
                .hasAnyRole(readers);
        exchanges.pathMatchers(HttpMethod.POST, "/content/library/*/reports").hasAnyRole(readers);
        exchanges.pathMatchers(HttpMethod.POST, "/content/library/*/helped").hasAnyRole(youngPeople);
        exchanges.pathMatchers(HttpMethod.GET, "/content/favourites").hasAnyRole(youngPeople);
        exchanges.pathMatchers(HttpMethod.PUT, "/content/favourites/*").hasAnyRole(youngPeople);
        exchanges.pathMatchers(HttpMethod.DELETE, "/content/favourites/*").hasAnyRole(youngPeople);
    }
}
