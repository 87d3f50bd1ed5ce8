package org.homeward.api.plans.web;

import org.homeward.infra.web.UnlimitedRequests;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A check-in is what stops the late-return ladder; refusing one would alarm carers for nothing. */
@Configuration(proxyBeanMethods = false)
class CheckInsAreNeverLimited {

    @Bean
    UnlimitedRequests unlimitedCheckIns() {
        return UnlimitedRequests.post("/plans/{id}/check-ins");
    }
}
