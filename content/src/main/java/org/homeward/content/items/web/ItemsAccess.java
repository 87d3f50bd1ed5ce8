package org.homeward.content.items.web;

import org.homeward.infra.identity.AccessRules;
import org.homeward.infra.identity.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.stereotype.Component;

/** Contributors write and upload; moderators may also read an item whole (whose, is checked per item). */
@Component
class ItemsAccess implements AccessRules {

    @Override
    public void declare(ServerHttpSecurity.AuthorizeExchangeSpec exchanges) {
        String[] contributors = AccessRules.roles(Role.CONTRIBUTOR);
        exchanges.pathMatchers(HttpMethod.POST, "/content/items", "/content/items/*/submission", "/content/media")
                .hasAnyRole(contributors);
        exchanges.pathMatchers(HttpMethod.PUT, "/content/items/*").hasAnyRole(contributors);
        exchanges.pathMatchers(HttpMethod.GET, "/content/items").hasAnyRole(contributors);
        exchanges.pathMatchers(HttpMethod.GET, "/content/items/*")
                .hasAnyRole(AccessRules.roles(Role.CONTRIBUTOR, Role.MODERATOR));
    }
}
