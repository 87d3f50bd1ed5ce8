package org.homeward.api.mapping.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.homeward.api.mapping.AddingLink;
import org.homeward.api.mapping.DecidingMatch;
import org.homeward.api.mapping.EntityKind;
import org.homeward.api.mapping.Grading;
import org.homeward.api.mapping.MatchCandidate;
import org.homeward.api.mapping.Mention;
import org.homeward.api.mapping.ReadingEntity;
import org.homeward.api.mapping.ReadingHotspots;
import org.homeward.api.mapping.ReadingMatchQueue;
import org.homeward.api.mapping.ReadingNetwork;
import org.homeward.api.mapping.ReadingRiskNotices;
import org.homeward.api.mapping.ReadingSharedEntities;
import org.homeward.api.mapping.Source;
import org.homeward.api.mapping.WithdrawingLink;
import org.homeward.api.mapping.web.MappingViews.HotspotsView;
import org.homeward.api.mapping.web.MappingViews.MatchDecisionView;
import org.homeward.api.mapping.web.MappingViews.MatchQuestionView;
import org.homeward.api.mapping.web.MappingViews.NetworkView;
import org.homeward.api.mapping.web.MappingViews.RiskEntityReadView;
import org.homeward.api.mapping.web.MappingViews.RiskLinkView;
import org.homeward.api.mapping.web.MappingViews.RiskNoticeView;
import org.homeward.api.mapping.web.MappingViews.SharedEntityView;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.web.ProblemResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Risk mapping over HTTP: a child's network, links by hand and their withdrawal, an entity, entities
 * shared by children, hotspots, the match-confirmation queue and a worker's notices. Workers and
 * managers only; which child or entity, by relationship (404 otherwise).
 */
@Tag(name = "Risk mapping", description = "People, places, vehicles and online handles linked to children (contextual safeguarding): networks, matches to confirm, entities shared by children, hotspots")
@RestController
class MappingController {

    record RiskGradingRequest(@NotNull @Min(1) @Max(3) Integer source, @NotNull @Pattern(regexp = "[A-E]") String information,
                          @Pattern(regexp = "[PC]") String handling) {
    }

    /**
     * A link by hand. Say what it is ({@code kind}) and fill that kind's fields: a person's name or
     * nickname (and rough age); a place's name or address, with a postcode district or a position
     * (kept only rounded to about a kilometre); a vehicle's registration or description; a handle and
     * its platform.
     */
    record RiskLinkRequest(@NotNull EntityKind kind,
                       @Size(max = Mention.MAX_TEXT) String name, @Size(max = Mention.MAX_TEXT) String nickname,
                       @Min(0) @Max(120) Integer approximateAge,
                       @Size(max = Mention.MAX_TEXT) String placeName, @Size(max = Mention.MAX_TEXT) String address,
                       @Size(max = 60) String area,
                       @DecimalMin("-90") @DecimalMax("90") Double latitude,
                       @DecimalMin("-180") @DecimalMax("180") Double longitude,
                       @Size(max = 20) String registration, @Size(max = Mention.MAX_TEXT) String description,
                       @Size(max = 60) String platform, @Size(max = Mention.MAX_TEXT) String handle,
                       @NotNull Source source, @Size(max = Mention.MAX_TEXT) String sourceDetail, Instant observedAt,
                       @Valid RiskGradingRequest grading) {

        Mention mention() {
            return switch (kind) {
                case PERSON -> Mention.person(name, nickname, approximateAge);
                case PLACE -> Mention.place(placeName, address, area, latitude, longitude);
                case VEHICLE -> Mention.vehicle(registration, description);
                case HANDLE -> Mention.handle(platform, handle);
            };
        }

        Grading graded() {
            return grading == null ? null : new Grading(grading.source(), grading.information(), grading.handling());
        }
    }

    record RiskLinkWithdrawal(@NotBlank @Size(max = 500) String reason) {
    }

    record RiskMatchDecisionRequest(@Size(max = 1000) String note) {
    }

    private final ReadingNetwork network;
    private final AddingLink adding;
    private final WithdrawingLink withdrawing;
    private final ReadingEntity entity;
    private final ReadingSharedEntities shared;
    private final ReadingHotspots hotspots;
    private final ReadingMatchQueue queue;
    private final DecidingMatch deciding;
    private final ReadingRiskNotices notices;

    MappingController(ReadingNetwork network, AddingLink adding, WithdrawingLink withdrawing, ReadingEntity entity,
                      ReadingSharedEntities shared, ReadingHotspots hotspots, ReadingMatchQueue queue,
                      DecidingMatch deciding, ReadingRiskNotices notices) {
        this.network = network;
        this.adding = adding;
        this.withdrawing = withdrawing;
        this.entity = entity;
        this.shared = shared;
        this.hotspots = hotspots;
        this.queue = queue;
        this.deciding = deciding;
        this.notices = notices;
    }

