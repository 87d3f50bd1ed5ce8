package org.homeward.content.media;

import org.homeward.infra.errors.HomewardException;
import org.homeward.infra.errors.Problem;
import org.homeward.infra.identity.Caller;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A contributor uploads an image or a recording. The format is recognised from the bytes; images are
 * re-encoded so that their metadata (GPS location above all) is never stored, and MP3 tags are removed.
 */
public class UploadingMedia {

    private final MediaFiles files;
    private final ImageCleaning images;
    private final AudioCleaning audio = new AudioCleaning();
    private final long maxImageBytes;
    private final long maxAudioBytes;

    public UploadingMedia(MediaFiles files, ImageCleaning images, long maxImageBytes, long maxAudioBytes) {
        this.files = files;
        this.images = images;
        this.maxImageBytes = maxImageBytes;
        this.maxAudioBytes = maxAudioBytes;
    }

    public Mono<MediaInfo> upload(Caller caller, byte[] bytes) {
        return Mono.fromSupplier(() -> recognise(bytes))
                .flatMap(format -> cleaned(format, bytes)
                        .flatMap(clean -> files.store(format, clean, caller.uid(), caller.organisationIdOrNone())));
    }

    private MediaFormat recognise(byte[] bytes) {
        MediaFormat format = MediaFormat.recognise(bytes).orElseThrow(() -> new HomewardException(
                Problem.UNSUPPORTED_MEDIA_TYPE, "Only PNG or JPEG images and MP3, M4A or OGG audio are accepted"));
        long limit = format.kind() == MediaKind.IMAGE ? maxImageBytes : maxAudioBytes;
        if (bytes.length > limit) {
            throw new HomewardException(Problem.PAYLOAD_TOO_LARGE,
                    "A " + format.kind().name().toLowerCase() + " may be at most " + limit + " bytes");
        }
        return format;
    }

    private Mono<byte[]> cleaned(MediaFormat format, byte[] bytes) {
        if (format.kind() != MediaKind.IMAGE) {
            return Mono.fromSupplier(() -> audio.clean(format, bytes));
        }
        return Mono.fromCallable(() -> images.clean(format, bytes)).subscribeOn(Schedulers.boundedElastic());
    }
}
