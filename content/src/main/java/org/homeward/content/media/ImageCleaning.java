package org.homeward.content.media;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.homeward.infra.errors.RuleViolation;

/**
 * Re-encodes an image from its pixels alone, so that nothing else of the upload survives: no EXIF
 * (GPS location above all), XMP, IPTC, comments or trailing data. Blocking: call off the event loop.
 */
public final class ImageCleaning {

    private static final float JPEG_QUALITY = 0.9f;

    private final long maxPixels;

    public ImageCleaning(long maxPixels) {
        this.maxPixels = maxPixels;
    }

    public byte[] clean(MediaFormat format, byte[] upload) {
        try {
            BufferedImage pixels = decode(upload);
            return format == MediaFormat.PNG ? png(pixels) : jpeg(pixels);
        } catch (IOException | RuntimeException e) {
            if (e instanceof RuleViolation rule) {
                throw rule;
            }
            throw new RuleViolation("The image could not be read");
        }
    }

    /** Reads the size first, so that a small file claiming an enormous image is refused before decoding. */
    private BufferedImage decode(byte[] upload) throws IOException {
        // Memory-cached streams: ImageIO would otherwise spool every upload to a temporary file.
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new RuleViolation("The image could not be read");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > maxPixels) {
                    throw new RuleViolation("The image is too large: at most " + maxPixels + " pixels");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        }
    }

    private static byte[] png(BufferedImage pixels) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream output = new MemoryCacheImageOutputStream(out)) {
            if (!ImageIO.write(pixels, "png", output)) {
                throw new IOException("no PNG writer");
            }
        }
        return out.toByteArray();
    }

    private static byte[] jpeg(BufferedImage pixels) throws IOException {
        BufferedImage rgb = new BufferedImage(pixels.getWidth(), pixels.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = rgb.createGraphics();
        try {
            graphics.drawImage(pixels, 0, 0, java.awt.Color.WHITE, null);
        } finally {
            graphics.dispose();
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream output = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(rgb, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
