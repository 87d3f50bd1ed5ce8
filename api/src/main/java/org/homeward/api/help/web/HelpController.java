package org.homeward.api.help.web;

import org.homeward.infra.web.ProblemResponse;
import org.homeward.infra.web.IdempotencyKey;
import org.springframework.web.bind.annotation.ResponseStatus;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.homeward.api.help.AcknowledgingHelpRequest;
import org.homeward.api.help.AddingHelpNote;
import org.homeward.api.help.ClosingHelpRequest;
import org.homeward.api.help.HelpRequest;
import org.homeward.api.help.RaisingHelpRequest;
import org.homeward.api.help.ReadingHelpRequests;
import org.homeward.api.help.SayingSafe;
import org.homeward.api.help.ViewingHelpLocation;
import org.homeward.api.locations.Area;
import org.homeward.api.locations.LocationViews;
import org.homeward.infra.identity.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Help requests: raising, following, responding, and the audited location. */
@Tag(name = "Help requests", description = "A young person asking for help, and the adults responding")
@RestController
class HelpController {

    record LocationBody(@DecimalMin("-90") @DecimalMax("90") Double latitude,
                        @DecimalMin("-180") @DecimalMax("180") Double longitude,
                        @PositiveOrZero Double accuracyMetres, @Size(max = 200) String place) {
        HelpRequest.Location toDomain() {
            return new HelpRequest.Location(latitude, longitude, accuracyMetres, place);
        }
    }

    record NewHelpRequest(@NotNull HelpRequest.Category category, @Size(max = 2000) String message,
                          @Valid LocationBody location, Boolean discreet, @Size(max = 64) String planId,
                          Instant deviceTime) {
    }

    record Text(@NotBlank @Size(max = 2000) String text) {
    }

    record Closing(@NotNull HelpRequest.Outcome outcome) {
    }

    record NoteView(String id, String kind, String authorId, String text, Instant at) {
    }

    /** A request as anyone entitled sees it: never the precise location (that has its own, audited, endpoint). */
    record HelpRequestView(String id, String youngPersonId, String planId, String category, String message,
                           boolean discreet, boolean hasLocation, Area area, String status,
                           Instant deviceTime, Instant raisedAt, List<String> alertedIds, String acknowledgedBy,
                           Instant acknowledgedAt, List<NoteView> notes, Instant safeAt, String outcome,
                           String closedBy, Instant closedAt, String missingEpisodeId) {
        static HelpRequestView of(HelpRequest r) {
            return new HelpRequestView(r.id(), r.youngPersonId(), r.planId(), r.category().name(), r.message(),
                    r.discreet(), r.location() != null, r.isOpen() ? null : r.area(), r.status().name(),
                    r.deviceTime(), r.raisedAt(), r.alertedIds(), r.acknowledgedBy(), r.acknowledgedAt(),
                    r.notes().stream().map(n -> new NoteView(n.id(), n.kind().name(), n.authorId(), n.text(), n.at()))
                            .toList(), r.safeAt(), r.outcome() == null ? null : r.outcome().name(), r.closedBy(),
                    r.closedAt(), r.missingEpisodeId());
        }
    }

    private final RaisingHelpRequest raising;
    private final ReadingHelpRequests reading;
    private final AcknowledgingHelpRequest acknowledging;
    private final AddingHelpNote noting;
    private final ClosingHelpRequest closing;
    private final SayingSafe sayingSafe;
    private final ViewingHelpLocation location;

    HelpController(RaisingHelpRequest raising, ReadingHelpRequests reading, AcknowledgingHelpRequest acknowledging,
                   AddingHelpNote noting, ClosingHelpRequest closing, SayingSafe sayingSafe,
                   ViewingHelpLocation location) {
        this.raising = raising;
        this.reading = reading;
        this.acknowledging = acknowledging;
        this.noting = noting;
        this.closing = closing;
        this.sayingSafe = sayingSafe;
        this.location = location;
    }

