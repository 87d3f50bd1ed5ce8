package org.homeward.infra.timer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.homeward.infra.ids.Ids;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The timers in MongoDB, filed by due minute so that a scan reads only the minutes that have come
 * due (from the {@link TimerWatermark} to now), each by {@code _id}: its cost follows the due work,
 * never the number of pending timers, on MongoDB and on the embedded server alike (which answers
 * only {@code _id} look-ups and exact unique-index matches from an index). Every change to a timer
 * is a compare-and-set on its version, so one claim wins and a superseded claim cannot overwrite.
 */
class MongoTimers implements Timers, TimerLeases {

    /**
     * Minutes this close to now may still receive filings (a slow writer, clocks a little apart), so
     * scans neither pass them nor drop their unexplained entries. Instances' clocks must agree to
     * within this.
     */
    static final long SETTLING_MINUTES = 5;
    /** Minutes asked for by {@code _id} in one read. */
    private static final int MINUTES_PER_READ = 60;
    /** Beyond this many minutes to cover (a long downtime, a clock moved), slots are read by range. */
    private static final long ENUMERATED_MINUTES = 24 * 60;
    private static final int CLAIMS_AT_ONCE = 8;
    private static final int CANCEL_ATTEMPTS = 5;

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;
    private final DistributionSummary documentsPerScan;

    MongoTimers(ReactiveMongoTemplate mongo, Clock clock, MeterRegistry meters) {
        this.mongo = mongo;
        this.clock = clock;
        this.documentsPerScan = DistributionSummary.builder("homeward.timers.scan.documents")
                .description("Documents one scan for due timers read").register(meters);
    }

    @Override
    public Mono<Void> schedule(String id, String kind, Instant dueAt, Map<String, String> payload) {
        String generation = Ids.next();
        long slot = slotFor(dueAt);
        Update update = withoutLease(new Update()
                .set("kind", kind)
                .set("state", StoredTimer.PENDING)
                .set("dueAt", dueAt)
                .set("scheduledFor", dueAt)
                .set("payload", payload)
                .set("attempts", 0)
                .set("slot", slot)
                .set("generation", generation)
                .set("version", Ids.next())
                .set("updatedAt", clock.instant()));
        return file(slot, id, generation)
                .then(mongo.findAndModify(byId(id), update, FindAndModifyOptions.options().upsert(true).returnNew(false),
                        StoredTimer.class))
                // a finished timer was unfiled when it finished; a pending one leaves its old entry behind
                .filter(StoredTimer::isPending)
                .flatMap(this::unfile)
                .then();
    }

    @Override
    public Mono<Boolean> cancel(String id) {
        return cancel(id, CANCEL_ATTEMPTS);
    }

    private Mono<Boolean> cancel(String id, int attemptsLeft) {
        Update cancelled = withoutLease(new Update().set("state", StoredTimer.CANCELLED));
        return mongo.findById(id, StoredTimer.class)
                .filter(StoredTimer::isPending)
                .flatMap(timer -> swap(id, timer.version(), cancelled, false)
                        .flatMap(previous -> unfile(previous).thenReturn(true))
                        .switchIfEmpty(Mono.defer(() -> attemptsLeft > 1 ? cancel(id, attemptsLeft - 1)
                                : Mono.error(new IllegalStateException("Timer " + id + " kept changing while cancelled")))))
                .defaultIfEmpty(false);
    }

    @Override
    public Mono<Timer> findPending(String id) {
        return mongo.findById(id, StoredTimer.class).filter(StoredTimer::isPending).map(StoredTimer::toTimer);
    }

    @Override
    public Flux<Timer> claimDue(String owner, Instant now, Duration lease, int limit) {
        long minute = TimerSlot.minuteOf(now);
        return mongo.findById(TimerWatermark.ID, TimerWatermark.class)
                .filter(watermark -> watermark.minute() <= minute)
                .doOnSuccess(watermark -> {
                    if (watermark == null) {
                        documentsPerScan.record(1);
                    }
                })
                .flatMapMany(watermark -> {
                    Scan scan = new Scan(now, minute, limit);
                    return slots(watermark.minute(), minute)
                            .concatMap(slot -> survey(slot, scan).thenReturn(scan))
                            .takeUntil(Scan::enough)
                            .then(Mono.defer(() -> advance(watermark.minute(), scan)))
                            .thenMany(Flux.defer(() -> {
                                documentsPerScan.record(scan.documents);
                                return claim(scan, owner, lease);
                            }));
                });
    }

