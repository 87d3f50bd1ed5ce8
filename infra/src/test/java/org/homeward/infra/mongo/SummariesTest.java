package org.homeward.infra.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.SimpleReactiveMongoDatabaseFactory;

/**
 * Summary documents on the embedded server (or the MongoDB named by {@code -Dhomeward.mongodb.uri}):
 * only the paths asked for (through lists), a newer version never overwritten by an older one, and a
 * crash between a record's write and its summary's repaired by catching up.
 */
class SummariesTest {

    static final Duration WAIT = Duration.ofSeconds(30);
    static MongoServer server;
    static MongoClient client;

    ReactiveMongoTemplate mongo;
    Summaries.Shape shape;
    Summaries summaries;

    /** A stored record as an adapter writes it: the mapped document of a record type. */
    record Thing(String id, long version, String organisationId, String youngPersonId, String status, Inner inner,
                 String bulky) {
    }

    record Inner(String grade, List<Item> items, String notes) {
    }

    record Item(String domain, String text) {
    }

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

    @BeforeEach
    void database() {
        mongo = new ReactiveMongoTemplate(new SimpleReactiveMongoDatabaseFactory(client,
                "summaries-" + UUID.randomUUID().toString().substring(0, 8)));
        shape = new Summaries.Shape("things", "thing_summaries", List.of("status", "inner.grade", "inner.items.domain"));
        summaries = new Summaries(mongo, shape);
    }

    private Thing thing(String id, long version, String status) {
        return new Thing(id, version, "org-1", "yp-" + id, status,
                new Inner("HIGH", List.of(new Item("CSE", "long text"), new Item("CCE", "more text")), "notes"),
                "x".repeat(10_000));
    }

    private void store(Thing thing) {
        mongo.save(thing, shape.source()).block(WAIT);
    }

    private Document summary(String id) {
        return mongo.findById(id, Document.class, shape.target()).block(WAIT);
    }

    @Test
    void keepsOnlyThePathsAskedForUnderTheRecordsOwnNames() {
        Thing thing = thing("a", 0, "OPEN");
        store(thing);
        summaries.write(thing).block(WAIT);

        Document summary = summary("a");
        assertThat(summary.keySet()).containsExactlyInAnyOrder("_id", "version", "organisationId", "youngPersonId",
                "status", "inner", "shape");
        assertThat(summary.get("inner", Document.class)).isEqualTo(new Document("grade", "HIGH")
                .append("items", List.of(new Document("domain", "CSE"), new Document("domain", "CCE"))));
        assertThat(summary.getString("youngPersonId")).isEqualTo("yp-a");
    }

    @Test
    void aLaterVersionIsNeverOverwrittenByAnEarlierOne() {
        summaries.write(thing("b", 0, "OPEN")).block(WAIT);
        summaries.write(thing("b", 2, "RETURNED")).block(WAIT);
        summaries.write(thing("b", 1, "GRADED")).block(WAIT);
        summaries.write(thing("b", 2, "RETURNED")).block(WAIT);

        assertThat(summary("b").getString("status")).isEqualTo("RETURNED");
        assertThat(summary("b").get("version", Number.class).longValue()).isEqualTo(2L);
    }

    @Test
    void aCrashBetweenTheRecordAndItsSummaryIsRepairedByCatchingUp() {
        // c: summarised and in step; d: the record written, the process died before its summary;
        // e: changed after the fact (graded), the process died before the summary followed.
        store(thing("c", 0, "OPEN"));
        summaries.write(thing("c", 0, "OPEN")).block(WAIT);
        store(thing("d", 0, "OPEN"));
        store(thing("e", 0, "OPEN"));
        summaries.write(thing("e", 0, "OPEN")).block(WAIT);
        Thing graded = new Thing("e", 1, "org-1", "yp-e", "GRADED", new Inner("LOW", List.of(), null), "");
        store(graded);

        assertThat(summaries.catchUp().block(WAIT)).isEqualTo(2L);

        assertThat(summary("d").getString("status")).isEqualTo("OPEN");
        assertThat(summary("e").getString("status")).isEqualTo("GRADED");
        assertThat(summary("e").get("inner", Document.class)).isEqualTo(new Document("grade", "LOW")
                .append("items", List.of()));
        assertThat(summary("e").get("version", Number.class).longValue()).isEqualTo(1L);
        // Caught up: nothing more to do.
        assertThat(summaries.catchUp().block(WAIT)).isZero();
    }

    @Test
    void derivedFieldsAreStoredAndAChangedShapeRebuildsEverySummary() {
        Thing thing = thing("f", 3, "OPEN");
        store(thing);
        summaries.write(thing).block(WAIT);
        assertThat(summary("f")).doesNotContainKey("everCse");

        Summaries.Shape derived = new Summaries.Shape(shape.source(), shape.target(), shape.paths(), List.of(
                new Summaries.AnyIs("everCse", List.of("CSE"), List.of("status", "inner.items.domain")),
                new Summaries.AnyIs("everHigh", List.of("HIGH", "LOW"), List.of("status")),
                new Summaries.OrElse("notes", List.of("inner.notes"), "none"),
                new Summaries.OrElse("grade", List.of("inner.notes", "inner.grade"), "NOT_GRADED"),
                new Summaries.MinutesBetween("minutes", "status", "status")));
        assertThat(derived.fingerprint()).isNotEqualTo(shape.fingerprint());
        Summaries changed = new Summaries(mongo, derived);

        // Same version, older shape: the catch-up rewrites it; then it is in step.
        assertThat(changed.catchUp().block(WAIT)).isEqualTo(1L);
        Document summary = summary("f");
        assertThat(summary.getBoolean("everCse")).isTrue();
        assertThat(summary.getBoolean("everHigh")).isFalse();
        assertThat(summary.get("notes")).isEqualTo("none"); // not a path the summary keeps
        assertThat(summary.get("grade")).isEqualTo("HIGH");
        assertThat(summary.get("minutes")).isNull();
        assertThat(summary.get("shape")).isEqualTo(derived.fingerprint());
        assertThat(changed.catchUp().block(WAIT)).isZero();
        // An instance still on the old shape writing the same version replaces it; a catch-up puts it back.
        summaries.write(thing).block(WAIT);
        assertThat(summary("f").get("shape")).isEqualTo(shape.fingerprint());
        assertThat(changed.catchUp().block(WAIT)).isEqualTo(1L);
    }

    @Test
    void minutesBetweenTwoDates() {
        Document summary = new Document("startedAt", new java.util.Date(0))
                .append("endedAt", new java.util.Date(90_500));
        assertThat(new Summaries.MinutesBetween("m", "startedAt", "endedAt").value(summary)).isEqualTo(90_500 / 60_000.0);
        assertThat(new Summaries.MinutesBetween("m", "startedAt", "missing").value(summary)).isNull();
        assertThat(new Summaries.NotAfter("n", "startedAt", "endedAt").value(summary)).isEqualTo(true);
        assertThat(new Summaries.NotAfter("n", "endedAt", "startedAt").value(summary)).isEqualTo(false);
        assertThat(new Summaries.NotAfter("n", "startedAt", "missing").value(summary)).isEqualTo(false);
    }
}
