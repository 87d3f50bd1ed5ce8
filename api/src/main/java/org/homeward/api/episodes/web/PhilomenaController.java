package org.homeward.api.episodes.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.homeward.api.episodes.ExportingPolicePack;
import org.homeward.api.episodes.KeepingPhilomenaProfile;
import org.homeward.api.episodes.MissingEpisode;
import org.homeward.api.episodes.PhilomenaPhoto;
import org.homeward.api.episodes.PhilomenaProfile;
import org.homeward.api.episodes.PolicePack;
import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.identity.Caller;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Philomena part 1 (kept per young person, with its photo) and the police pack of an episode.
 * Personal data: for the child's carers, workers and managers only; never cached, never logged.
 */
@Tag(name = "Missing episodes", description = "Missing episodes from report to return, Philomena profiles, police packs, "
        + "strategy discussions, the missing policy and the DfE return")
@RestController
class PhilomenaController {

    /** The largest photo accepted (5 MB by default) and room for the multipart envelope. */
    private static final int MAX_UPLOAD = 6 * 1024 * 1024;

    record ProfileBody(@Size(max = 2000) String description,
                       @Size(max = 30) List<@Size(max = 2000) String> friendsAndAssociates,
                       @Size(max = 30) List<@Size(max = 2000) String> places,
                       @Size(max = 30) List<@Size(max = 2000) String> phoneNumbers,
                       @Size(max = 30) List<@Size(max = 2000) String> socialMedia,
                       @Size(max = 2000) String healthNeeds, @Size(max = 2000) String medication,
                       @Size(max = 30) List<@Size(max = 200) String> languages,
                       @Size(max = 2000) String moneyAndTransport, LocalDate reviewDue) {
        PhilomenaProfile.Details details() {
            return new PhilomenaProfile.Details(description, friendsAndAssociates, places, phoneNumbers, socialMedia,
                    healthNeeds, medication, languages, moneyAndTransport, reviewDue);
        }
    }

    record HistoryView(String episodeId, String status, String whereabouts, Instant startedAt, Instant endedAt) {
    }

    record ProfileView(String youngPersonId, String description, List<String> friendsAndAssociates,
                       List<String> places, List<String> phoneNumbers, List<String> socialMedia, String healthNeeds,
                       String medication, List<String> languages, String moneyAndTransport,
                       PhilomenaProfile.Photo photo, String photoUrl, LocalDate reviewDue, String updatedBy,
                       Instant updatedAt, List<HistoryView> missingHistory) {
        static ProfileView of(KeepingPhilomenaProfile.Read read) {
            PhilomenaProfile p = read.profile();
            return new ProfileView(p.youngPersonId(), p.description(), p.friendsAndAssociates(), p.places(),
                    p.phoneNumbers(), p.socialMedia(), p.healthNeeds(), p.medication(), p.languages(),
                    p.moneyAndTransport(), p.photo(),
                    p.photo() == null ? null : "/young-people/" + p.youngPersonId() + "/philomena/photo",
                    p.reviewDue(), p.updatedBy(), p.updatedAt(),
                    read.history().stream().map(e -> new HistoryView(e.id(), e.status().name(), e.whereabouts().name(),
                            e.startedAt(), e.endedAt())).toList());
        }
    }

