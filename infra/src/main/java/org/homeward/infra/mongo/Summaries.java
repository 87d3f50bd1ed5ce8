package org.homeward.infra.mongo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import reactor.core.publisher.Mono;

/**
 * Small summary documents beside a collection of large records: for each record, a document with the
 * same {@code _id}, {@code version}, organisation and child, and only the paths a reader scans (the
 * same paths as in the record, so a pipeline reads either). The embedded server scans whole
 * collections; scanning the summaries instead of the records is what makes the cohort figures fast.
 * <p>
 * Kept in step by the record's writer: after each write of the record, {@link #write} upserts the
 * summary unless a newer version is already there. A crash between the two leaves the summary behind
 * the record; {@link #catchUp} finds every record whose summary is missing or older and rewrites it
 * (the reader runs it once before its first read in each process, so a restart repairs it).
 */
public final class Summaries {

    /**
     * Where the records are, where their summaries go, the paths kept (besides the common ones), and
     * the fields computed from those paths when the summary is written (so a reader groups by a stored
     * value instead of evaluating an expression for every document it scans).
     */
    public record Shape(String source, String target, List<String> paths, List<Derived> derived) {
        public Shape {
            paths = List.copyOf(paths);
            derived = List.copyOf(derived);
        }

        public Shape(String source, String target, List<String> paths) {
            this(source, target, paths, List.of());
        }

        /**
         * What the summaries of this shape hold, as a short fingerprint stored in each: a summary with
         * another (written before the shape changed) is rebuilt by the next {@link #catchUp}.
         */
        public String fingerprint() {
            return Integer.toHexString((paths + "|" + derived).hashCode());
        }
    }

    /** A field a summary adds, computed from the paths it keeps. */
    public sealed interface Derived permits AnyIs, OrElse, NotAfter, MinutesBetween {
        String field();

        Object value(Document summary);
    }

    /** True if any value at {@code paths} (through lists) is one of {@code wanted}. */
    public record AnyIs(String field, List<?> wanted, List<String> paths) implements Derived {
        @Override
        public Object value(Document summary) {
            return paths.stream().anyMatch(path -> values(summary, path).stream().anyMatch(wanted::contains));
        }
    }

    /** The first value found at {@code paths}, in order, or {@code otherwise} when none is there. */
    public record OrElse(String field, List<String> paths, Object otherwise) implements Derived {
        @Override
        public Object value(Document summary) {
            return paths.stream().flatMap(path -> values(summary, path).stream()).findFirst().orElse(otherwise);
        }
    }

    /** True when both dates are there and the one at {@code from} is not after the one at {@code to}. */
    public record NotAfter(String field, String from, String to) implements Derived {
        @Override
        public Object value(Document summary) {
            Object first = values(summary, from).stream().findFirst().orElse(null);
            Object second = values(summary, to).stream().findFirst().orElse(null);
            return first instanceof java.util.Date a && second instanceof java.util.Date b && !a.after(b);
        }
    }

    /** The minutes (with their fraction) from the date at {@code from} to the one at {@code to}; null while either is missing. */
    public record MinutesBetween(String field, String from, String to) implements Derived {
        @Override
        public Object value(Document summary) {
            Object start = values(summary, from).stream().findFirst().orElse(null);
            Object end = values(summary, to).stream().findFirst().orElse(null);
            return start instanceof java.util.Date a && end instanceof java.util.Date b
                    ? (b.getTime() - a.getTime()) / 60_000.0 : null;
        }
    }

    /** The episodes' summaries (feature episodes writes them, feature insight reads them). */
    public static final Shape EPISODES = new Shape("missing_episodes", "missing_episode_summaries",
            List.of("startedAt", "endedAt", "outOfArea", "whereabouts", "episode.whereaboutsHistory.whereabouts",
                    "episode.police.grade"),
            List.of(new AnyIs("everMissing", List.of("MISSING"),
                            List.of("whereabouts", "episode.whereaboutsHistory.whereabouts")),
                    new OrElse("policeGrade", List.of("episode.police.grade"), "NOT_GRADED"),
                    new MinutesBetween("minutes", "startedAt", "endedAt")));