    /** The non-empty slots from {@code from} to {@code to}, earliest first. */
    private Flux<TimerSlot> slots(long from, long to) {
        if (to - from >= ENUMERATED_MINUTES) {
            return mongo.find(Query.query(Criteria.where("minute").gte(from).lte(to))
                    .with(Sort.by(Sort.Direction.ASC, "minute")), TimerSlot.class);
        }
        return Flux.range(0, (int) ((to - from) / MINUTES_PER_READ) + 1).concatMap(read -> {
            long first = from + (long) read * MINUTES_PER_READ;
            List<String> keys = LongStream.rangeClosed(first, Math.min(to, first + MINUTES_PER_READ - 1))
                    .mapToObj(TimerSlot::key).toList();
            return mongo.find(Query.query(Criteria.where("_id").in(keys)), TimerSlot.class)
                    .sort(Comparator.comparingLong(TimerSlot::minute));
        });
    }

    /** Reads the timers filed in one slot: the due ones become candidates, stale entries are dropped. */
    private Mono<Void> survey(TimerSlot slot, Scan scan) {
        scan.documents++;
        List<String> entries = slot.entriesOrEmpty();
        boolean settled = slot.minute() < scan.settled();
        if (entries.isEmpty()) {
            return settled ? forget(slot) : Mono.empty();
        }
        Set<String> ids = entries.stream().map(TimerSlot::timerId).collect(Collectors.toSet());
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), StoredTimer.class)
                .collectMap(StoredTimer::id)
                .flatMap(timers -> {
                    scan.documents += timers.size();
                    List<String> stale = new ArrayList<>();
                    for (String entry : entries) {
                        StoredTimer timer = timers.get(TimerSlot.timerId(entry));
                        boolean filedHere = timer != null && TimerSlot.generation(entry).equals(timer.generation());
                        if (filedHere && timer.isPending()) {
                            scan.live(slot.minute());
                            if (!timer.dueAt().isAfter(scan.now)) {
                                scan.due.add(timer);
                            }
                        } else if (filedHere || settled) {
                            // finished, or filed again elsewhere long enough ago that no write is in flight
                            stale.add(entry);
                        } else {
                            scan.live(slot.minute());
                        }
                    }
                    if (stale.isEmpty()) {
                        return Mono.empty();
                    }
                    if (settled && stale.size() == entries.size()) {
                        return forget(slot);
                    }
                    return mongo.updateFirst(byId(slot.id()), new Update().pullAll("entries", stale.toArray()),
                            TimerSlot.class).then();
                });
    }

    /** Deletes an emptied slot, unless something was filed in it since it was read. */
    private Mono<Void> forget(TimerSlot slot) {
        return mongo.remove(Query.query(Criteria.where("_id").is(slot.id()).and("version").is(slot.version())),
                TimerSlot.class).then();
    }

    /** Moves the watermark up to the first slot still holding work, unless someone moved it meanwhile. */
    private Mono<Void> advance(long from, Scan scan) {
        long to = Math.min(scan.firstLive, scan.settled());
        if (to <= from) {
            return Mono.empty();
        }
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(TimerWatermark.ID).and("minute").is(from)),
                new Update().set("minute", to), TimerWatermark.class).then();
    }

    private Flux<Timer> claim(Scan scan, String owner, Duration lease) {
        Instant until = scan.now.plus(lease);
        List<StoredTimer> due = scan.due.stream().sorted(Comparator.comparing(StoredTimer::dueAt))
                .limit(scan.limit).toList();
        return Flux.fromIterable(due)
                .flatMapSequential(timer -> swap(timer.id(), timer.version(), new Update()
                        .set("dueAt", until)
                        .set("leaseOwner", owner)
                        .set("leaseUntil", until)
                        .inc("attempts", 1), true), CLAIMS_AT_ONCE)
                .map(StoredTimer::toTimer);
    }

    @Override
    public Mono<Boolean> complete(Timer claimed, TimerOutcome outcome) {
        if (outcome instanceof TimerOutcome.Again again) {
            String generation = Ids.next();
            long slot = slotFor(again.dueAt());
            Update update = withoutLease(new Update()
                    .set("dueAt", again.dueAt())
                    .set("scheduledFor", again.dueAt())
                    .set("payload", again.payload())
                    .set("attempts", 0)
                    .set("slot", slot)
                    .set("generation", generation));
            return file(slot, claimed.id(), generation)
                    .then(swap(claimed.id(), claimed.leaseToken(), update, false))
                    .flatMap(previous -> unfile(previous).thenReturn(true))
                    .switchIfEmpty(Mono.defer(() -> unfile(slot, claimed.id(), generation).thenReturn(false)));
        }
        return swap(claimed.id(), claimed.leaseToken(), withoutLease(new Update().set("state", StoredTimer.DONE)), false)
                .flatMap(previous -> unfile(previous).thenReturn(true))
                .defaultIfEmpty(false);
    }

    @Override
    public Mono<Boolean> release(Timer claimed, Instant retryAt) {
        return swap(claimed.id(), claimed.leaseToken(), withoutLease(new Update().set("dueAt", retryAt)), false)
                .hasElement();
    }

    /** Sets a timer if it is still at {@code version}; emits the timer as it was before, or nothing. */
    private Mono<StoredTimer> swap(String id, String version, Update update, boolean returnNew) {
        Query query = Query.query(Criteria.where("_id").is(id).and("version").is(version));
        return mongo.findAndModify(query, update.set("version", Ids.next()).set("updatedAt", clock.instant()),
                FindAndModifyOptions.options().returnNew(returnNew), StoredTimer.class);
    }

    /** Files a timer under its due minute, moving the watermark back if that minute lies behind it. */
    private Mono<Void> file(long slot, String id, String generation) {
        Update filing = new Update()
                .setOnInsert("minute", slot)
                .addToSet("entries", TimerSlot.entry(id, generation))
                .set("version", Ids.next());
        Mono<Void> coverIt = mongo.findById(TimerWatermark.ID, TimerWatermark.class)
                .filter(watermark -> watermark.minute() <= slot)
                .switchIfEmpty(Mono.defer(() -> mongo.upsert(byId(TimerWatermark.ID), new Update().min("minute", slot),
                        TimerWatermark.class).then(Mono.empty())))
                .then();
        return mongo.upsert(byId(TimerSlot.key(slot)), filing, TimerSlot.class).then(coverIt);
    }

    private Mono<Void> unfile(StoredTimer previous) {
        return previous.generation() == null ? Mono.empty() : unfile(previous.slot(), previous.id(), previous.generation());
    }

    private Mono<Void> unfile(long slot, String id, String generation) {
        return mongo.updateFirst(byId(TimerSlot.key(slot)), new Update().pull("entries", TimerSlot.entry(id, generation)),
                TimerSlot.class).then();
    }

    /** The minute a timer is filed under: its due minute, or now if that has passed (scans may have moved on). */
    private long slotFor(Instant dueAt) {
        return Math.max(TimerSlot.minuteOf(dueAt), TimerSlot.minuteOf(clock.instant()));
    }

    private static Update withoutLease(Update update) {
        return update.unset("leaseOwner").unset("leaseUntil");
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }

    /** What one scan found, slot by slot in due order. */
    private static final class Scan {
        final Instant now;
        final long minute;
        final int limit;
        final List<StoredTimer> due = new ArrayList<>();
        long firstLive = Long.MAX_VALUE;
        int documents = 1;

        Scan(Instant now, long minute, int limit) {
            this.now = now;
            this.minute = minute;
            this.limit = limit;
        }

        void live(long slot) {
            firstLive = Math.min(firstLive, slot);
        }

        boolean enough() {
            return due.size() >= limit;
        }

        /** Slots before this minute receive no more filings. */
        long settled() {
            return minute - SETTLING_MINUTES;
        }
    }
}