    /** A replay with the same Idempotency-Key answers with the first request. */
    @ProblemResponse(status = 409, description = "This Idempotency-Key was used for another help request")
    @Operation(operationId = "raiseHelpRequest", summary = "Ask for help (a young person), optionally discreetly and with a location")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/help-requests")
    Mono<ResponseEntity<HelpRequestView>> raise(@AuthenticationPrincipal Caller caller,
                                                @IdempotencyKey @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                                @Valid @RequestBody NewHelpRequest body) {
        return Mono.fromCallable(() -> new RaisingHelpRequest.Ask(body.category(), body.message(),
                        body.location() == null ? null : body.location().toDomain(), Boolean.TRUE.equals(body.discreet()),
                        body.planId(), body.deviceTime()))
                .flatMap(ask -> raising.raise(caller, key, ask))
                .map(request -> ResponseEntity.status(HttpStatus.CREATED).body(HelpRequestView.of(request)));
    }

    @Operation(operationId = "listHelpRequests", summary = "List the help requests the caller may see")
    @GetMapping("/help-requests")
    Flux<HelpRequestView> list(@AuthenticationPrincipal Caller caller,
                               @RequestParam(name = "open", defaultValue = "false") boolean openOnly) {
        return reading.list(caller, openOnly).map(HelpRequestView::of);
    }

    @Operation(operationId = "getHelpRequest", summary = "Read a help request with its notes, questions and answers")
    @GetMapping("/help-requests/{id}")
    Mono<HelpRequestView> one(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return reading.one(caller, id).map(HelpRequestView::of);
    }

    @ProblemResponse(status = 422, description = "The help request is closed")

    @Operation(operationId = "acknowledgeHelpRequest", summary = "Acknowledge a help request, which stops its escalation")
    @PostMapping("/help-requests/{id}/acknowledge")
    Mono<HelpRequestView> acknowledge(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return acknowledging.acknowledge(caller, id).map(HelpRequestView::of);
    }

    @ProblemResponse(status = 422, description = "The help request is closed")

    @Operation(operationId = "addHelpNote", summary = "Add a note to a help request")
    @PostMapping("/help-requests/{id}/notes")
    Mono<HelpRequestView> note(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                               @Valid @RequestBody Text body) {
        return noting.respond(caller, id, body.text(), false).map(HelpRequestView::of);
    }

    @ProblemResponse(status = 422, description = "The help request is closed")

    @Operation(operationId = "askHelpQuestion", summary = "Ask the young person a question about their help request")
    @PostMapping("/help-requests/{id}/questions")
    Mono<HelpRequestView> question(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                                   @Valid @RequestBody Text body) {
        return noting.respond(caller, id, body.text(), true).map(HelpRequestView::of);
    }

    @ProblemResponse(status = 422, description = "The help request is closed, or there is no question to answer")

    @Operation(operationId = "answerHelpQuestion", summary = "Answer a question about my help request (a young person)")
    @PostMapping("/help-requests/{id}/answers")
    Mono<HelpRequestView> answer(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                                 @Valid @RequestBody Text body) {
        return noting.answer(caller, id, body.text()).map(HelpRequestView::of);
    }

    @ProblemResponse(status = 422, description = "The help request is already closed")

    @Operation(operationId = "closeHelpRequest", summary = "Close a help request with an outcome")
    @PostMapping("/help-requests/{id}/close")
    Mono<HelpRequestView> close(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                                @Valid @RequestBody Closing body) {
        return closing.close(caller, id, body.outcome()).map(HelpRequestView::of);
    }

    @ProblemResponse(status = 422, description = "The help request is closed")

    @Operation(operationId = "saySafe", summary = "Say I am safe now (a young person)")
    @PostMapping("/help-requests/{id}/safe")
    Mono<HelpRequestView> safe(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return sayingSafe.safe(caller, id).map(HelpRequestView::of);
    }

    @Operation(operationId = "getHelpLocation", summary = "Read where the young person asked for help from (audited)")
    @GetMapping("/help-requests/{id}/location")
    Mono<HelpRequest.Location> location(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return location.view(caller, id);
    }

    @Operation(operationId = "listHelpLocationViews", summary = "List who looked at where I asked for help from (a young person)")
    @GetMapping("/help-requests/{id}/location-views")
    Flux<LocationViews.View> locationViews(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return location.views(caller, id);
    }
}
