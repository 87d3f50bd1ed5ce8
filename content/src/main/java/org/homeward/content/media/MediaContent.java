package org.homeward.content.media;

import java.nio.ByteBuffer;

import reactor.core.publisher.Flux;

/** A media file and its bytes, streamed from storage. */
public record MediaContent(MediaInfo info, Flux<ByteBuffer> bytes) {
}
