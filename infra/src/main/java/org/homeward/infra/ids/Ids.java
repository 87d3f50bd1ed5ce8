package org.homeward.infra.ids;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Record and request ids. Random, unique, and cheap enough for an event-loop thread:
 * {@link UUID#randomUUID()} draws on SecureRandom, which reads /dev/urandom and may block.
 * Ids are not secrets (access is checked on every read), so a non-cryptographic source is enough.
 */
public final class Ids {

    private Ids() {
    }

    public static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least).toString();
    }
}
