package org.homeward.content.items.web;

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

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Mono<ItemView> draft(@AuthenticationPrincipal Caller caller, @Valid @RequestBody ItemRequest request) {
        return Mono.fromSupplier(request::toContent)
                .flatMap(content -> drafting.draft(caller, content))
                .map(ItemView::of);
    }

    @GetMapping
    Flux<ItemView> mine(@AuthenticationPrincipal Caller caller) {
        return viewing.mine(caller).map(ItemView::of);
    }

    @GetMapping("/{id}")
    Mono<ItemView> view(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return viewing.view(caller, id).map(ItemView::of);
    }

    @PutMapping("/{id}")
    Mono<ItemView> revise(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                          @Valid @RequestBody ItemRequest request) {
        return Mono.fromSupplier(request::toContent)
                .flatMap(content -> revising.revise(caller, id, content))
                .map(ItemView::of);
    }

    @PostMapping("/{id}/submission")
    Mono<ItemView> submit(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return submitting.submit(caller, id).map(ItemView::of);
    }
}