    /** The interviews' summaries (feature interviews writes them, feature insight reads them). */
    public static final Shape INTERVIEWS = new Shape("interviews", "interview_summaries",
            List.of("episodeIds", "interview.status", "interview.returnedAt", "interview.dueAt", "interview.heldAt",
                    "interview.closure.reason", "interview.decline.reason", "interview.record.pushFactors",
                    "interview.record.pullFactors", "interview.record.indicators.domain"),
            List.of(new AnyIs("accepted", List.of("BOOKED", "HELD"), List.of("interview.status")),
                    new AnyIs("declined", List.of("DECLINED", "CLOSED_DECLINED"), List.of("interview.status")),
                    new AnyIs("held", List.of("HELD"), List.of("interview.status")),
                    new NotAfter("heldByDue", "interview.heldAt", "interview.dueAt"),
                    new OrElse("reason", List.of("interview.closure.reason", "interview.decline.reason"), "Not given")));

    /** Where each summary keeps its shape's {@link Shape#fingerprint()}. */
    static final String SHAPE = "shape";
    private static final List<String> COMMON = List.of("_id", "version", "organisationId", "youngPersonId");
    private static final int ATTEMPTS = 10;
    private static final Logger log = LoggerFactory.getLogger(Summaries.class);

    private final ReactiveMongoTemplate mongo;
    private final Shape shape;

    public Summaries(ReactiveMongoTemplate mongo, Shape shape) {
        this.mongo = mongo;
        this.shape = shape;
    }

    /**
     * Writes the summary of a record just stored (its mapped document), unless a newer one is there.
     * A failure is logged, not passed on: the record is stored, and the change it made (a child
     * reported missing, an interview held) must not be answered as failed for the sake of a figure;
     * the summary is rebuilt by the next {@link #catchUp}.
     */
    public Mono<Void> write(Object stored) {
        return Mono.fromCallable(() -> {
                    Document record = new Document();
                    mongo.getConverter().write(stored, record);
                    return summary(record);
                })
                .flatMap(this::upsert)
                .onErrorResume(e -> {
                    log.error("The summary in {} of a record just stored was not written; the next catch-up rebuilds it",
                            shape.target(), e);
                    return Mono.empty();
                });
    }

    /**
     * Rewrites the summaries that are missing, older than their record, or of another shape (written
     * before the shape changed); emits how many.
     */
    public Mono<Long> catchUp() {
        Query versions = new Query();
        versions.fields().include("_id", "version", SHAPE);
        Query records = new Query();
        COMMON.forEach(path -> records.fields().include(path));
        shape.paths().forEach(path -> records.fields().include(path));
        String fingerprint = shape.fingerprint();
        return mongo.find(versions, Document.class, shape.target())
                .collectMap(d -> String.valueOf(d.get("_id")),
                        d -> fingerprint.equals(d.get(SHAPE)) ? version(d) : -1L, HashMap::new)
                .flatMapMany(summarised -> mongo.find(records, Document.class, shape.source())
                        .filter(record -> {
                            Long at = summarised.get(String.valueOf(record.get("_id")));
                            return at == null || at < version(record);
                        }))
                .concatMap(record -> upsert(summary(record)).thenReturn(1L))
                .reduce(0L, Long::sum)
                .doOnNext(n -> {
                    if (n > 0) {
                        log.warn("Rebuilt {} summaries in {} that were missing, behind their record or of an older shape",
                                n, shape.target());
                    }
                });
    }

    private Document summary(Document record) {
        Document summary = new Document();
        COMMON.forEach(path -> copy(record, summary, path));
        shape.paths().forEach(path -> copy(record, summary, path));
        shape.derived().forEach(derived -> summary.put(derived.field(), derived.value(summary)));
        summary.put(SHAPE, shape.fingerprint());
        return summary;
    }

