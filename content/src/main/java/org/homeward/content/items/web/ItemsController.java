package org.homeward.content.items.web;

import org.homeward.infra.web.ProblemResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.homeward.content.items.DraftingItems;
import org.homeward.content.items.RevisingItems;
import org.homeward.content.items.SubmittingItems;
import org.homeward.content.items.ViewingItems;
import org.homeward.infra.identity.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Tag(name = "Content authoring", description = "Safety items written by the youth panel, before publication")
@RestController
@RequestMapping("/content/items")
class ItemsController {

    private final DraftingItems drafting;
    private final RevisingItems revising;
    private final SubmittingItems submitting;
    private final ViewingItems viewing;

    ItemsController(DraftingItems drafting, RevisingItems revising, SubmittingItems submitting, ViewingItems viewing) {
        this.drafting = drafting;
        this.revising = revising;
        this.submitting = submitting;
        this.viewing = viewing;
    }

    @Operation(operationId = "draftItem", summary = "Draft a safety item (a contributor)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Mono<ItemView> draft(@AuthenticationPrincipal Caller caller, @Valid @RequestBody ItemRequest request) {
        return Mono.fromSupplier(request::toContent)
                .flatMap(content -> drafting.draft(caller, content))
                .map(ItemView::of);
    }

    @Operation(operationId = "listMyItems", summary = "List my items (a contributor)")
    @GetMapping
    Flux<ItemView> mine(@AuthenticationPrincipal Caller caller) {
        return viewing.mine(caller).map(ItemView::of);
    }

    @Operation(operationId = "getItem", summary = "Read an item whole, with its versions and feedback")
    @GetMapping("/{id}")
    Mono<ItemView> view(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return viewing.view(caller, id).map(ItemView::of);
    }

    @ProblemResponse(status = 409, description = "The item changed meanwhile; reload it and try again")

    @ProblemResponse(status = 422, description = "The current version is being reviewed; wait for the moderators' decision")

    @Operation(operationId = "reviseItem", summary = "Revise an item's draft")
    @PutMapping("/{id}")
    Mono<ItemView> revise(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                          @Valid @RequestBody ItemRequest request) {
        return Mono.fromSupplier(request::toContent)
                .flatMap(content -> revising.revise(caller, id, content))
                .map(ItemView::of);
    }

    @ProblemResponse(status = 409, description = "The item changed meanwhile; reload it and try again")

    @ProblemResponse(status = 422, description = "The item has nothing to submit, or is already in moderation")

    @Operation(operationId = "submitItem", summary = "Submit an item's draft for moderation")
    @PostMapping("/{id}/submission")
    Mono<ItemView> submit(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return submitting.submit(caller, id).map(ItemView::of);
    }
}
