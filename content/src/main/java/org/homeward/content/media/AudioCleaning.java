package org.homeward.content.media;

import java.util.Arrays;

import org.homeward.infra.errors.HomewardException;
import org.homeward.infra.errors.Problem;

/**
 * Takes the tags off MP3 recordings (ID3v2 at the start, ID3v1 at the end: titles, names, comments,
 * pictures) and checks that what is left starts with an MPEG audio frame. M4A and OGG are stored as
 * uploaded for now: their metadata boxes are not yet removed.
 */
public final class AudioCleaning {

    private static final int ID3V2_HEADER = 10;
    private static final int ID3V1_SIZE = 128;

    public byte[] clean(MediaFormat format, byte[] upload) {
        if (format != MediaFormat.MP3) {
            return upload;
        }
        int start = id3v2Length(upload);
        int end = hasId3v1(upload) ? upload.length - ID3V1_SIZE : upload.length;
        if (start >= end || !MediaFormat.recognise(Arrays.copyOfRange(upload, start, Math.min(end, start + 4)))
                .filter(MediaFormat.MP3::equals).isPresent() || isId3(upload, start)) {
            throw new HomewardException(Problem.UNSUPPORTED_MEDIA_TYPE, "The recording is not MP3 audio");
        }
        return Arrays.copyOfRange(upload, start, end);
    }

    /** The ID3v2 tag's total length (header, body and optional footer); 0 when there is none. */
    private static int id3v2Length(byte[] bytes) {
        if (!isId3(bytes, 0) || bytes.length < ID3V2_HEADER) {
            return 0;
        }
        int size = (bytes[6] & 0x7F) << 21 | (bytes[7] & 0x7F) << 14 | (bytes[8] & 0x7F) << 7 | (bytes[9] & 0x7F);
        boolean footer = (bytes[5] & 0x10) != 0;
        long total = (long) ID3V2_HEADER + size + (footer ? ID3V2_HEADER : 0);
        return total > bytes.length ? bytes.length : (int) total;
    }

    private static boolean isId3(byte[] bytes, int at) {
        return bytes.length >= at + 3 && bytes[at] == 'I' && bytes[at + 1] == 'D' && bytes[at + 2] == '3';
    }

    private static boolean hasId3v1(byte[] bytes) {
        int at = bytes.length - ID3V1_SIZE;
        return at >= 0 && bytes[at] == 'T' && bytes[at + 1] == 'A' && bytes[at + 2] == 'G';
    }
}
