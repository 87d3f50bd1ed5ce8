package org.homeward.content.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.homeward.infra.errors.HomewardException;
import org.junit.jupiter.api.Test;

class AudioCleaningTest {

    private static final byte[] FRAME = {(byte) 0xFF, (byte) 0xFB, (byte) 0x90, 0x64, 1, 2, 3, 4};

    private static byte[] id3v2(String content) {
        byte[] body = content.getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {'I', 'D', '3', 4, 0, 0, 0, 0, 0, (byte) body.length});
        out.writeBytes(body);
        return out.toByteArray();
    }

    private static byte[] id3v1(String title) {
        byte[] tag = new byte[128];
        System.arraycopy("TAG".getBytes(StandardCharsets.US_ASCII), 0, tag, 0, 3);
        byte[] name = title.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(name, 0, tag, 3, name.length);
        return tag;
    }

    @Test
    void removesId3TagsAtBothEndsAndKeepsTheAudio() {
        ByteArrayOutputStream upload = new ByteArrayOutputStream();
        upload.writeBytes(id3v2("TIT2 Recorded at 12 Acacia Avenue by Jordan"));
        upload.writeBytes(FRAME);
        upload.writeBytes(id3v1("Jordan's voice note"));
        assertThat(new AudioCleaning().clean(MediaFormat.MP3, upload.toByteArray())).isEqualTo(FRAME);
    }

    @Test
    void refusesATagWithNoAudioBehindIt() {
        byte[] upload = id3v2("nothing but a tag <script>");
        assertThatThrownBy(() -> new AudioCleaning().clean(MediaFormat.MP3, upload))
                .isInstanceOf(HomewardException.class);
    }
}
