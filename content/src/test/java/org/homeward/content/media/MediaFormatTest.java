package org.homeward.content.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class MediaFormatTest {

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    @Test
    void recognisesEachAcceptedFormatByItsFirstBytes() {
        assertThat(MediaFormat.recognise(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0))).contains(MediaFormat.PNG);
        assertThat(MediaFormat.recognise(bytes(0xFF, 0xD8, 0xFF, 0xE0))).contains(MediaFormat.JPEG);
        assertThat(MediaFormat.recognise("ID3\u0004rest".getBytes(StandardCharsets.ISO_8859_1))).contains(MediaFormat.MP3);
        assertThat(MediaFormat.recognise(bytes(0xFF, 0xFB, 0x90, 0x64))).contains(MediaFormat.MP3);
        assertThat(MediaFormat.recognise(bytes(0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'M', '4', 'A', ' '))).contains(MediaFormat.M4A);
        assertThat(MediaFormat.recognise("OggS\0\2".getBytes(StandardCharsets.ISO_8859_1))).contains(MediaFormat.OGG);
    }

    @Test
    void refusesEverythingElseWhateverItIsCalled() {
        assertThat(MediaFormat.recognise("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(MediaFormat.recognise("GIF89a".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(MediaFormat.recognise(bytes(0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'q', 't', ' ', ' '))).isEmpty();
        assertThat(MediaFormat.recognise(new byte[0])).isEmpty();
    }
}
