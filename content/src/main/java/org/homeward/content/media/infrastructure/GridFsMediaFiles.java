package org.homeward.content.media.infrastructure;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;

import com.mongodb.client.gridfs.model.GridFSFile;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.homeward.content.media.MediaContent;
import org.homeward.content.media.MediaFiles;
import org.homeward.content.media.MediaFormat;
import org.homeward.content.media.MediaInfo;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.data.mongodb.gridfs.ReactiveGridFsTemplate;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Media in GridFS (bucket {@code content_media}); who uploaded it and its checked format ride in the metadata. */
class GridFsMediaFiles implements MediaFiles {

    private static final String OWNER = "ownerUid";
    private static final String ORGANISATION = "organisationId";
    private static final String FORMAT = "format";

    private final ReactiveGridFsTemplate gridFs;
    private final Clock clock;

    GridFsMediaFiles(ReactiveGridFsTemplate gridFs, Clock clock) {
        this.gridFs = gridFs;
        this.clock = clock;
    }

    @Override
    public Mono<MediaInfo> store(MediaFormat format, byte[] bytes, String ownerUid, String organisationId) {
        Instant now = clock.instant();
        Document metadata = new Document(OWNER, ownerUid).append(ORGANISATION, organisationId)
                .append(FORMAT, format.name()).append("storedAt", Date.from(now));
        Flux<DataBuffer> content = Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(bytes));
        return gridFs.store(content, format.name().toLowerCase() + "-upload", format.mediaType(), metadata)
                .map(id -> new MediaInfo(id.toHexString(), format, bytes.length, ownerUid, organisationId, now));
    }

    @Override
    public Mono<MediaInfo> findById(String id) {
        return file(id).map(GridFsMediaFiles::info);
    }

    @Override
    public Mono<MediaContent> open(String id) {
        return file(id).flatMap(file -> gridFs.getResource(file)
                .map(resource -> new MediaContent(info(file), resource.getDownloadStream().map(GridFsMediaFiles::copy))));
    }

    private Mono<GridFSFile> file(String id) {
        if (!ObjectId.isValid(id)) {
            return Mono.empty();
        }
        return gridFs.findOne(query(where("_id").is(new ObjectId(id))));
    }

    private static MediaInfo info(GridFSFile file) {
        Document metadata = file.getMetadata() == null ? new Document() : file.getMetadata();
        Date storedAt = metadata.getDate("storedAt");
        return new MediaInfo(file.getObjectId().toHexString(), MediaFormat.valueOf(metadata.getString(FORMAT)),
                file.getLength(), metadata.getString(OWNER), metadata.getString(ORGANISATION),
                storedAt == null ? file.getUploadDate().toInstant() : storedAt.toInstant());
    }

    private static ByteBuffer copy(DataBuffer buffer) {
        try {
            byte[] bytes = new byte[buffer.readableByteCount()];
            buffer.read(bytes);
            return ByteBuffer.wrap(bytes);
        } finally {
            DataBufferUtils.release(buffer);
        }
    }
}
