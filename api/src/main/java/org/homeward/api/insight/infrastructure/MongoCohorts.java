package org.homeward.api.insight.infrastructure;

import static java.util.List.of;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.homeward.api.insight.CohortFigures;
import org.homeward.api.insight.CohortFigures.CohortCount;
import org.homeward.api.insight.CohortFigures.CohortDurations;
import org.homeward.api.insight.CohortFigures.CohortEpisodes;
import org.homeward.api.insight.CohortFigures.CohortFeedback;
import org.homeward.api.insight.CohortFigures.CohortInterviews;
import org.homeward.api.insight.CohortFigures.CohortOutOfArea;
import org.homeward.api.insight.CohortFigures.CohortStrategy;
import org.homeward.api.insight.CohortFigures.CohortTiming;
import org.homeward.api.insight.Cohorts;
import org.homeward.api.insight.Figure;
import org.homeward.api.insight.Period;
import org.homeward.infra.mongo.Summaries;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The cohort figures as MongoDB aggregation pipelines over the episodes' and interviews' own
 * collections, using only what both the embedded server and a real MongoDB run: no {@code $dateTrunc},
 * {@code $dateDiff}, {@code $setWindowFields}, {@code $switch} or time zones. Local hour and weekday
 * come from the instant plus the zone's offset in force then (a {@code $cond} per clock change in the
 * period, from {@link Period#offsets()}); durations are a {@code $subtract} of two dates; a median is
 * the middle of a sorted {@code $push}. Field paths are those the episodes and interviews adapters
 * store ({@code EpisodeDocument}, {@code InterviewDocument}, {@code FeedbackDocument},
 * {@code DiscussionDocument}); {@code InsightPipelinesTest} fails if they drift.
 */
final class MongoCohorts implements Cohorts {

    /** The episodes' and interviews' summaries: the same paths as their records, a fraction of the size. */
    static final String EPISODES = Summaries.EPISODES.target();
    static final String INTERVIEWS = Summaries.INTERVIEWS.target();
    static final String FEEDBACK = "interview_feedback";
    static final String DISCUSSIONS = "strategy_discussions";
    static final String NOT_GRADED = "NOT_GRADED";
    static final String NOT_GIVEN = "Not given";
    private static final long HOUR_MS = 3_600_000L;
    private static final long MINUTE_MS = 60_000L;
    private static final long DAY_MS = 86_400_000L;
    /**
     * The local hour (0–23) and weekday (0 Monday … 6 Sunday) from {@code local}, the local time in
     * milliseconds since 1970-01-01T00:00 (a Thursday). Arithmetic rather than {@code $hour} and
     * {@code $dayOfWeek}: the embedded server's {@code $dayOfWeek} counts from Monday, MongoDB's from Sunday.
     */
    static final Document HOUR_OF_DAY = doc("$floor", doc("$divide", of(doc("$mod", of("$local", DAY_MS)), HOUR_MS)));
    static final Document DAY_OF_WEEK = doc("$mod", of(doc("$add", of(doc("$floor", doc("$divide", of("$local", DAY_MS))),
            3)), 7));

    private final ReactiveMongoTemplate mongo;
    /** Once per process, before the first read: summaries a crash left missing or behind are rebuilt. */
    private final Mono<Long> caughtUp;

    MongoCohorts(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
        this.caughtUp = Mono.zip(new Summaries(mongo, Summaries.EPISODES).catchUp(),
                        new Summaries(mongo, Summaries.INTERVIEWS).catchUp(), Long::sum)
                // Kept once done; a failed catch-up is not kept, so the next read tries again.
                .cacheInvalidateIf(done -> false);
    }

    // Episodes: those that started in the period.

    @Override
    public Mono<CohortEpisodes> episodes(String organisationId, Period period) {
        List<Document> pipeline = episodesIn(organisationId, period);
        pipeline.add(group("$child", "episodes", sum(1), "missing", sum(cond("$missing", 1, 0))));
        pipeline.add(group(null, "children", sum(1), "episodes", sum("$episodes"), "missing", sum("$missing"),
                "childrenMissing", sum(cond(doc("$gt", of("$missing", 0)), 1, 0)),
                "childrenAway", sum(cond(doc("$lt", of("$missing", "$episodes")), 1, 0))));
        return first(EPISODES, pipeline).map(d -> new CohortEpisodes(integer(d, "children"), integer(d, "episodes"),
                        integer(d, "missing"), integer(d, "episodes") - integer(d, "missing"),
                        integer(d, "childrenMissing"), integer(d, "childrenAway")))
                .defaultIfEmpty(new CohortEpisodes(0, 0, 0, 0, 0, 0));
    }

    @Override
    public Mono<Integer> repeatMissingChildren(String organisationId, Period period) {
        List<Document> pipeline = episodesIn(organisationId, period);
        pipeline.add(group("$child", "episodes", sum(1)));
        pipeline.add(doc("$match", doc("episodes", doc("$gte", 2))));
        pipeline.add(group(null, "children", sum(1)));
        return first(EPISODES, pipeline).map(d -> integer(d, "children")).defaultIfEmpty(0);
    }

    @Override
    public Mono<CohortOutOfArea> outOfArea(String organisationId, Period period) {
        List<Document> pipeline = episodesIn(organisationId, period);
        pipeline.add(doc("$match", doc("outOfArea", true)));
        pipeline.add(group("$child", "episodes", sum(1)));
        pipeline.add(group(null, "children", sum(1), "episodes", sum("$episodes")));
        return first(EPISODES, pipeline).map(d -> new CohortOutOfArea(integer(d, "children"), integer(d, "episodes")))
                .defaultIfEmpty(new CohortOutOfArea(0, 0));
    }

    @Override
    public Mono<CohortTiming> timing(String organisationId, Period period) {
        List<Document> pipeline = episodesIn(organisationId, period);
        pipeline.add(doc("$project", doc("hour", HOUR_OF_DAY).append("day", DAY_OF_WEEK)));
        pipeline.add(doc("$facet", doc("hours", of(group("$hour", "n", sum(1))))
                .append("days", of(group("$day", "n", sum(1))))));
        return first(EPISODES, pipeline).map(d -> {
            Integer[] hours = new Integer[24];
            Integer[] days = new Integer[7];
            java.util.Arrays.fill(hours, 0);
            java.util.Arrays.fill(days, 0);
            d.getList("hours", Document.class).forEach(h -> hours[integer(h, "_id")] = integer(h, "n"));
            d.getList("days", Document.class).forEach(w -> days[integer(w, "_id")] = integer(w, "n"));
            return new CohortTiming(List.of(hours), List.of(days));
        });
    }

    @Override
    public Mono<CohortDurations> durations(String organisationId, Period period) {
        List<Document> pipeline = episodesIn(organisationId, period);
        pipeline.add(doc("$facet", doc("open", of(doc("$match", doc("endedAt", null)), group(null, "n", sum(1))))
                .append("ended", of(doc("$match", doc("endedAt", doc("$ne", null))),
                        doc("$project", doc("minutes", doc("$divide",
                                of(doc("$subtract", of("$endedAt", "$startedAt")), MINUTE_MS)))),
                        doc("$sort", doc("minutes", 1)),
                        group(null, "all", doc("$push", "$minutes"), "longest", doc("$max", "$minutes")),
                        doc("$project", doc("median", median("$all")).append("longest", 1)
                                .append("n", doc("$size", "$all")))))));
        return first(EPISODES, pipeline).map(d -> {
            Document ended = firstOf(d, "ended");
            Document open = firstOf(d, "open");
            return new CohortDurations(ended == null ? 0 : integer(ended, "n"), open == null ? 0 : integer(open, "n"),
                    ended == null ? null : CohortFigures.rounded(number(ended, "median")),
                    ended == null ? null : CohortFigures.rounded(number(ended, "longest")));
        });
    }

    @Override
    public Mono<List<CohortCount>> policeGrades(String organisationId, Period period) {
        List<Document> pipeline = episodesIn(organisationId, period);
        pipeline.add(group("$police", "count", sum(1), "children", doc("$addToSet", "$child")));
        return counts(EPISODES, pipeline);
    }

    // Interviews: those whose return (the one that opened the offer) was in the period.

    @Override
    public Mono<CohortInterviews> interviews(String organisationId, Period period) {
        List<Document> returns = new ArrayList<>(of(doc("$match", doc("organisationId", organisationId)
                .append("endedAt", range(period))), group(null, "n", sum(1))));
        // The returns in the period that an interview covers: an interview covering an episode was
        // opened by that return or an earlier one, so only interviews opened before the period's end.
        List<Document> covered = new ArrayList<>(of(
                doc("$match", doc("organisationId", organisationId)
                        .append("interview.returnedAt", doc("$lt", Date.from(period.end())))),
                doc("$project", doc("episodeIds", 1)),
                doc("$unwind", "$episodeIds"),
                doc("$lookup", doc("from", EPISODES).append("localField", "episodeIds").append("foreignField", "_id")
                        .append("as", "episode")),
                doc("$unwind", "$episode"),
                doc("$match", doc("episode.endedAt", range(period))),
                group(null, "n", sum(1))));
        List<Document> pipeline = interviewsIn(organisationId, period);
        pipeline.add(doc("$facet", doc("counts", of(group(null, "offers", sum(1),
                        "accepted", sum(cond("$accepted", 1, 0)), "declined", sum(cond("$declined", 1, 0)),
                        "held", sum(cond("$held", 1, 0)), "inTime", sum(cond("$inTime", 1, 0)))))
                .append("median", of(doc("$match", doc("held", true)),
                        doc("$project", doc("hours", doc("$divide",
                                of(doc("$subtract", of("$heldAt", "$returnedAt")), HOUR_MS)))),
                        doc("$sort", doc("hours", 1)),
                        group(null, "all", doc("$push", "$hours")),
                        doc("$project", doc("median", median("$all")))))));
        return Mono.zip(first(EPISODES, returns).map(d -> integer(d, "n")).defaultIfEmpty(0),
                first(INTERVIEWS, covered).map(d -> integer(d, "n")).defaultIfEmpty(0),
                first(INTERVIEWS, pipeline).defaultIfEmpty(new Document())).map(all -> {
                    int returned = all.getT1();
                    int offered = all.getT2();
                    Document d = all.getT3();
                    Document counts = firstOf(d, "counts");
                    Document median = firstOf(d, "median");
                    int offers = counts == null ? 0 : integer(counts, "offers");
                    int accepted = counts == null ? 0 : integer(counts, "accepted");
                    int declined = counts == null ? 0 : integer(counts, "declined");
                    int held = counts == null ? 0 : integer(counts, "held");
                    int inTime = counts == null ? 0 : integer(counts, "inTime");
                    return new CohortInterviews(returned, offered, CohortFigures.percent(offered, returned), offers,
                            accepted, CohortFigures.percent(accepted, offers), declined, held, inTime,
                            CohortFigures.percent(inTime, offers),
                            median == null ? null : CohortFigures.rounded(number(median, "median")));
                });
    }

    @Override
    public Mono<List<CohortCount>> declineReasons(String organisationId, Period period) {
        List<Document> pipeline = interviewsIn(organisationId, period);
        pipeline.add(doc("$match", doc("declined", true)));
        pipeline.add(group("$reason", "count", sum(1), "children", doc("$addToSet", "$child")));
        return counts(INTERVIEWS, pipeline);
    }

    // The child's voice: feedback given, and interviews held, in the period.

    @Override
    public Mono<CohortFeedback> feedback(String organisationId, Period period) {
        List<Document> pipeline = new ArrayList<>(of(doc("$match", doc("organisationId", organisationId)
                        .append("feedback.givenAt", range(period))),
                group(null, "given", sum(1), "listened", doc("$avg", "$feedback.listened"),
                        "rightPerson", sum(cond("$feedback.rightPerson", 1, 0)),
                        "rightTimeAndPlace", sum(cond("$feedback.rightTimeAndPlace", 1, 0)),
                        "helped", sum(cond("$feedback.helped", 1, 0)),
                        "talkAgain", sum(cond("$feedback.talkAgain", 1, 0)))));
        return first(FEEDBACK, pipeline).map(d -> {
            int given = integer(d, "given");
            return new CohortFeedback(given, CohortFigures.rounded(number(d, "listened")),
                    CohortFigures.percent(integer(d, "rightPerson"), given),
                    CohortFigures.percent(integer(d, "rightTimeAndPlace"), given),
                    CohortFigures.percent(integer(d, "helped"), given),
                    CohortFigures.percent(integer(d, "talkAgain"), given));
        }).defaultIfEmpty(new CohortFeedback(0, null, null, null, null, null));
    }

    @Override
    public Mono<List<CohortCount>> factors(String organisationId, Period period, Factor kind) {
        List<Document> pipeline = heldIn(organisationId, period,
                kind == Factor.PUSH ? "$interview.record.pushFactors" : "$interview.record.pullFactors");
        pipeline.add(group("$item", "count", doc("$addToSet", "$_id"), "children", doc("$addToSet", "$child")));
        return counts(INTERVIEWS, pipeline);
    }

    @Override
    public Mono<List<CohortCount>> indicators(String organisationId, Period period) {
        List<Document> pipeline = heldIn(organisationId, period, "$interview.record.indicators");
        pipeline.add(group("$item.domain", "count", doc("$addToSet", "$_id"), "children", doc("$addToSet", "$child")));
        return counts(INTERVIEWS, pipeline);
    }

    @Override
    public Mono<CohortStrategy> strategyDiscussions(String organisationId, Period period) {
        List<Document> pipeline = new ArrayList<>(of(doc("$match", doc("organisationId", organisationId)
                        .append("flaggedAt", range(period))),
                group(null, "discussions", sum(1), "children", doc("$addToSet", "$youngPersonId"),
                        "held", sum(cond(doc("$eq", of("$status", "HELD")), 1, 0))),
                doc("$project", doc("discussions", 1).append("held", 1).append("children", doc("$size", "$children")))));
        return first(DISCUSSIONS, pipeline).map(d -> new CohortStrategy(integer(d, "children"), integer(d, "discussions"),
                integer(d, "held"))).defaultIfEmpty(new CohortStrategy(0, 0, 0));
    }

    // The children behind each figure.

    @Override
    public Flux<ChildCount> children(String organisationId, Period period, Figure figure, String value) {
        String collection = switch (figure) {
            case CHILDREN_MISSING, MISSING, AWAY, REPEAT_MISSING, OUT_OF_AREA, HOUR, WEEKDAY, ENDED, STILL_OPEN,
                 POLICE_GRADE -> EPISODES;
            case FEEDBACK -> FEEDBACK;
            case STRATEGY_DISCUSSION -> DISCUSSIONS;
            default -> INTERVIEWS;
        };
        List<Document> pipeline = switch (figure) {
            case CHILDREN_MISSING, REPEAT_MISSING -> episodesIn(organisationId, period);
            case MISSING -> matching(episodesIn(organisationId, period), doc("missing", true));
            case AWAY -> matching(episodesIn(organisationId, period), doc("missing", false));
            case OUT_OF_AREA -> matching(episodesIn(organisationId, period), doc("outOfArea", true));
            case ENDED -> matching(episodesIn(organisationId, period), doc("endedAt", doc("$ne", null)));
            case STILL_OPEN -> matching(episodesIn(organisationId, period), doc("endedAt", null));
            case POLICE_GRADE -> matching(episodesIn(organisationId, period), doc("police", value));
            case HOUR -> local(episodesIn(organisationId, period), HOUR_OF_DAY, number("value", value, 0, 23));
            case WEEKDAY -> local(episodesIn(organisationId, period), DAY_OF_WEEK,
                    java.time.DayOfWeek.valueOf(weekday(value)).getValue() - 1);
            case INTERVIEW_OFFERED -> interviewsIn(organisationId, period);
            case INTERVIEW_ACCEPTED -> matching(interviewsIn(organisationId, period), doc("accepted", true));
            case INTERVIEW_DECLINED -> matching(interviewsIn(organisationId, period), doc("declined", true));
            case HELD_WITHIN_72H -> matching(interviewsIn(organisationId, period), doc("inTime", true));
            case NOT_HELD_WITHIN_72H -> matching(interviewsIn(organisationId, period), doc("inTime", false));
            case DECLINE_REASON -> matching(interviewsIn(organisationId, period),
                    doc("declined", true).append("reason", value));
            case PUSH_FACTOR -> matching(heldIn(organisationId, period, "$interview.record.pushFactors"),
                    doc("item", value));
            case PULL_FACTOR -> matching(heldIn(organisationId, period, "$interview.record.pullFactors"),
                    doc("item", value));
            case INDICATOR -> matching(heldIn(organisationId, period, "$interview.record.indicators"),
                    doc("item.domain", value));
            case FEEDBACK -> new ArrayList<>(of(doc("$match", doc("organisationId", organisationId)
                            .append("feedback.givenAt", range(period))),
                    doc("$project", doc("child", "$feedback.youngPersonId"))));
            case STRATEGY_DISCUSSION -> new ArrayList<>(of(doc("$match", doc("organisationId", organisationId)
                            .append("flaggedAt", range(period))),
                    doc("$project", doc("child", "$youngPersonId"))));
        };
        if (figure == Figure.PUSH_FACTOR || figure == Figure.PULL_FACTOR || figure == Figure.INDICATOR) {
            // An interview naming a factor twice counts once.
            pipeline.add(group(doc("interview", "$_id").append("child", "$child"), "n", sum(1)));
            pipeline.add(doc("$project", doc("child", "$_id.child")));
        }
        pipeline.add(group("$child", "count", sum(1)));
        if (figure == Figure.REPEAT_MISSING) {
            pipeline.add(doc("$match", doc("count", doc("$gte", 2))));
        }
        return aggregate(collection, pipeline).map(d -> new ChildCount(d.getString("_id"), integer(d, "count")));
    }

    @Override
    public Flux<InspectionRow> inspection(String organisationId, Period period) {
        List<Document> pipeline = episodesIn(organisationId, period);
        pipeline.add(doc("$sort", doc("startedAt", 1).append("_id", 1)));
        pipeline.add(group("$child", "episodes", sum(1), "missing", sum(cond("$missing", 1, 0)),
                "last", doc("$last", "$_id"), "lastStartedAt", doc("$last", "$startedAt"),
                "lastEndedAt", doc("$last", "$endedAt")));
        return aggregate(EPISODES, pipeline).collectList().flatMapMany(children -> {
            if (children.isEmpty()) {
                return Flux.empty();
            }
            // Which interview covers each episode, from the interviews opened before the period's end
            // (one covering an episode was opened by its return or an earlier one). Not an $in of the
            // children's last episodes: the embedded server checks such a list value by value.
            List<Document> offers = new ArrayList<>(of(
                    doc("$match", doc("organisationId", organisationId)
                            .append("interview.returnedAt", doc("$lt", Date.from(period.end())))),
                    doc("$project", doc("episodeIds", 1).append("status", "$interview.status")),
                    doc("$unwind", "$episodeIds")));
            java.util.Set<String> lastEpisodes = children.stream().map(d -> d.getString("last"))
                    .collect(java.util.stream.Collectors.toSet());
            return aggregate(INTERVIEWS, offers)
                    .filter(d -> lastEpisodes.contains(d.getString("episodeIds")))
                    .collectMap(d -> d.getString("episodeIds"), d -> d.getString("status"))
                    .flatMapMany(statusByEpisode -> Flux.fromIterable(children).map(d -> {
                        String status = statusByEpisode.get(d.getString("last"));
                        int episodes = integer(d, "episodes");
                        int missing = integer(d, "missing");
                        return new InspectionRow(d.getString("_id"), episodes, missing, episodes - missing,
                                d.getString("last"), instant(d, "lastStartedAt"), instant(d, "lastEndedAt"),
                                status != null, "BOOKED".equals(status) || "HELD".equals(status),
                                "HELD".equals(status));
                    }));
        });
    }

    // The shared first stages.

    /**
     * The organisation's episodes that started in the period, each as: child, startedAt, endedAt,
     * outOfArea, missing (whereabouts unknown at any time: DfE M), police (the police grade or
     * NOT_GRADED) and local (the start shifted by the zone's offset, for $hour and $dayOfWeek).
     */
    static List<Document> episodesIn(String organisationId, Period period) {
        Document everMissing = doc("$or", of(doc("$eq", of("$whereabouts", "MISSING")),
                doc("$gt", of(doc("$size", doc("$filter", doc("input", "$episode.whereaboutsHistory")
                        .append("as", "change")
                        .append("cond", doc("$eq", of("$$change.whereabouts", "MISSING"))))), 0))));
        return new ArrayList<>(of(
                doc("$match", doc("organisationId", organisationId).append("startedAt", range(period))),
                doc("$project", doc("child", "$youngPersonId").append("startedAt", 1).append("endedAt", 1)
                        .append("outOfArea", 1).append("missing", everMissing)
                        .append("police", doc("$ifNull", of("$episode.police.grade", NOT_GRADED)))
                        .append("local", doc("$add", of(doc("$subtract", of("$startedAt", new Date(0))),
                                offset(period)))))));
    }

    /**
     * The organisation's interviews whose return was in the period, each as: child, covered (how many
     * episodes), accepted (booked or held), declined (declined, or closed as declined), held, inTime
     * (held by the 72-hour deadline), returnedAt, heldAt, and the decline reason.
     */
    static List<Document> interviewsIn(String organisationId, Period period) {
        Document held = doc("$eq", of("$interview.status", "HELD"));
        return new ArrayList<>(of(
                doc("$match", doc("organisationId", organisationId).append("interview.returnedAt", range(period))),
                doc("$project", doc("child", "$youngPersonId")
                        .append("accepted", doc("$in", of("$interview.status", of("BOOKED", "HELD"))))
                        .append("declined", doc("$in", of("$interview.status", of("DECLINED", "CLOSED_DECLINED"))))
                        .append("held", held)
                        .append("inTime", doc("$and", of(held, doc("$lte", of("$interview.heldAt", "$interview.dueAt")))))
                        .append("returnedAt", "$interview.returnedAt")
                        .append("heldAt", "$interview.heldAt")
                        .append("reason", doc("$ifNull", of("$interview.closure.reason",
                                doc("$ifNull", of("$interview.decline.reason", NOT_GIVEN))))))));
    }

    /** The organisation's interviews held in the period, one document per item of a list in their record. */
    static List<Document> heldIn(String organisationId, Period period, String list) {
        return new ArrayList<>(of(
                doc("$match", doc("organisationId", organisationId).append("interview.heldAt", range(period))),
                doc("$project", doc("child", "$youngPersonId").append("item", list)),
                doc("$unwind", "$item")));
    }

    /** The zone's offset at the episode's start, in milliseconds: a $cond per clock change in the period. */
    static Object offset(Period period) {
        List<Period.Offset> offsets = period.offsets();
        Object expression = offsets.get(offsets.size() - 1).seconds() * 1000L;
        for (int i = offsets.size() - 1; i > 0; i--) {
            expression = cond(doc("$lt", of("$startedAt", Date.from(offsets.get(i).from()))),
                    offsets.get(i - 1).seconds() * 1000L, expression);
        }
        return expression;
    }

    private static List<Document> local(List<Document> pipeline, Document expression, int value) {
        pipeline.add(doc("$addFields", doc("at", expression)));
        pipeline.add(doc("$match", doc("at", value)));
        return pipeline;
    }

    private static List<Document> matching(List<Document> pipeline, Document match) {
        pipeline.add(doc("$match", match));
        return pipeline;
    }

    /** The middle of a sorted list: the mean of the two middle values when it has an even number. */
    private static Document median(String sortedList) {
        Document size = doc("$size", sortedList);
        Document lower = doc("$arrayElemAt", of(sortedList,
                doc("$toInt", doc("$floor", doc("$divide", of(doc("$subtract", of(size, 1)), 2))))));
        Document upper = doc("$arrayElemAt", of(sortedList, doc("$toInt", doc("$floor", doc("$divide", of(size, 2))))));
        return doc("$divide", of(doc("$add", of(lower, upper)), 2));
    }

    private Mono<List<CohortCount>> counts(String collection, List<Document> pipeline) {
        pipeline.add(doc("$project", doc("count", doc("$cond", of(doc("$isArray", "$count"), doc("$size", "$count"),
                "$count"))).append("children", doc("$size", "$children"))));
        return aggregate(collection, pipeline)
                .map(d -> new CohortCount(String.valueOf(d.get("_id")), integer(d, "count"), integer(d, "children")))
                .collectList()
                .map(list -> list.stream().sorted(Comparator.comparingInt(CohortCount::count).reversed()
                        .thenComparing(CohortCount::key)).toList());
    }

    private Mono<Document> first(String collection, List<Document> pipeline) {
        return aggregate(collection, pipeline).next();
    }

    private Flux<Document> aggregate(String collection, List<Document> pipeline) {
        return caughtUp.then(mongo.getCollection(collection)).flatMapMany(c -> c.aggregate(pipeline));
    }

    private static Document firstOf(Document facets, String name) {
        List<Document> list = facets.getList(name, Document.class, Collections.emptyList());
        return list.isEmpty() ? null : list.get(0);
    }

    private static Document range(Period period) {
        return doc("$gte", Date.from(period.start())).append("$lt", Date.from(period.end()));
    }

    private static Document group(Object id, Object... fields) {
        Document group = doc("_id", id);
        for (int i = 0; i < fields.length; i += 2) {
            group.append((String) fields[i], fields[i + 1]);
        }
        return doc("$group", group);
    }

    private static Document sum(Object what) {
        return doc("$sum", what);
    }

    private static Document cond(Object condition, Object then, Object otherwise) {
        return doc("$cond", of(condition, then, otherwise));
    }

    private static Document doc(String key, Object value) {
        return new Document(key, value);
    }

    private static int integer(Document d, String key) {
        Object value = d.get(key);
        return value == null ? 0 : ((Number) value).intValue();
    }

    private static Double number(Document d, String key) {
        Object value = d.get(key);
        return value == null ? null : ((Number) value).doubleValue();
    }

    private static Instant instant(Document d, String key) {
        Object value = d.get(key);
        return value instanceof Date date ? date.toInstant() : null;
    }

    private static int number(String field, String value, int min, int max) {
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw new org.homeward.infra.errors.InvalidField(field, "must be a whole number from " + min + " to " + max);
    }

    private static String weekday(String value) {
        String upper = value.toUpperCase(java.util.Locale.ROOT);
        if (java.util.Arrays.stream(java.time.DayOfWeek.values()).noneMatch(day -> day.name().equals(upper))) {
            throw new org.homeward.infra.errors.InvalidField("value", "must be a day of the week, e.g. MONDAY");
        }
        return upper;
    }
}
