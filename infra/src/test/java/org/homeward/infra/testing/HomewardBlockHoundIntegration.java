package org.homeward.infra.testing;

import reactor.blockhound.BlockHound;
import reactor.blockhound.integration.BlockHoundIntegration;

/**
 * BlockHound, installed for every test JVM, fails any blocking call on a non-blocking thread.
 * Exempt, none of them ours: the embedded MongoDB-wire server (a stand-in that does its storage
 * work on its own Netty threads), the MongoDB driver's brief internal locks, Netty 4.2's adaptive
 * buffer allocator (a StampedLock guarding a magazine, contended only under load: netty/netty#14564
 * exempted its other locks, armeria does the same for this one), Hibernate Validator's one-time
 * loading of its message bundle on the first invalid request, Spring Data's entity metadata cache
 * (its read-write lock, contended only while a type met for the first time is added), and resilience4j's rate limiter, whose
 * lock-free compare-and-set backs off for one nanosecond ({@code LockSupport.parkNanos(1)}) when
 * another thread won the race: a browser's parallel requests from one address or one person.
 */
public final class HomewardBlockHoundIntegration implements BlockHoundIntegration {

    @Override
    public void applyTo(BlockHound.Builder builder) {
        builder.allowBlockingCallsInside("de.bwaldvogel.mongo.wire.MongoDatabaseHandler", "channelRead0")
                .allowBlockingCallsInside("de.bwaldvogel.mongo.wire.MongoDatabaseHandler", "channelActive")
                .allowBlockingCallsInside("de.bwaldvogel.mongo.wire.MongoDatabaseHandler", "channelInactive")
                .allowBlockingCallsInside("com.mongodb.internal.Locks", "withLock")
                .allowBlockingCallsInside("com.mongodb.internal.Locks", "withInterruptibleLock")
                .allowBlockingCallsInside("com.mongodb.internal.Locks", "checkedWithLock")
                .allowBlockingCallsInside("io.netty.buffer.AdaptivePoolingAllocator$Magazine", "free")
                .allowBlockingCallsInside("io.netty.buffer.AdaptivePoolingAllocator$Magazine", "tryAllocate")
                .allowBlockingCallsInside("org.hibernate.validator.resourceloading.PlatformResourceBundleLocator",
                        "loadBundle")
                .allowBlockingCallsInside("io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter",
                        "updateStateWithBackOff")
                // springdoc builds the OpenAPI document once, at the first request for it, reading class files
                .allowBlockingCallsInside("org.springdoc.api.AbstractOpenApiResource", "getOpenApi")
                // Spring Data's in-memory entity metadata: a read lock that waits only while another thread
                // adds a type met for the first time (BlockHound's error inside lock() then surfaced as
                // "attempt to unlock read lock, not locked by current thread" from its finally block)
                .allowBlockingCallsInside("org.springframework.data.mapping.context.AbstractMappingContext",
                        "getPersistentEntity")
                .allowBlockingCallsInside("org.springframework.data.mapping.context.AbstractMappingContext",
                        "addPersistentEntity");
    }
}
