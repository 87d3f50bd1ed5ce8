package org.homeward.content.media;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The formats accepted, recognised by their first bytes (magic numbers), never by file name or by
 * the content type the client claims.
 */
public enum MediaFormat {
    PNG(MediaKind.IMAGE, "image/png"),
    JPEG(MediaKind.IMAGE, "image/jpeg"),
    MP3(MediaKind.AUDIO, "audio/mpeg"),
    M4A(MediaKind.AUDIO, "audio/mp4"),
    OGG(MediaKind.AUDIO, "audio/ogg");

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] OGG_SIGNATURE = ascii("OggS");
    private static final byte[] ID3 = ascii("ID3");
    private static final byte[] FTYP = ascii("ftyp");
    private static final String[] M4A_BRANDS = {"M4A ", "M4B ", "mp42", "isom", "iso2"};

    private final MediaKind kind;
    private final String mediaType;

    MediaFormat(MediaKind kind, String mediaType) {
        this.kind = kind;
        this.mediaType = mediaType;
    }

    public MediaKind kind() {
        return kind;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<MediaFormat> recognise(byte[] bytes) {
        if (startsWith(bytes, 0, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, 0, OGG_SIGNATURE)) {
            return Optional.of(OGG);
        }
        if (startsWith(bytes, 4, FTYP) && bytes.length >= 12) {
            String brand = new String(bytes, 8, 4, StandardCharsets.US_ASCII);
            return Arrays.asList(M4A_BRANDS).contains(brand) ? Optional.of(M4A) : Optional.empty();
        }
        if (startsWith(bytes, 0, ID3) || mpegFrameSync(bytes)) {
            return Optional.of(MP3);
        }
        return Optional.empty();
    }

    /** An MPEG audio frame header: 11 set sync bits, layer III, and a valid bitrate and sample rate. */
    private static boolean mpegFrameSync(byte[] bytes) {
        if (bytes.length < 4 || (bytes[0] & 0xFF) != 0xFF || (bytes[1] & 0xE0) != 0xE0) {
            return false;
        }
        int version = (bytes[1] >> 3) & 0x3;
        int layer = (bytes[1] >> 1) & 0x3;
        int bitrate = (bytes[2] >> 4) & 0xF;
        int sampleRate = (bytes[2] >> 2) & 0x3;
        return version != 1 && layer == 1 && bitrate != 0 && bitrate != 0xF && sampleRate != 3;
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        if (bytes.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