    /**
     * The police pack as JSON: the same fields as {@link PolicePack}, with the parts always present
     * documented as required, so that a nested record's null fields are described where they are.
     */
    record PolicePackView(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) PolicePack.Disclosure disclosure,
                          String exportedBy, Instant exportedAt,
                          @Schema(requiredMode = Schema.RequiredMode.REQUIRED) PolicePack.Child child,
                          @Schema(requiredMode = Schema.RequiredMode.REQUIRED) PhilomenaProfile partOne,
                          boolean hasPhoto, List<PolicePack.HistoryItem> missingHistory,
                          @Schema(requiredMode = Schema.RequiredMode.REQUIRED) MissingEpisode episode,
                          List<PolicePack.Located> locations, List<PolicePack.RecentCheckIn> recentCheckIns) {
        static PolicePackView of(PolicePack pack) {
            return new PolicePackView(pack.disclosure(), pack.exportedBy(), pack.exportedAt(), pack.child(),
                    pack.partOne(), pack.hasPhoto(), pack.missingHistory(), pack.episode(), pack.locations(),
                    pack.recentCheckIns());
        }
    }

    record DisclosureBody(@NotBlank @Size(max = 200) String force, @Size(max = 200) String reference,
                          @NotBlank @Size(max = 2000) String reason) {
    }

    private final KeepingPhilomenaProfile profiles;
    private final PhilomenaPhoto photos;
    private final ExportingPolicePack packs;

    PhilomenaController(KeepingPhilomenaProfile profiles, PhilomenaPhoto photos, ExportingPolicePack packs) {
        this.profiles = profiles;
        this.photos = photos;
        this.packs = packs;
    }

    @Operation(operationId = "getPhilomenaProfile", summary = "A child's Philomena part 1, with the missing history from their episodes")
    @GetMapping("/young-people/{id}/philomena")
    Mono<ResponseEntity<ProfileView>> profile(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return profiles.read(caller, id).map(ProfileView::of).map(PhilomenaController::private_);
    }

    @Operation(operationId = "updatePhilomenaProfile", summary = "Keep a child's Philomena part 1 current (replaces it; the photo stays)")
    @PutMapping("/young-people/{id}/philomena")
    Mono<ResponseEntity<ProfileView>> update(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                                             @Valid @RequestBody ProfileBody body) {
        return Mono.defer(() -> profiles.update(caller, id, body.details())).map(ProfileView::of)
                .map(PhilomenaController::private_);
    }

    @Operation(operationId = "uploadPhilomenaPhoto", summary = "Upload the child's recent photo (PNG or JPEG, multipart field file); stored without metadata")
    @PutMapping(path = "/young-people/{id}/philomena/photo", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Mono<PhilomenaProfile.Photo> uploadPhoto(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                                             @RequestPart("file") Mono<Part> file) {
        return file.filter(FilePart.class::isInstance)
                .switchIfEmpty(Mono.error(new InvalidField("file", "a file is required")))
                .flatMap(part -> DataBufferUtils.join(part.content(), MAX_UPLOAD))
                .map(PhilomenaController::bytes)
                .flatMap(bytes -> photos.upload(caller, id, bytes));
    }

    @ApiResponse(responseCode = "200", description = "The photo, PNG or JPEG as uploaded (without metadata); never cached",
            content = {@Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary"))})
    @Operation(operationId = "getPhilomenaPhoto", summary = "The child's photo")
    @GetMapping("/young-people/{id}/philomena/photo")
    Mono<ResponseEntity<byte[]>> photo(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
        return photos.view(caller, id).map(photo -> ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(photo.mediaType()))
                .cacheControl(CacheControl.noStore())
                .body(photo.bytes()));
    }

    @ApiResponse(responseCode = "200", description = "The police pack, as JSON or (Accept: application/pdf) a printable PDF",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = PolicePackView.class)),
                    @Content(mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string", format = "binary"))})
    @Operation(operationId = "exportPolicePack", summary = "Export the police pack (Accept: application/pdf for the printable PDF, else JSON); "
            + "each export is a recorded disclosure")
    @PostMapping(path = "/missing-episodes/{id}/police-pack",
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PDF_VALUE})
    Mono<ResponseEntity<?>> policePack(@AuthenticationPrincipal Caller caller, @PathVariable String id,
                                       @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
                                       @Valid @RequestBody DisclosureBody body) {
        boolean pdf = accept != null && accept.contains(MediaType.APPLICATION_PDF_VALUE);
        return Mono.defer(() -> packs.export(caller, id, new PolicePack.Disclosure(body.force(), body.reference(),
                        body.reason()), pdf ? ExportingPolicePack.Format.PDF : ExportingPolicePack.Format.JSON))
                .map(exported -> pdf
                        ? ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(CacheControl.noStore())
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename("police-pack-" + id + ".pdf").build().toString())
                        .body(exported.pdf())
                        : ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                        .cacheControl(CacheControl.noStore()).body(PolicePackView.of(exported.pack())));
    }

    private static <T> ResponseEntity<T> private_(T body) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }

    private static byte[] bytes(DataBuffer buffer) {
        try {
            byte[] bytes = new byte[buffer.readableByteCount()];
            buffer.read(bytes);
            return bytes;
        } finally {
            DataBufferUtils.release(buffer);
        }
    }
}
