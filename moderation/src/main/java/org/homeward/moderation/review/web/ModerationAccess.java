package org.homeward.moderation.review.web;

import org.homeward.infra.identity.AccessRules;
import org.homeward.infra.identity.Role;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.stereotype.Component;

/** Only moderators work the review queue. */
@Component
class ModerationAccess implements AccessRules {

    @Override
    public void declare(ServerHttpSecurity.AuthorizeExchangeSpec exchanges) {
        exchanges.pathMatchers(HttpMethod.GET, "/moderation/reviewables", "/moderation/reviewables/*")
                .hasAnyRole(AccessRules.roles(Role.MODERATOR));
        exchanges.pathMatchers(HttpMethod.POST, "/moderation/reviewables/*/claim",
                        "/moderation/reviewables/*/decisions")
                .hasAnyRole(AccessRules.roles(Role.MODERATOR));
        exchanges.pathMatchers(HttpMethod.DELETE, "/moderation/reviewables/*/claim")
                .hasAnyRole(AccessRules.roles(Role.MODERATOR));
    }
}
