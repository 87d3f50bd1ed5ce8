package org.homeward.content.media.infrastructure;

import java.time.Clock;

import org.homeward.content.media.ImageCleaning;
import org.homeward.content.media.MediaFiles;
import org.homeward.content.media.UploadingMedia;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.ReactiveMongoDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.gridfs.ReactiveGridFsTemplate;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MediaSettings.class)
class MediaConfiguration {

    static final String BUCKET = "content_media";

    @Bean
    MediaFiles mediaFiles(ReactiveMongoDatabaseFactory databases, MongoConverter converter, Clock clock) {
        return new GridFsMediaFiles(new ReactiveGridFsTemplate(databases, converter, BUCKET), clock);
    }

    @Bean
    UploadingMedia uploadingMedia(MediaFiles files, MediaSettings settings) {
        return new UploadingMedia(files, new ImageCleaning(settings.maxImagePixels()),
                settings.maxImageSize().toBytes(), settings.maxAudioSize().toBytes());
    }
}
