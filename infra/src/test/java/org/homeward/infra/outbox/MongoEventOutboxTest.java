package org.homeward.infra.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.homeward.infra.ids.Ids;
import org.homeward.infra.testing.MutableClock;
import org.homeward.infra.timer.Timer;
import org.homeward.infra.timer.TimerOutcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.SimpleReactiveMongoDatabaseFactory;

/**
 * An event whose timer fires before the event is stored (its publisher died between arming and
 * storing) is looked for a bounded number of times, then given up: a timer fired again starts its own
 * attempt count afresh, so the looks are counted in the payload.
 */
class MongoEventOutboxTest {

    static final Duration WAIT = Duration.ofSeconds(30);
    static MongoServer server;
    static MongoClient client;

    @BeforeAll
    static void connect() {
        String uri = System.getProperty("homeward.mongodb.uri", "");
        if (uri.isBlank()) {
            server = new MongoServer(new MemoryBackend());
            InetSocketAddress address = server.bind();
            uri = "mongodb://" + address.getHostString() + ":" + address.getPort();
        }
        client = MongoClients.create(uri);
    }

    @AfterAll
    static void disconnect() {
        client.close();
        if (server != null) {
            server.shutdownNow();
        }
    }

    @Test
    void anEventNeverStoredIsLookedForFiveTimesThenGivenUp() {
        ReactiveMongoTemplate mongo = new ReactiveMongoTemplate(
                new SimpleReactiveMongoDatabaseFactory(client, "outbox-" + Ids.next().substring(0, 8)));
        MutableClock clock = new MutableClock(Instant.parse("2026-11-27T20:00:00Z"));
        MongoEventOutbox outbox = new MongoEventOutbox(mongo, null, List.of(), clock);

        Map<String, String> payload = Map.of("eventId", "never-stored");
        int looks = 0;
        TimerOutcome outcome;
        do {
            // as the poller hands it over: claimed afresh each time it fires again, so attempts is 1
            outcome = outbox.handle(new Timer(MongoEventOutbox.timerId("never-stored"), MongoEventOutbox.KIND,
                    clock.instant(), payload, 1, "lease")).block(WAIT);
            looks++;
            if (outcome instanceof TimerOutcome.Again again) {
                assertThat(again.dueAt()).isEqualTo(clock.instant().plusSeconds(30));
                payload = again.payload();
                clock.set(again.dueAt());
            }
        } while (outcome instanceof TimerOutcome.Again && looks < 20);

        assertThat(outcome).isInstanceOf(TimerOutcome.Done.class);
        assertThat(looks).isEqualTo(MongoEventOutbox.LOOKS);
    }
}
