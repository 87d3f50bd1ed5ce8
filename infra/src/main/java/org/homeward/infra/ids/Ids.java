package org.homeward.infra.ids;

import java.nio.ByteBuffer;
import java.security.DrbgParameters;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Record and request ids: random version-4 UUIDs that nobody can predict from the ids they have
 * seen (an id in a text or a link must not lead to the next child's record), made without blocking
 * an event-loop thread. They come from the JDK's DRBG (NIST SP 800-90A Hash_DRBG, 256-bit strength),
 * which reads the system's entropy once, when this class is loaded — at start-up, on the main
 * thread ({@code FirebaseConfiguration} names its app with an id) — and from then on only computes:
 * no file is read per id, unlike {@link UUID#randomUUID()} (NativePRNG reads /dev/urandom). It never
 * reseeds by itself (no prediction resistance requested), so nothing blocks later either.
 */
public final class Ids {

    private static final SecureRandom RANDOM = seeded();

    private Ids() {
    }

    public static String next() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40);
        bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong()).toString();
    }

    private static SecureRandom seeded() {
        try {
            SecureRandom random = SecureRandom.getInstance("DRBG",
                    DrbgParameters.instantiation(256, DrbgParameters.Capability.NONE, "homeward-ids".getBytes()));
            random.nextBytes(new byte[16]); // instantiate now: the only read of the system's entropy
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK offers no DRBG", e);
        }
    }
}
