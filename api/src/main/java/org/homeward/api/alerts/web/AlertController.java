package org.homeward.api.alerts.web;

import org.homeward.infra.web.ProblemResponse;
import org.homeward.infra.web.NoRoleRequired;
import org.springframework.web.bind.annotation.ResponseStatus;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.homeward.api.alerts.AcknowledgingAlert;
import org.homeward.api.alerts.Alert;
import org.homeward.api.alerts.Delivery;
import org.homeward.api.alerts.EscalationPolicy;
import org.homeward.api.alerts.ReadingAlerts;
import org.homeward.api.alerts.ReportingMissing;
import org.homeward.api.alerts.SettingEscalationPolicy;
import org.homeward.api.episodes.MissingEpisode;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.outbox.Outbox;
import org.homeward.infra.outbox.RecordedNotification;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Alerts of the late-return ladder, acknowledging them, reporting missing, and the ladder's delays. */
@Tag(name = "Alerts", description = "Late-return alerts, their deliveries and acknowledgements; escalation settings")
@RestController
class AlertController {

    record DeliveryView(String channel, String recipientId, String address, String status, String providerId,
                        String error, boolean fallback, Instant attemptedAt, Instant updatedAt) {
        static DeliveryView of(Delivery d) {
            return new DeliveryView(d.channel().name(), d.recipientId(), masked(d), d.status(), d.providerId(),
                    d.error(), d.fallback(), d.attemptedAt(), d.updatedAt());
        }

        /** Enough to tell two phones apart, not enough to reuse the token or the number. */
        private static String masked(Delivery d) {
            String address = d.address();
            return address == null || address.length() < 4 ? "…" : "…" + address.substring(address.length() - 3);
        }
    }

    record AlertView(String id, String kind, String planId, String youngPersonId, int step, Instant raisedAt,
                     List<String> recipientIds, String status, String acknowledgedBy, Instant acknowledgedAt,
                     Instant resolvedAt, List<DeliveryView> deliveries) {
        static AlertView of(Alert a, List<Delivery> deliveries) {
            return new AlertView(a.id(), a.kind().name(), a.planId(), a.youngPersonId(), a.step(), a.raisedAt(),
                    a.recipientIds(), a.status().name(), a.acknowledgedBy(), a.acknowledgedAt(), a.resolvedAt(),
                    deliveries.stream().map(DeliveryView::of).toList());
        }

        static AlertView of(ReadingAlerts.AlertWithDeliveries found) {
            return of(found.alert(), found.deliveries());
        }
    }

    /** The young person's open missing episode: opened by this report, or an earlier one that it joined. */
    record EpisodeView(String id, String youngPersonId, String reportedBy, Instant reportedAt,
                       MissingEpisode.LastKnownPlan lastKnownPlan, List<String> helpRequestIds, String status) {
        static EpisodeView of(MissingEpisode e) {
            return new EpisodeView(e.id(), e.youngPersonId(), e.reportedBy(), e.reportedAt(), e.lastKnownPlan(),
                    e.helpRequestIds(), e.status().name());
        }
    }

    /** Minutes between the ladder's steps. */
    record PolicyBody(@NotNull @Min(0) @Max(720) Integer youngPersonAfterMinutes,
                      @NotNull @Min(0) @Max(720) Integer carerPushAfterMinutes,
                      @NotNull @Min(0) @Max(720) Integer carerSmsAfterMinutes,
                      @NotNull @Min(0) @Max(720) Integer dutyWorkerAfterMinutes) {
        EscalationPolicy toDomain() {
            return new EscalationPolicy(Duration.ofMinutes(youngPersonAfterMinutes),
                    Duration.ofMinutes(carerPushAfterMinutes), Duration.ofMinutes(carerSmsAfterMinutes),
                    Duration.ofMinutes(dutyWorkerAfterMinutes));
        }

        static PolicyBody of(EscalationPolicy p) {
            return new PolicyBody((int) p.youngPersonAfter().toMinutes(), (int) p.carerPushAfter().toMinutes(),
                    (int) p.carerSmsAfter().toMinutes(), (int) p.dutyWorkerAfter().toMinutes());
        }
    }

    private final ReadingAlerts reading;
    private final AcknowledgingAlert acknowledging;
    private final ReportingMissing missing;
    private final SettingEscalationPolicy policies;
    private final Outbox outbox;

    AlertController(ReadingAlerts reading, AcknowledgingAlert acknowledging, ReportingMissing missing,
                    SettingEscalationPolicy policies, Outbox outbox) {
        this.reading = reading;
        this.acknowledging = acknowledging;
        this.missing = missing;
        this.policies = policies;
        this.outbox = outbox;
    }

    @Operation(operationId = "listYoungPersonAlerts", summary = "List a young person's alerts, newest first, with every delivery attempt")
    @GetMapping("/young-people/{id}/alerts")
    Flux<AlertView> ofYoungPerson(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                                  @RequestParam(defaultValue = "20") int limit) {
        return reading.ofYoungPerson(caller, id, limit).map(AlertView::of);
    }

    @Operation(operationId = "getAlert", summary = "Read an alert with its delivery attempts and acknowledgement")
    @GetMapping("/alerts/{id}")
    Mono<AlertView> one(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return reading.one(caller, id).map(AlertView::of);
    }

    @ProblemResponse(status = 422, description = "The alert is not open, or is a help request's (acknowledge those at /help-requests)")

    @Operation(operationId = "acknowledgeAlert", summary = "Acknowledge an alert, which stops the late-return ladder")
    @PostMapping("/alerts/{id}/acknowledge")
    Mono<AlertView> acknowledge(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return acknowledging.acknowledge(caller, id).map(alert -> AlertView.of(alert, List.of()));
    }

    @ProblemResponse(status = 422, description = "The alert is not open, or is a help request's (acknowledge those at /help-requests)")

    @Operation(operationId = "reportMissingFromAlert", summary = "Report the young person missing from an alert (opens or joins the missing episode)")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/alerts/{id}/missing")
    Mono<ResponseEntity<EpisodeView>> reportMissing(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return missing.report(caller, id).map(EpisodeView::of)
                .map(view -> ResponseEntity.status(HttpStatus.CREATED).body(view));
    }

    @Operation(operationId = "setEscalationPolicy", summary = "Set the organisation's late-return escalation delays")
    @PutMapping("/organisations/{id}/escalation")
    Mono<PolicyBody> setPolicy(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                               @Valid @RequestBody PolicyBody request) {
        return policies.set(caller, id, request.toDomain()).map(PolicyBody::of);
    }

    @Operation(operationId = "getEscalationPolicy", summary = "Read the organisation's late-return escalation delays")
    @GetMapping("/organisations/{id}/escalation")
    Mono<PolicyBody> policy(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return policies.read(caller, id).map(PolicyBody::of);
    }

    /** What the local run recorded instead of sending to the caller (empty when notifications are really sent). */
    @NoRoleRequired
    @Operation(operationId = "listMyNotifications", summary = "List the push and SMS messages recorded for me (recording mode, e.g. the demo run)")
    @GetMapping("/me/notifications")
    Flux<RecordedNotification> myNotifications(@AuthenticationPrincipal Caller caller) {
        return outbox.recentFor(caller.personIdOrNone(), 50);
    }
}