    @Operation(operationId = "getRiskNetwork", summary = "A child's network: each entity linked to them with this child's links (source, date, who, grading) and how many other children it is linked to, naming only those the caller may see")
    @GetMapping("/young-people/{id}/mapping/network")
    Mono<NetworkView> network(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return network.read(caller, id).map(NetworkView::of);
    }

    @ProblemResponse(status = 422, description = "The kind's fields say nothing that can be matched, or a partner's information does not say whose it is")
    @Operation(operationId = "addRiskLink", summary = "Link a child to a person, place, vehicle or handle by hand: a worker's entry or a partner agency's information, graded 3x5x2; matched like any other link")
    @PostMapping("/young-people/{id}/mapping/links")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<RiskLinkView> add(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                           @Valid @RequestBody RiskLinkRequest request) {
        // Deferred: a request whose fields say nothing matchable answers a problem, not a thrown error.
        return Mono.defer(() -> adding.add(caller, id, request.mention(), request.source(), request.sourceDetail(),
                        request.observedAt(), request.graded()))
                .map(RiskLinkView::of);
    }

    @Operation(operationId = "withdrawRiskLink", summary = "Withdraw a link recorded in error or no longer held, saying why; an entity left with no link expires after the retention period")
    @PostMapping("/mapping/links/{id}/withdraw")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> withdraw(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                        @Valid @RequestBody RiskLinkWithdrawal request) {
        return withdrawing.withdraw(caller, id, request.reason());
    }

    @Operation(operationId = "getRiskEntity", summary = "An entity with its links to the children the caller may see, and how many children it is linked to in all")
    @GetMapping("/mapping/entities/{id}")
    Mono<RiskEntityReadView> entity(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return entity.read(caller, id).map(RiskEntityReadView::of);
    }

    @Operation(operationId = "listSharedRiskEntities", summary = "Entities linked to two or more children (minChildren), newest link first: a manager's whole organisation, a worker's where a child of theirs is linked")
    @GetMapping("/organisations/{id}/mapping/shared-entities")
    Mono<List<SharedEntityView>> shared(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                                        @RequestParam(defaultValue = "2") int minChildren,
                                        @RequestParam(defaultValue = "100") int limit) {
        return shared.read(caller, id, minChildren, limit).map(all -> all.stream().map(SharedEntityView::of).toList());
    }

    @Operation(operationId = "getRiskHotspots", summary = "Places by rounded area in a time window (default: the last 28 days): children and links per area, most children first")
    @GetMapping("/organisations/{id}/mapping/hotspots")
    Mono<HotspotsView> hotspots(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                                @RequestParam(required = false) Instant from,
                                @RequestParam(required = false) Instant until) {
        return hotspots.read(caller, id, from, until).map(HotspotsView::of);
    }

    @Operation(operationId = "listRiskMatches", summary = "The match-confirmation queue (PENDING, default) or its decisions (CONFIRMED, REJECTED): pairs of entities that may be one")
    @GetMapping("/organisations/{id}/mapping/matches")
    Mono<List<MatchQuestionView>> matches(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                                          @RequestParam(defaultValue = "PENDING") MatchCandidate.Status status) {
        return queue.read(caller, id, status).map(all -> all.stream().map(MatchQuestionView::of).toList());
    }

    @ProblemResponse(status = 422, description = "The match was already decided")
    @Operation(operationId = "confirmRiskMatch", summary = "Confirm that the two entities are one: they are merged, and the workers of the children now connected are told")
    @PostMapping("/mapping/matches/{id}/confirm")
    Mono<MatchDecisionView> confirm(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                                    @Valid @RequestBody(required = false) RiskMatchDecisionRequest request) {
        return deciding.decide(caller, id, true, request == null ? null : request.note()).map(MatchDecisionView::of);
    }

    @ProblemResponse(status = 422, description = "The match was already decided")
    @Operation(operationId = "rejectRiskMatch", summary = "Say the two entities are not the same: they stay apart and the pair is not asked about again")
    @PostMapping("/mapping/matches/{id}/reject")
    Mono<MatchDecisionView> reject(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                                   @Valid @RequestBody(required = false) RiskMatchDecisionRequest request) {
        return deciding.decide(caller, id, false, request == null ? null : request.note()).map(MatchDecisionView::of);
    }

    @Operation(operationId = "listMyRiskNotices", summary = "The caller's 'others at risk' notices, newest first: a child of theirs is linked to an entity other children are linked to")
    @GetMapping("/mapping/notices")
    Mono<List<RiskNoticeView>> notices(@AuthenticationPrincipal Caller caller) {
        return notices.mine(caller).map(all -> all.stream().map(RiskNoticeView::of).toList());
    }

}
