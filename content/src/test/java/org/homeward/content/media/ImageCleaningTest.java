package org.homeward.content.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.homeward.infra.errors.RuleViolation;
import org.junit.jupiter.api.Test;

class ImageCleaningTest {

    private static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(1, 1, 0xFF00FF00);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void keepsThePixelsAndDropsAnythingHiddenAfterThem() throws IOException {
        ByteArrayOutputStream upload = new ByteArrayOutputStream();
        upload.writeBytes(png(20, 10));
        upload.writeBytes("lat=51.5072;lon=-0.1276".getBytes(StandardCharsets.US_ASCII));

        byte[] cleaned = new ImageCleaning(1_000_000).clean(MediaFormat.PNG, upload.toByteArray());

        BufferedImage back = ImageIO.read(new ByteArrayInputStream(cleaned));
        assertThat(back.getWidth()).isEqualTo(20);
        assertThat(back.getRGB(1, 1)).isEqualTo(0xFF00FF00);
        assertThat(new String(cleaned, StandardCharsets.ISO_8859_1)).doesNotContain("lat=51.5072");
    }

    @Test
    void refusesImagesWithTooManyPixelsBeforeDecodingThem() throws IOException {
        byte[] upload = png(200, 200);
        assertThatThrownBy(() -> new ImageCleaning(10_000).clean(MediaFormat.PNG, upload))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("too large");
    }

    @Test
    void refusesBytesThatOnlyLookLikeAnImage() {
        byte[] fake = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2, 3};
        assertThatThrownBy(() -> new ImageCleaning(10_000).clean(MediaFormat.JPEG, fake))
                .isInstanceOf(RuleViolation.class);
    }
}
