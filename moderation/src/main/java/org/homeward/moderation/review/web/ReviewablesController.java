package org.homeward.moderation.review.web;

import org.homeward.infra.web.ProblemResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.homeward.infra.identity.Caller;
import org.homeward.moderation.review.Action;
import org.homeward.moderation.review.Claiming;
import org.homeward.moderation.review.Deciding;
import org.homeward.moderation.review.ReadingQueue;
import org.homeward.moderation.review.Status;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Tag(name = "Moderation", description = "The review queue for submissions and reports")
@RestController
@RequestMapping("/moderation/reviewables")
class ReviewablesController {

    private final ReadingQueue readingQueue;
    private final Claiming claiming;
    private final Deciding deciding;

    ReviewablesController(ReadingQueue readingQueue, Claiming claiming, Deciding deciding) {
        this.readingQueue = readingQueue;
        this.claiming = claiming;
        this.deciding = deciding;
    }

    record DecisionRequest(@NotNull Action action, @Size(max = 2000) String reason) {
    }

    @Operation(operationId = "listReviewables", summary = "List the review queue by status")
    @GetMapping
    Flux<ReviewableView> queue(@AuthenticationPrincipal Caller caller,
                               @RequestParam(defaultValue = "OPEN") Status status) {
        return readingQueue.queue(caller, status).map(ReviewableView::of);
    }

    @Operation(operationId = "getReviewable", summary = "Read a reviewable with its findings, reports and decisions")
    @GetMapping("/{id}")
    Mono<ReviewableView> view(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return readingQueue.view(caller, id).map(ReviewableView::of);
    }

    @ProblemResponse(status = 409, description = "Another moderator is working on this item")

    @Operation(operationId = "claimReviewable", summary = "Claim a reviewable to work on it")
    @PostMapping("/{id}/claim")
    Mono<ReviewableView> claim(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return claiming.claim(caller, id).map(ReviewableView::of);
    }

    @ProblemResponse(status = 409, description = "You do not hold a claim on this item")

    @Operation(operationId = "releaseReviewable", summary = "Release my claim on a reviewable")
    @DeleteMapping("/{id}/claim")
    Mono<ReviewableView> release(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return claiming.release(caller, id).map(ReviewableView::of);
    }

    @ProblemResponse(status = 409, description = "The item changed meanwhile, or you do not hold its claim")

    @ProblemResponse(status = 422, description = "The decision is not allowed for this item (e.g. approving one's own submission twice, reversing what cannot be reversed)")

    @Operation(operationId = "decideReviewable", summary = "Decide a reviewable (publish, reject with feedback, hide, ...)")
    @PostMapping("/{id}/decisions")
    Mono<ReviewableView> decide(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                                @Valid @RequestBody DecisionRequest request) {
        return deciding.decide(caller, id, request.action(), request.reason()).map(ReviewableView::of);
    }
}
