package org.homeward.infra.timer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.homeward.infra.ids.Ids;
import org.homeward.infra.testing.MutableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.SimpleReactiveMongoDatabaseFactory;
import org.springframework.data.mongodb.core.index.IndexDefinition;
import org.springframework.data.mongodb.core.index.IndexResolver;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The timer store on the embedded server (or on the MongoDB named by {@code -Dhomeward.mongodb.uri}):
 * claims, leases, outcomes, cancellation, a clock set back, a long gap, two pollers racing, and what
 * one scan reads as the number of waiting timers grows.
 */
class MongoTimersTest {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final Duration LEASE = Duration.ofSeconds(60);
    static final Instant START = Instant.parse("2026-11-25T20:00:00Z");

    static MongoServer server;
    static MongoClient client;

    ReactiveMongoTemplate mongo;
    MutableClock clock;
    SimpleMeterRegistry meters;
    MongoTimers timers;

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
    void freshDatabase() {
        mongo = new ReactiveMongoTemplate(new SimpleReactiveMongoDatabaseFactory(client, "timers-" + Ids.next().substring(0, 8)));
        IndexResolver indexes = IndexResolver.create(mongo.getConverter().getMappingContext());
        for (Class<?> type : List.of(StoredTimer.class, TimerSlot.class)) {
            for (IndexDefinition index : indexes.resolveIndexFor(type)) {
                mongo.indexOps(type).createIndex(index).block(WAIT);
            }
        }
        clock = new MutableClock(START);
        meters = new SimpleMeterRegistry();
        timers = new MongoTimers(mongo, clock, meters);
    }

    @AfterEach
    void dropDatabase() {
        mongo.getMongoDatabase().flatMap(database -> Mono.from(database.drop())).block(WAIT);
    }

    @Test
    void aTimerIsClaimedOnceWhenDueAndAgainOnlyWhenItsLeaseRunsOut() {
        schedule("t1", START.plusSeconds(90));

        assertThat(claim("a")).isEmpty();
        clock.set(START.plusSeconds(90));
        List<Timer> first = claim("a");
        assertThat(first).extracting(Timer::id).containsExactly("t1");
        assertThat(first.get(0).dueAt()).isEqualTo(START.plusSeconds(90));
        assertThat(first.get(0).attempts()).isEqualTo(1);
        assertThat(claim("b")).as("leased to a").isEmpty();

        clock.advance(LEASE);
        List<Timer> again = claim("b");
        assertThat(again).extracting(Timer::id).containsExactly("t1");
        assertThat(again.get(0).attempts()).isEqualTo(2);
        assertThat(timers.complete(first.get(0), TimerOutcome.done()).block(WAIT)).as("a's lease was taken over").isFalse();
        assertThat(timers.complete(again.get(0), TimerOutcome.done()).block(WAIT)).isTrue();

        clock.advance(Duration.ofHours(1));
        assertThat(claim("a")).isEmpty();
        assertThat(timers.findPending("t1").block(WAIT)).isNull();
    }

    @Test
    void aTimerSetAgainFiresAtItsNextTimeAndOnlyThen() {
        schedule("ladder", START);
        Timer step1 = claim("a").get(0);
        assertThat(timers.complete(step1, TimerOutcome.again(START.plus(Duration.ofMinutes(15)), Map.of("step", "2"))).block(WAIT))
                .isTrue();

        clock.advance(Duration.ofMinutes(14));
        assertThat(claim("a")).isEmpty();
        clock.advance(Duration.ofMinutes(1));
        Timer step2 = claim("a").get(0);
        assertThat(step2.get("step")).isEqualTo("2");
        assertThat(step2.dueAt()).isEqualTo(START.plus(Duration.ofMinutes(15)));
        assertThat(step2.attempts()).isEqualTo(1);

        // A next step whose time has already passed is due at once.
        clock.advance(Duration.ofMinutes(40));
        timers.complete(step2, TimerOutcome.again(START.plus(Duration.ofMinutes(30)), Map.of("step", "3"))).block(WAIT);
        assertThat(claim("a")).extracting(timer -> timer.get("step")).containsExactly("3");
    }

    @Test
    void aFailedTimerIsGivenBackAndDueAgainAtTheRetryTime() {
        schedule("t", START);
        Timer claimed = claim("a").get(0);
        assertThat(timers.release(claimed, START.plusSeconds(30)).block(WAIT)).isTrue();
        assertThat(claim("a")).isEmpty();
        clock.advance(Duration.ofSeconds(30));
        assertThat(claim("b")).extracting(Timer::attempts).containsExactly(2);
    }