    /**
     * Inserts the summary, or replaces an older one. The read and the insert name {@code _id} alone:
     * the embedded server uses its unique {@code _id} index only for a query on exactly that key (a
     * filter of {@code _id} and version scans the collection, which made seeding quadratic). The
     * replacement is a compare-and-set on the version read, so two writers racing never leave the older
     * version standing; on the embedded server it scans the (small) summaries, as a record's own
     * change scans its collection.
     */
    private Mono<Void> upsert(Document summary) {
        return upsert(summary, ATTEMPTS);
    }

    private Mono<Void> upsert(Document summary, int attempts) {
        Object id = summary.get("_id");
        long version = version(summary);
        Mono<Void> again = attempts > 1 ? Mono.defer(() -> upsert(summary, attempts - 1))
                : Mono.error(new IllegalStateException("The summary of " + id + " kept changing meanwhile"));
        return mongo.findById(id, Document.class, shape.target())
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(existing -> {
                    if (existing.isEmpty()) {
                        return mongo.insert(summary, shape.target()).then()
                                .onErrorResume(Summaries::isDuplicate, taken -> again);
                    }
                    long current = version(existing.get());
                    // Older, or as new and already of this shape: nothing to do. (As new but of an older
                    // shape: rewritten, so a catch-up after the shape changed replaces every summary.)
                    if (current > version || current == version && shape.fingerprint().equals(existing.get().get(SHAPE))) {
                        return Mono.empty();
                    }
                    return mongo.getCollection(shape.target())
                            .flatMap(c -> Mono.from(c.replaceOne(Filters.and(Filters.eq("_id", id),
                                    Filters.eq("version", current)), summary)))
                            .flatMap(result -> result.getMatchedCount() == 0 ? again : Mono.<Void>empty());
                });
    }

    private static boolean isDuplicate(Throwable e) {
        return e instanceof DuplicateKeyException
                || e instanceof MongoWriteException write && write.getError().getCode() == 11000;
    }

    private static long version(Document d) {
        Object v = d.get("version");
        return v instanceof Number n ? n.longValue() : -1L;
    }

    /** The non-null values at a dotted path, through lists. */
    static List<Object> values(Object from, String path) {
        List<Object> found = new java.util.ArrayList<>();
        collect(from, path, found);
        return found;
    }

    private static void collect(Object from, String path, List<Object> found) {
        if (from instanceof List<?> list) {
            list.forEach(item -> collect(item, path, found));
            return;
        }
        if (!(from instanceof Document source)) {
            return;
        }
        int dot = path.indexOf('.');
        Object value = source.get(dot < 0 ? path : path.substring(0, dot));
        if (dot >= 0) {
            collect(value, path.substring(dot + 1), found);
        } else if (value instanceof List<?> list) {
            list.stream().filter(java.util.Objects::nonNull).forEach(found::add);
        } else if (value != null) {
            found.add(value);
        }
    }

    /** Copies a dotted path, through lists (an indicator list keeps only each item's domain). */
    @SuppressWarnings("unchecked")
    private static void copy(Object from, Document to, String path) {
        if (!(from instanceof Document source)) {
            return;
        }
        int dot = path.indexOf('.');
        String head = dot < 0 ? path : path.substring(0, dot);
        if (!source.containsKey(head)) {
            return;
        }
        Object value = source.get(head);
        if (dot < 0) {
            to.put(head, value);
            return;
        }
        String rest = path.substring(dot + 1);
        if (value instanceof List<?> list) {
            List<Object> items = to.get(head) instanceof List<?> existing ? (List<Object>) existing : null;
            if (items == null) {
                items = new java.util.ArrayList<>();
                for (int i = 0; i < list.size(); i++) {
                    items.add(new Document());
                }
                to.put(head, items);
            }
            for (int i = 0; i < list.size(); i++) {
                copy(list.get(i), (Document) items.get(i), rest);
            }
        } else if (value instanceof Document) {
            Document inner = to.get(head) instanceof Document existing ? existing : new Document();
            to.put(head, inner);
            copy(value, inner, rest);
        } else if (value == null) {
            to.put(head, null);
        }
    }
}
