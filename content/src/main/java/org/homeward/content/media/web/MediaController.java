package org.homeward.content.media.web;

import org.homeward.infra.web.ProblemResponse;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;
import org.homeward.content.media.MediaInfo;
import org.homeward.content.media.UploadingMedia;
import org.homeward.content.media.infrastructure.MediaSettings;
import org.homeward.infra.errors.HomewardException;
import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.errors.Problem;
import org.homeward.infra.identity.Caller;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Contributors upload images and recordings as multipart form data, field {@code file}. */
@Tag(name = "Content authoring", description = "Safety items written by the youth panel, before publication")
@RestController
class MediaController {

    /** Room for the multipart envelope around the file itself. */
    private static final long ENVELOPE = 64 * 1024;

    private final UploadingMedia uploading;
    private final long maxBytes;

    MediaController(UploadingMedia uploading, MediaSettings settings) {
        this.uploading = uploading;
        this.maxBytes = settings.maxUploadBytes();
    }

    record MediaView(String id, String kind, String mediaType, long size, String url) {
        static MediaView of(MediaInfo info) {
            return new MediaView(info.id(), info.kind().name(), info.format().mediaType(), info.size(),
                    "/content/media/" + info.id());
        }
    }

    /** The multipart form an upload sends, as the OpenAPI document describes it. */
    record Upload(@Schema(type = "string", format = "binary", requiredMode = Schema.RequiredMode.REQUIRED,
            description = "A PNG, JPEG, MP3, M4A or Ogg file") String file) {
    }

    @ProblemResponse(status = 422, description = "The file could not be read as the image or audio it claims to be")

    @Operation(operationId = "uploadMedia",
            summary = "Upload an image or audio file for an item (a contributor); its metadata is stripped",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                    schema = @Schema(implementation = Upload.class))))
    @PostMapping(path = "/content/media", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Mono<MediaView> upload(@AuthenticationPrincipal Caller caller,
                           @Parameter(hidden = true) @RequestHeader(name = "Content-Length", required = false) Long declared,
                           @Parameter(hidden = true) @RequestPart("file") Mono<Part> file) {
        if (declared != null && declared > maxBytes + ENVELOPE) {
            return Mono.error(new HomewardException(Problem.PAYLOAD_TOO_LARGE,
                    "An upload may be at most " + maxBytes + " bytes"));
        }
        return file.filter(FilePart.class::isInstance)
                .switchIfEmpty(Mono.error(new InvalidField("file", "a file is required")))
                .flatMap(part -> DataBufferUtils.join(part.content(), (int) maxBytes))
                .map(MediaController::bytes)
                .flatMap(bytes -> uploading.upload(caller, bytes))
                .map(MediaView::of);
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