    @Test
    void aCancelledTimerIsNeverClaimedAndAClaimCancelledMidWorkCannotFinish() {
        schedule("cancelled", START.plusSeconds(10));
        schedule("mid-work", START);
        assertThat(timers.cancel("cancelled").block(WAIT)).isTrue();
        assertThat(timers.cancel("cancelled").block(WAIT)).isFalse();
        assertThat(timers.cancel("never-set").block(WAIT)).isFalse();

        Timer claimed = claim("a").get(0);
        assertThat(claimed.id()).isEqualTo("mid-work");
        assertThat(timers.cancel("mid-work").block(WAIT)).isTrue();
        assertThat(timers.complete(claimed, TimerOutcome.again(START.plusSeconds(60), Map.of())).block(WAIT)).isFalse();

        clock.advance(Duration.ofHours(2));
        assertThat(claim("a")).isEmpty();
    }

    @Test
    void schedulingATimerAgainReplacesItsTime() {
        schedule("moved-later", START.plus(Duration.ofMinutes(10)));
        schedule("moved-later", START.plus(Duration.ofMinutes(30)));
        schedule("moved-earlier", START.plus(Duration.ofMinutes(50)));
        schedule("moved-earlier", START.plus(Duration.ofMinutes(20)));

        clock.set(START.plus(Duration.ofMinutes(15)));
        assertThat(claim("a")).isEmpty();
        clock.set(START.plus(Duration.ofMinutes(25)));
        assertThat(claimAndFinish("a")).containsExactly("moved-earlier");
        clock.set(START.plus(Duration.ofMinutes(35)));
        assertThat(claimAndFinish("a")).containsExactly("moved-later");
        clock.set(START.plus(Duration.ofHours(2)));
        assertThat(claim("a")).isEmpty();
        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(), TimerSlot.class).block(WAIT))
                .as("every slot emptied and forgotten").isZero();
    }

    @Test
    void aTimerFiledBehindTheWatermarkAfterTheClockWasSetBackIsStillFound() {
        schedule("early", START);
        assertThat(claimAndFinish("a")).containsExactly("early");
        clock.set(START.plus(Duration.ofDays(30)));
        assertThat(claim("a")).isEmpty();

        clock.set(START.minus(Duration.ofDays(30)));
        schedule("back-then", START.minus(Duration.ofDays(30)).plusSeconds(600));
        clock.advance(Duration.ofMinutes(10));
        assertThat(claimAndFinish("a")).containsExactly("back-then");
    }

    @Test
    void timersThatFellDueDuringALongStopAreAllFoundInDueOrder() {
        schedule("day-1", START.plus(Duration.ofDays(1)));
        schedule("day-2", START.plus(Duration.ofDays(2)));
        schedule("hour-1", START.plus(Duration.ofHours(1)));
        schedule("next-week", START.plus(Duration.ofDays(7)));

        clock.set(START.plus(Duration.ofDays(3)));
        assertThat(claimAndFinish("a")).containsExactly("hour-1", "day-1", "day-2");
        clock.set(START.plus(Duration.ofDays(8)));
        assertThat(claimAndFinish("a")).containsExactly("next-week");
    }

    @Test
    void twoPollersRacingClaimEachDueTimerExactlyOnce() {
        for (int i = 0; i < 300; i++) {
            schedule("race-" + i, START.minusSeconds(i % 120));
        }
        List<String> claimed = Flux.range(0, 2)
                .flatMap(poller -> Flux.range(0, 6)
                        .concatMap(round -> timers.claimDue("poller-" + poller, clock.instant(), LEASE, 64)
                                .concatMap(timer -> timers.complete(timer, TimerOutcome.done()).thenReturn(timer.id())))
                        .subscribeOn(Schedulers.parallel()))
                .collectList().block(WAIT);
        assertThat(claimed).hasSize(300).doesNotHaveDuplicates();
    }

    @Test
    void twoInstancesClaimingBatchesAtOnceGetDisjointBatchesThatTogetherCoverTheDueSet() {
        Flux.range(0, 600).flatMap(i -> timers.schedule("peak-" + i, "test", START.minusSeconds(i % 60),
                Map.of("id", "peak-" + i)), 16).blockLast(WAIT);
        // both claim a batch of 200 at the same moment, from the same due set, then again
        List<List<Timer>> batches = Flux.range(0, 2)
                .flatMap(instance -> Flux.range(0, 2)
                        .concatMap(round -> timers.claimDue("instance-" + instance, clock.instant(), LEASE, 200)
                                .collectList())
                        .subscribeOn(Schedulers.parallel()))
                .collectList().block(WAIT);
        List<String> claimed = batches.stream().flatMap(List::stream).map(Timer::id).toList();
        assertThat(claimed).as("no timer in two batches").doesNotHaveDuplicates();
        assertThat(claimed.size()).as("four batches of at most 200").isLessThanOrEqualTo(600).isGreaterThan(200);
        // the outcomes of every batch recorded in bulk: all current, and nothing due is left unclaimed
        for (List<Timer> batch : batches) {
            assertThat(timers.completeAll(batch.stream().map(timer -> TimerWorked.done(timer, TimerOutcome.done()))
                    .toList()).block(WAIT)).isEqualTo(batch.size());
        }
        List<String> rest = new ArrayList<>();
        for (List<Timer> more = claim("instance-0"); !more.isEmpty(); more = claim("instance-0")) {
            timers.completeAll(more.stream().map(timer -> TimerWorked.done(timer, TimerOutcome.done())).toList()).block(WAIT);
            more.forEach(timer -> rest.add(timer.id()));
        }
        assertThat(rest).doesNotContainAnyElementsOf(claimed);
        assertThat(claimed.size() + rest.size()).isEqualTo(600);
    }

    @Test
    void underABacklogAPassReadsAboutItsBatchNotTheWholeBacklog() {
        Flux.range(0, 1_000).flatMap(i -> timers.schedule("backlog-" + i, "test", START, Map.of()), 16).blockLast(WAIT);
        var scans = meters.summary("homeward.timers.scan.documents");
        double before = scans.totalAmount();
        assertThat(timers.claimDue("a", clock.instant(), LEASE, 50).collectList().block(WAIT)).hasSize(50);
        assertThat(scans.totalAmount() - before).as("watermark, slot, one chunk of timers").isLessThan(60);
        assertThat(meters.get("homeward.timers.backlog").gauge().value()).isEqualTo(1_000);
    }

    @Test
    void underABacklogUrgentAndOverdueTimersAreClaimedBeforeNewerWork() {
        for (int i = 0; i < 5; i++) {
            schedule("later-step-" + i, START.minusSeconds(2));
        }
        timers.schedule("first-push", "test", START.minusSeconds(1), Map.of(), true).block(WAIT);
        schedule("overdue-step", START.minusSeconds(30));
        timers.schedule("help", "test", START, Map.of(), true).block(WAIT);

        assertThat(claim("a", 3)).extracting(Timer::id).containsExactly("overdue-step", "first-push", "help");
        assertThat(claim("a", 10)).extracting(Timer::id).hasSize(5).allMatch(id -> id.startsWith("later-step-"));
    }

    @Test
    void aBatchOutcomeRecordedAfterAnotherInstanceTookTheBatchOverLeavesTheNewerClaimStanding() {
        for (int i = 0; i < 4; i++) {
            schedule("batch-" + i, START);
        }
        List<Timer> crashed = claim("a");
        clock.advance(LEASE);
        List<Timer> takenOver = claim("b");
        assertThat(takenOver).hasSize(4);
        assertThat(timers.completeAll(crashed.stream().map(timer -> TimerWorked.done(timer,
                TimerOutcome.again(START.plus(Duration.ofHours(1)), Map.of()))).toList()).block(WAIT))
                .as("a's claims were taken over").isZero();
        assertThat(timers.completeAll(takenOver.stream().map(timer -> TimerWorked.done(timer, TimerOutcome.done()))
                .toList()).block(WAIT)).isEqualTo(4);
        clock.advance(Duration.ofHours(2));
        assertThat(claim("a")).as("a's stale outcome armed nothing").isEmpty();
    }

    @Test
    void aScanReadsAsManyDocumentsWithThreeThousandWaitingTimersAsWithThreeHundred() {
        long withFewWaiting = documentsReadByAScanFindingTenDue(300);
        long withManyWaiting = documentsReadByAScanFindingTenDue(3_000);
        assertThat(withManyWaiting).isEqualTo(withFewWaiting);
        assertThat(withFewWaiting).as("watermark, a slot or two, the ten due timers").isLessThan(20);
    }

    /** Tops the waiting timers up to {@code waiting} (due over the next six hours), then ten fall due. */
    private long documentsReadByAScanFindingTenDue(int waiting) {
        Instant now = clock.instant();
        long already = mongo.count(new org.springframework.data.mongodb.core.query.Query(), StoredTimer.class).block(WAIT);
        Flux.range((int) already, waiting - (int) already)
                .flatMap(i -> timers.schedule("waiting-" + i, "test", now.plus(Duration.ofHours(1)).plusSeconds(i % 18_000),
                        Map.of()), 16)
                .blockLast(Duration.ofMinutes(5));
        for (int i = 0; i < 10; i++) {
            schedule("due-" + waiting + "-" + i, now.plusSeconds(i));
        }
        clock.advance(Duration.ofSeconds(10));
        var scans = meters.summary("homeward.timers.scan.documents");
        double before = scans.totalAmount();
        long count = scans.count();
        assertThat(claimAndFinish("a")).hasSize(10);
        assertThat(scans.count()).isEqualTo(count + 1);
        return Math.round(scans.totalAmount() - before);
    }

    private void schedule(String id, Instant dueAt) {
        timers.schedule(id, "test", dueAt, Map.of("id", id)).block(WAIT);
    }

    private List<Timer> claim(String owner) {
        return claim(owner, 200);
    }

    private List<Timer> claim(String owner, int limit) {
        return timers.claimDue(owner, clock.instant(), LEASE, limit).collectList().block(WAIT);
    }

    private List<String> claimAndFinish(String owner) {
        List<String> ids = new ArrayList<>();
        for (Timer timer : claim(owner)) {
            assertThat(timers.complete(timer, TimerOutcome.done()).block(WAIT)).isTrue();
            ids.add(timer.id());
        }
        return ids;
    }
}
