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
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.ReactiveBulkOperations;
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
    /** A due timer this late is worked before timers not urgent that fell due since. */
    static final Duration OVERDUE = Duration.ofSeconds(5);
    private static final int CANCEL_ATTEMPTS = 5;

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;
    private final DistributionSummary documentsPerScan;
    private final java.util.concurrent.atomic.AtomicInteger backlog = new java.util.concurrent.atomic.AtomicInteger();

    MongoTimers(ReactiveMongoTemplate mongo, Clock clock, MeterRegistry meters) {
        this.mongo = mongo;
        this.clock = clock;
        this.documentsPerScan = DistributionSummary.builder("homeward.timers.scan.documents")
                .description("Documents one scan for due timers read").register(meters);
        io.micrometer.core.instrument.Gauge.builder("homeward.timers.backlog", backlog, java.util.concurrent.atomic.AtomicInteger::get)
                .description("Timers filed as due by now and not finished (all kinds), claimed or waiting, as the latest scan found")
                .register(meters);
    }

    @Override
    public Mono<Void> schedule(String id, String kind, Instant dueAt, Map<String, String> payload) {
        return schedule(id, kind, dueAt, payload, false);
    }

    @Override
    public Mono<Void> schedule(String id, String kind, Instant dueAt, Map<String, String> payload, boolean urgent) {
        String generation = TimerSlot.generation(dueAt, urgent);
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
                .set("urgent", urgent)
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
        // an entry filed as due later than now need not be read: its timer cannot be due yet
        long nowSecond = scan.now.getEpochSecond();
        long overdue = scan.now.minus(OVERDUE).getEpochSecond();
        List<String> readable = entries.stream().filter(entry -> TimerSlot.filedDue(entry) <= nowSecond)
                // under a backlog the most urgent first, as the claim orders them (see urgency)
                .sorted(Comparator.comparing((String entry) -> TimerSlot.filedUrgent(entry)
                                || TimerSlot.filedDue(entry) < overdue ? 0 : 1)
                        .thenComparingLong(TimerSlot::filedDue))
                .toList();
        if (readable.size() < entries.size()) {
            scan.live(slot.minute());
        }
        scan.filedDue += readable.size();
        if (readable.isEmpty()) {
            return Mono.empty();
        }
        List<String> stale = new ArrayList<>();
        int chunk = Math.max(scan.limit, 50);
        // read chunk by chunk until the batch is full: a pass costs the batch, not the whole backlog
        return Flux.range(0, (readable.size() + chunk - 1) / chunk)
                .concatMap(index -> {
                    if (scan.enough()) {
                        scan.live(slot.minute());
                        return Mono.just(false);
                    }
                    List<String> part = readable.subList(index * chunk, Math.min(readable.size(), (index + 1) * chunk));
                    return read(slot, part, settled, scan, stale).thenReturn(true);
                })
                .all(Boolean::booleanValue)
                .flatMap(readAll -> {
                    if (stale.isEmpty()) {
                        return Mono.empty();
                    }
                    if (readAll && settled && stale.size() == entries.size()) {
                        return forget(slot);
                    }
                    return mongo.updateFirst(byId(slot.id()), new Update().pullAll("entries", stale.toArray()),
                            TimerSlot.class).then();
                });
    }

    /** Reads the timers of some of a slot's entries: the due ones become candidates, stale entries are noted. */
    private Mono<Void> read(TimerSlot slot, List<String> entries, boolean settled, Scan scan, List<String> stale) {
        Set<String> ids = entries.stream().map(TimerSlot::timerId).collect(Collectors.toSet());
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), StoredTimer.class)
                .collectMap(StoredTimer::id)
                .doOnNext(timers -> {
                    scan.documents += timers.size();
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
                })
                .then();
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

    /**
     * Claims the most urgent due timers in one bulk write: a compare-and-set per timer on the version
     * the scan read, all setting this claim's token as their version; the timers that carry the token
     * afterwards are this claim's (another instance may have won some of them meanwhile).
     */
    private Flux<Timer> claim(Scan scan, String owner, Duration lease) {
        Instant until = scan.now.plus(lease);
        Comparator<StoredTimer> urgency = urgency(scan.now);
        List<StoredTimer> due = scan.due.stream().sorted(urgency).limit(scan.limit).toList();
        backlog.set(scan.filedDue);
        if (due.isEmpty()) {
            return Flux.empty();
        }
        String token = Ids.next();
        ReactiveBulkOperations claims = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, StoredTimer.class);
        for (StoredTimer timer : due) {
            claims.updateOne(Query.query(Criteria.where("_id").is(timer.id()).and("version").is(timer.version())),
                    new Update()
                            .set("dueAt", until)
                            .set("leaseOwner", owner)
                            .set("leaseUntil", until)
                            .inc("attempts", 1)
                            .set("version", token)
                            .set("updatedAt", clock.instant()));
        }
        return claims.execute()
                .flatMapMany(result -> result.getModifiedCount() == 0 ? Flux.empty()
                        : mongo.find(Query.query(Criteria.where("_id").in(due.stream().map(StoredTimer::id).toList())),
                        StoredTimer.class))
                .filter(timer -> token.equals(timer.version()))
                .collectSortedList(urgency)
                .flatMapIterable(claimed -> claimed)
                .map(StoredTimer::toTimer);
    }

    /**
     * Claim order under a backlog: urgent timers (a young person's first push, a help request) and
     * timers overdue by more than {@link #OVERDUE} first, then the rest; each group earliest first.
     */
    private static Comparator<StoredTimer> urgency(Instant now) {
        Instant overdue = now.minus(OVERDUE);
        return Comparator.comparing((StoredTimer timer) -> timer.isUrgent() || timer.scheduled().isBefore(overdue) ? 0 : 1)
                .thenComparing(StoredTimer::scheduled);
    }

    @Override
    public Mono<Boolean> complete(Timer claimed, TimerOutcome outcome) {
        return completeAll(List.of(new TimerWorked(claimed, outcome, null))).map(current -> current == 1);
    }

    /**
     * Records the outcomes of a batch in a few writes: the next filings (one upsert per due minute),
     * one compare-and-set per timer on its lease token in one bulk write, the old filings dropped
     * (one update per minute). A timer whose claim was superseded keeps its new state, and the
     * filing made for it here is dropped again.
     */
    @Override
    public Mono<Integer> completeAll(List<TimerWorked> worked) {
        List<TimerWorked> finished = worked.stream().filter(TimerWorked::succeeded).toList();
        if (finished.isEmpty()) {
            return Mono.just(0);
        }
        String version = Ids.next();
        Instant now = clock.instant();
        Map<String, Filing> filings = new java.util.LinkedHashMap<>();
        ReactiveBulkOperations updates = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, StoredTimer.class);
        for (TimerWorked done : finished) {
            Update update;
            if (done.outcome() instanceof TimerOutcome.Again again) {
                Filing filing = new Filing(slotFor(again.dueAt()), done.timer().id(), TimerSlot.generation(again.dueAt(), again.urgent()));
                filings.put(done.timer().id(), filing);
                update = withoutLease(new Update()
                        .set("dueAt", again.dueAt())
                        .set("scheduledFor", again.dueAt())
                        .set("payload", again.payload())
                        .set("urgent", again.urgent())
                        .set("attempts", 0)
                        .set("slot", filing.slot())
                        .set("generation", filing.generation()));
            } else {
                update = withoutLease(new Update().set("state", StoredTimer.DONE));
            }
            updates.updateOne(Query.query(Criteria.where("_id").is(done.timer().id())
                    .and("version").is(done.timer().leaseToken())), update.set("version", version).set("updatedAt", now));
        }
        List<String> ids = finished.stream().map(done -> done.timer().id()).toList();
        return fileAll(filings.values())
                .then(mongo.find(Query.query(Criteria.where("_id").in(ids)), StoredTimer.class).collectList())
                .flatMap(before -> updates.execute().then(
                        mongo.find(Query.query(Criteria.where("_id").in(ids)), StoredTimer.class)
                                .filter(timer -> version.equals(timer.version()))
                                .map(StoredTimer::id).collect(Collectors.toSet()))
                        .flatMap(current -> {
                            List<Filing> drop = new ArrayList<>();
                            for (StoredTimer previous : before) {
                                if (current.contains(previous.id())) {
                                    if (previous.generation() != null) {
                                        drop.add(new Filing(previous.slot(), previous.id(), previous.generation()));
                                    }
                                } else if (filings.containsKey(previous.id())) {
                                    drop.add(filings.get(previous.id()));
                                }
                            }
                            return unfileAll(drop).thenReturn(current.size());
                        }));
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

    /** Files many timers: one upsert per due minute, and the watermark moved back once if need be. */
    private Mono<Void> fileAll(java.util.Collection<Filing> filings) {
        if (filings.isEmpty()) {
            return Mono.empty();
        }
        Map<Long, List<String>> bySlot = filings.stream().collect(Collectors.groupingBy(Filing::slot,
                java.util.TreeMap::new, Collectors.mapping(Filing::entry, Collectors.toList())));
        long earliest = ((java.util.TreeMap<Long, List<String>>) bySlot).firstKey();
        return Flux.fromIterable(bySlot.entrySet())
                .concatMap(slot -> mongo.upsert(byId(TimerSlot.key(slot.getKey())), new Update()
                        .setOnInsert("minute", slot.getKey())
                        .addToSet("entries").each(slot.getValue().toArray())
                        .set("version", Ids.next()), TimerSlot.class))
                .then(mongo.findById(TimerWatermark.ID, TimerWatermark.class)
                        .filter(watermark -> watermark.minute() <= earliest)
                        .switchIfEmpty(Mono.defer(() -> mongo.upsert(byId(TimerWatermark.ID),
                                new Update().min("minute", earliest), TimerWatermark.class).then(Mono.empty())))
                        .then());
    }

    /** Drops many filings: one update per due minute. */
    private Mono<Void> unfileAll(List<Filing> filings) {
        return Flux.fromIterable(filings.stream().collect(Collectors.groupingBy(Filing::slot,
                        Collectors.mapping(Filing::entry, Collectors.toList()))).entrySet())
                .concatMap(slot -> mongo.updateFirst(byId(TimerSlot.key(slot.getKey())),
                        new Update().pullAll("entries", slot.getValue().toArray()), TimerSlot.class))
                .then();
    }

    /** A timer's entry in the slot of its due minute. */
    private record Filing(long slot, String id, String generation) {
        String entry() {
            return TimerSlot.entry(id, generation);
        }
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
        /** Entries of the slots read that are filed as due by now: the due work not yet finished. */
        int filedDue;

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
