package org.homeward.content.library.web;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.homeward.content.items.AgeBand;
import org.homeward.content.items.Topic;
import org.homeward.content.library.Browsing;
import org.homeward.content.library.KeepingFavourites;
import org.homeward.content.library.MarkingHelpful;
import org.homeward.content.library.ReportCategory;
import org.homeward.content.library.ReportingItems;
import org.homeward.content.library.ServingMedia;
import org.homeward.infra.identity.Caller;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@RestController
class LibraryController {

    private final Browsing browsing;
    private final KeepingFavourites favourites;
    private final MarkingHelpful helpful;
    private final ReportingItems reporting;
    private final ServingMedia media;

    LibraryController(Browsing browsing, KeepingFavourites favourites, MarkingHelpful helpful,
                      ReportingItems reporting, ServingMedia media) {
        this.browsing = browsing;
        this.favourites = favourites;
        this.helpful = helpful;
        this.reporting = reporting;
        this.media = media;
    }

    record ReportRequest(@NotNull ReportCategory category, @Size(max = 1000) String note) {
    }

    record ReportReceipt(String id, ReportCategory category, Instant at) {
    }

    record Helped(String itemId, long helpedCount) {
    }

    @GetMapping("/content/library")
    Flux<LibraryItemView> browse(@RequestParam Optional<Topic> topic, @RequestParam Optional<AgeBand> ageBand,
                                 @RequestParam Optional<String> q) {
        return browsing.browse(topic, ageBand, q.filter(text -> !text.isBlank())).map(LibraryItemView::of);
    }

    @GetMapping("/content/library/{id}")
    Mono<LibraryItemView> read(@PathVariable String id) {
        return browsing.read(id).map(LibraryItemView::of);
    }

    @PostMapping("/content/library/{id}/helped")
    Mono<Helped> helped(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return helpful.mark(caller, id).map(count -> new Helped(id, count));
    }

    @PostMapping("/content/library/{id}/reports")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<ReportReceipt> report(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                               @Valid @RequestBody ReportRequest request) {
        return reporting.report(caller, id, request.category(), request.note())
                .map(report -> new ReportReceipt(report.id(), report.category(), report.at()));
    }

    @GetMapping("/content/favourites")
    Flux<LibraryItemView> favourites(@AuthenticationPrincipal Caller caller) {
        return favourites.list(caller).map(LibraryItemView::of);
    }

    @PutMapping("/content/favourites/{itemId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> save(@AuthenticationPrincipal Caller caller, @PathVariable String itemId) {
        return favourites.save(caller, itemId);
    }

    @DeleteMapping("/content/favourites/{itemId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> forget(@AuthenticationPrincipal Caller caller, @PathVariable String itemId) {
        return favourites.forget(caller, itemId);
    }

    @GetMapping("/content/media/{id}")
    Mono<ResponseEntity<Flux<ByteBuffer>>> media(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return media.open(caller, id).map(content -> ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.info().format().mediaType()))
                .contentLength(content.info().size())
                .cacheControl(CacheControl.noStore())
                .header("X-Content-Type-Options", "nosniff")
                .body(content.bytes()));
    }
}
