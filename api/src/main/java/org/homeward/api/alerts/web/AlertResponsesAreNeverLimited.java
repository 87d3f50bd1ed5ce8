package org.homeward.api.alerts.web;

import org.homeward.infra.web.UnlimitedRequests;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Acknowledging an alert (which stops the ladder) and reporting a young person missing are never
 * refused. Nor are Twilio's delivery receipts: they come in bursts from a few Twilio addresses,
 * carry no token and are checked by signature, cheaply.
 */
@Configuration(proxyBeanMethods = false)
class AlertResponsesAreNeverLimited {

    @Bean
    UnlimitedRequests unlimitedAlertResponses() {
        return UnlimitedRequests.post("/alerts/{id}/acknowledge", "/alerts/{id}/missing", "/sms/status");
    }
}
