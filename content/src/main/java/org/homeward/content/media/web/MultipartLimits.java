package org.homeward.content.media.web;

import org.homeward.content.media.infrastructure.MediaSettings;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.http.codec.multipart.DefaultPartHttpMessageReader;
import org.springframework.http.codec.multipart.MultipartHttpMessageReader;
import org.springframework.web.reactive.config.WebFluxConfigurer;

/**
 * Bounds multipart uploads while they stream in: a part larger than the largest media file is cut
 * off (413) instead of being spooled to disk without end.
 */
@Configuration(proxyBeanMethods = false)
class MultipartLimits implements WebFluxConfigurer {

    private static final int MAX_PARTS = 4;

    private final MediaSettings settings;

    MultipartLimits(MediaSettings settings) {
        this.settings = settings;
    }

    @Override
    public void configureHttpMessageCodecs(ServerCodecConfigurer configurer) {
        DefaultPartHttpMessageReader parts = new DefaultPartHttpMessageReader();
        parts.setMaxDiskUsagePerPart(settings.maxUploadBytes());
        parts.setMaxParts(MAX_PARTS);
        configurer.defaultCodecs().multipartReader(new MultipartHttpMessageReader(parts));
    }
}
