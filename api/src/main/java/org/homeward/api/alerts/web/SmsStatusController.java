package org.homeward.api.alerts.web;

import io.swagger.v3.oas.annotations.Hidden;
import java.util.LinkedHashMap;
import java.util.Map;

import org.homeward.api.alerts.ReceivingSmsReceipt;
import org.homeward.infra.errors.HomewardException;
import org.homeward.infra.errors.Problem;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Twilio's delivery receipts. Not behind a bearer token: the request is authenticated by its signature. */
@Hidden // Twilio's callback, not part of the app's API
@RestController
class SmsStatusController {

    private final ReceivingSmsReceipt receipts;

    SmsStatusController(ReceivingSmsReceipt receipts) {
        this.receipts = receipts;
    }

    @PostMapping(path = "/sms/status", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    Mono<ResponseEntity<Void>> status(@RequestHeader(name = "X-Twilio-Signature", required = false) String signature,
                                      ServerWebExchange exchange) {
        return exchange.getFormData()
                // A body that is not form encoding (a stray %) is the sender's mistake, not ours: 400, not a 500
                // with a stack trace per request on an endpoint anyone can reach.
                .onErrorMap(IllegalArgumentException.class, malformed -> new HomewardException(Problem.BAD_REQUEST,
                        "The body is not valid application/x-www-form-urlencoded"))
                .map(form -> {
                    Map<String, String> parameters = new LinkedHashMap<>();
                    form.forEach((key, values) -> parameters.put(key, values.isEmpty() ? "" : values.get(0)));
                    return parameters;
                })
                .flatMap(parameters -> receipts.receive(signature, parameters))
                .thenReturn(ResponseEntity.noContent().build());
    }
}
