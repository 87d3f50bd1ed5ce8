package org.homeward.api.help.web;

import org.homeward.infra.web.UnlimitedRequests;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A young person asking for help, answering a carer's question or saying they are safe, and a carer
 * or worker acknowledging the request, are never refused for being too many: a frightened child
 * pressing the button again and again is the case this app exists for.
 */
@Configuration(proxyBeanMethods = false)
class HelpIsNeverLimited {

    @Bean
    UnlimitedRequests unlimitedHelpRequests() {
        return UnlimitedRequests.post("/help-requests", "/help-requests/{id}/safe", "/help-requests/{id}/answers",
                "/help-requests/{id}/acknowledge");
    }
}
