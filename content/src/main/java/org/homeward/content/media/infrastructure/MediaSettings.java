package org.homeward.content.media.infrastructure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code homeward.content.media.*}: how large an upload may be.
 *
 * @param maxImagePixels images are refused above this many pixels before they are decoded
 */
@ConfigurationProperties("homeward.content.media")
public record MediaSettings(@DefaultValue("5MB") DataSize maxImageSize,
                            @DefaultValue("10MB") DataSize maxAudioSize,
                            @DefaultValue("40000000") long maxImagePixels) {

    public long maxUploadBytes() {
        return Math.max(maxImageSize.toBytes(), maxAudioSize.toBytes());
    }
}
