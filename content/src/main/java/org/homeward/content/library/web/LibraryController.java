package org.homeward.content.library.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;
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

@Tag(name = "Library", description = "The published safety library, favourites and reports")
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

    @Operation(operationId = "browseLibrary", summary = "Browse or search the published library")
    @GetMapping("/content/library")
    Flux<LibraryItemView> browse(@RequestParam Optional<Topic> topic, @RequestParam Optional<AgeBand> ageBand,
                                 @RequestParam Optional<String> q) {
        return browsing.browse(topic, ageBand, q.filter(text -> !text.isBlank())).map(LibraryItemView::of);
    }

    @Operation(operationId = "readLibraryItem", summary = "Read a published item")
    @GetMapping("/content/library/{id}")
    Mono<LibraryItemView> read(@PathVariable String id) {
        return browsing.read(id).map(LibraryItemView::of);
    }

    @Operation(operationId = "markItemHelpful", summary = "Say a published item helped me (a young person)")
    @PostMapping("/content/library/{id}/helped")
    Mono<Helped> helped(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return helpful.mark(caller, id).map(count -> new Helped(id, count));
    }

    @Operation(operationId = "reportLibraryItem", summary = "Report a published item to the moderators")
    @PostMapping("/content/library/{id}/reports")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<ReportReceipt> report(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                               @Valid @RequestBody ReportRequest request) {
        return reporting.report(caller, id, request.category(), request.note())
                .map(report -> new ReportReceipt(report.id(), report.category(), report.at()));
    }

    @Operation(operationId = "listFavourites", summary = "List my favourite items (a young person)")
    @GetMapping("/content/favourites")
    Flux<LibraryItemView> favourites(@AuthenticationPrincipal Caller caller) {
        return favourites.list(caller).map(LibraryItemView::of);
    }

    @Operation(operationId = "addFavourite", summary = "Keep an item as a favourite (a young person)")
    @PutMapping("/content/favourites/{itemId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> save(@AuthenticationPrincipal Caller caller, @PathVariable String itemId) {
        return favourites.save(caller, itemId);
    }

    @Operation(operationId = "removeFavourite", summary = "Remove an item from my favourites (a young person)")
    @DeleteMapping("/content/favourites/{itemId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> forget(@AuthenticationPrincipal Caller caller, @PathVariable String itemId) {
        return favourites.forget(caller, itemId);
    }

    @Operation(operationId = "downloadMedia", summary = "Download a published image or audio file",
            responses = @ApiResponse(responseCode = "200", description = "The file, its metadata stripped",
                    content = {
                        @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")),
                        @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")),
                        @Content(mediaType = "audio/mpeg", schema = @Schema(type = "string", format = "binary")),
                        @Content(mediaType = "audio/mp4", schema = @Schema(type = "string", format = "binary")),
                        @Content(mediaType = "audio/ogg", schema = @Schema(type = "string", format = "binary"))}))
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
