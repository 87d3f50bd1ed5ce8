package org.homeward.api.insight.infrastructure;

import static java.util.List.of;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.homeward.api.insight.CohortFigures.EpisodeFigures;
import org.homeward.api.insight.CohortFigures.InterviewFigures;
import org.homeward.api.insight.CohortFigures.VoiceFigures;
import org.homeward.api.insight.Cohorts;
import org.homeward.api.insight.Figure;
import org.homeward.api.insight.Period;
import org.homeward.infra.mongo.Summaries;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The cohort figures as MongoDB aggregation pipelines over the summaries of the episodes and
 * interviews ({@link Summaries}) and the feedback and strategy discussions, using only what both the
 * embedded server and a real MongoDB run: no {@code $dateTrunc}, {@code $dateDiff},
 * {@code $setWindowFields}, {@code $sortArray} or time zones. A period's figures take eight pipelines
 * in three groups (episodes: a {@code $facet} and a small read for the median duration; interviews:
 * returns, returns covered, a {@code $facet} over the interviews; the child's voice: a {@code $facet}
 * over the interviews held, feedback, discussions). The figures count starts per time slot and read
 * each slot's local hour and weekday from the zone's rules ({@link #timeSlot}); for the lists, local
 * hour and weekday come from the instant plus the zone's offset in force then (a {@code $cond} per
 * clock change in the period, from {@link Period#offsets()}); durations are stored on the summary in minutes; a median is
 * the middle of a sorted {@code $push}. Field paths are those the episodes and interviews adapters
 * store ({@code EpisodeDocument}, {@code InterviewDocument}, {@code FeedbackDocument},
 * {@code DiscussionDocument}); {@code InsightEndToEndTest} fails if they drift.
 */
final class MongoCohorts implements Cohorts {

    /** The episodes' and interviews' summaries: the paths read under their records' names, and a few derived fields. */
    static final String EPISODES = Summaries.EPISODES.target();
    static final String INTERVIEWS = Summaries.INTERVIEWS.target();
    static final String FEEDBACK = "interview_feedback";
    static final String DISCUSSIONS = "strategy_discussions";
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

    /** Held by the 72-hour deadline: both flags stored on the interview's summary. */
    static final Document IN_TIME = doc("$and", of("$held", "$heldByDue"));

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

    /**
     * The episode figures in one {@code $facet} over the episodes that started in the period, and one
     * small read for the median duration.
     */
    @Override
    public Mono<EpisodeFigures> episodeFigures(String organisationId, Period period) {
        return first(EPISODES, episodeFacets(organisationId, period)).defaultIfEmpty(new Document())
                .flatMap(episodes -> durations(organisationId, period, episodes).map(durations -> {
                    Document children = firstOf(episodes, "children");
                    Integer[] hours = new Integer[24];
                    Integer[] days = new Integer[7];
                    Arrays.fill(hours, 0);
                    Arrays.fill(days, 0);
                    long size = timeSlot(period);
                    for (Document slot : episodes.getList("timing", Document.class, List.of())) {
                        java.time.ZonedDateTime at = Instant.ofEpochMilli(((Number) slot.get("_id")).longValue() * size)
                                .atZone(period.zone());
                        hours[at.getHour()] += integer(slot, "n");
                        days[at.getDayOfWeek().getValue() - 1] += integer(slot, "n");
                    }
                    int episodeCount = integer(children, "episodes");
                    int missing = integer(children, "missing");
                    return new EpisodeFigures(
                            new CohortEpisodes(integer(children, "children"), episodeCount, missing,
                                    episodeCount - missing, integer(children, "childrenMissing"),
                                    integer(children, "childrenAway")),
                            integer(children, "repeat"),
                            new CohortOutOfArea(integer(children, "outOfAreaChildren"),
                                    integer(children, "outOfAreaEpisodes")),
                            new CohortTiming(List.of(hours), List.of(days)), durations, counts(episodes, "police"));
                }));
    }

    /**
     * The interview rates in three pipelines side by side: the returns in the period, those an
     * interview covers, and one {@code $facet} over the interviews those returns opened.
     */
    @Override
    public Mono<InterviewFigures> interviewFigures(String organisationId, Period period) {
        return Mono.zip(count(EPISODES, of(doc("$match", doc("organisationId", organisationId)
                                .append("endedAt", range(period))))),
                        count(INTERVIEWS, covered(organisationId, period)),
                        first(INTERVIEWS, interviewFacets(organisationId, period)).defaultIfEmpty(new Document()))
                .map(all -> {
                    int returns = all.getT1();
                    int returnsOffered = all.getT2();
                    Document interviews = all.getT3();
                    Document counts = firstOf(interviews, "counts");
                    Document median = firstOf(interviews, "median");
                    int offers = integer(counts, "offers");
                    int accepted = integer(counts, "accepted");
                    int inTime = integer(counts, "inTime");
                    return new InterviewFigures(new CohortInterviews(returns, returnsOffered,
                            CohortFigures.percent(returnsOffered, returns), offers, accepted,
                            CohortFigures.percent(accepted, offers), integer(counts, "declined"),
                            integer(counts, "held"), inTime, CohortFigures.percent(inTime, offers),
                            median == null ? null : CohortFigures.rounded(number(median, "median"))),
                            counts(interviews, "reasons"));
                });
    }

    /** The child's voice in three pipelines side by side: the interviews held, feedback, strategy discussions. */
    @Override
    public Mono<VoiceFigures> voiceFigures(String organisationId, Period period) {
        return Mono.zip(first(INTERVIEWS, heldFacets(organisationId, period)).defaultIfEmpty(new Document()),
                        feedback(organisationId, period), strategyDiscussions(organisationId, period))
                .map(all -> new VoiceFigures(all.getT2(), counts(all.getT1(), "push"), counts(all.getT1(), "pull"),
                        counts(all.getT1(), "indicators"), all.getT3()));
    }

    /**
     * The episodes that started in the period, as facets: per child then over all (children, episodes,
     * missing or away, repeat, out of area), starts per time slot, the ended ones by whole minute (with
     * the longest) and how many are open, and the police grades.
     */
    static List<Document> episodeFacets(String organisationId, Period period) {
        // The summaries' own fields, no $project: the embedded server evaluates a projection document
        // by document.
        return new ArrayList<>(of(doc("$match", startedIn(organisationId, period)),
                doc("$facet", doc("children", of(
                        group("$youngPersonId", "episodes", sum(1), "missing", sum(cond("$everMissing", 1, 0)),
                                "outOfArea", sum(cond("$outOfArea", 1, 0))),
                        group(null, "children", sum(1), "episodes", sum("$episodes"), "missing", sum("$missing"),
                                "childrenMissing", sum(cond(doc("$gt", of("$missing", 0)), 1, 0)),
                                "childrenAway", sum(cond(doc("$lt", of("$missing", "$episodes")), 1, 0)),
                                "repeat", sum(cond(doc("$gte", of("$episodes", 2)), 1, 0)),
                                "outOfAreaChildren", sum(cond(doc("$gt", of("$outOfArea", 0)), 1, 0)),
                                "outOfAreaEpisodes", sum("$outOfArea"))))
                        .append("timing", of(group(doc("$floor", doc("$divide", of(
                                doc("$subtract", of("$startedAt", new Date(0))), timeSlot(period)))), "n", sum(1))))
                        .append("open", of(doc("$match", doc("endedAt", null)), group(null, "n", sum(1))))
                        .append("minutes", of(doc("$match", doc("minutes", doc("$ne", null))),
                                group(doc("$floor", "$minutes"), "n", sum(1), "longest", doc("$max", "$minutes"))))
                        .append("police", sized(group("$policeGrade", "count", sum(1),
                                "children", doc("$addToSet", "$youngPersonId")))))));
    }

    /**
     * The median and longest of the period's durations, from the facet's whole minutes (how many
     * episodes lasted each): the minute or two holding the middle are read again, exactly, and only
     * those episodes sorted (sorting every duration in the period took the embedded server longest).
     */
    private Mono<CohortDurations> durations(String organisationId, Period period, Document episodes) {
        List<Document> minutes = new ArrayList<>(episodes.getList("minutes", Document.class, List.of()));
        int open = integer(firstOf(episodes, "open"), "n");
        int ended = minutes.stream().mapToInt(m -> integer(m, "n")).sum();
        if (ended == 0) {
            return Mono.just(new CohortDurations(0, open, null, null));
        }
        minutes.sort(Comparator.comparingDouble(m -> number(m, "_id")));
        double longest = minutes.stream().mapToDouble(m -> number(m, "longest")).max().orElseThrow();
        int lowerRank = (ended - 1) / 2;
        int upperRank = ended / 2;
        double from = Double.NaN;
        double to = Double.NaN;
        int before = 0;
        int passed = 0;
        for (Document minute : minutes) {
            int n = integer(minute, "n");
            if (Double.isNaN(from) && passed + n > lowerRank) {
                from = number(minute, "_id");
                before = passed;
            }
            if (passed + n > upperRank) {
                to = number(minute, "_id") + 1;
                break;
            }
            passed += n;
        }
        int skip = lowerRank - before;
        List<Document> middle = new ArrayList<>(of(
                doc("$match", startedIn(organisationId, period).append("minutes", doc("$gte", from).append("$lt", to))),
                doc("$project", doc("minutes", 1)),
                doc("$sort", doc("minutes", 1)),
                group(null, "all", doc("$push", "$minutes")),
                doc("$project", doc("middle", doc("$slice", of("$all", skip, upperRank - lowerRank + 1))))));
        return first(EPISODES, middle).map(d -> {
            List<Number> values = d.getList("middle", Number.class);
            double median = (values.get(0).doubleValue() + values.get(values.size() - 1).doubleValue()) / 2;
            return new CohortDurations(ended, open, CohortFigures.rounded(median), CohortFigures.rounded(longest));
        });
    }

    /**
     * The returns in the period that an interview covers: an interview covering an episode was opened by
     * that return or an earlier one, so only interviews opened before the period's end.
     */
    static List<Document> covered(String organisationId, Period period) {
        return new ArrayList<>(of(
                doc("$match", doc("organisationId", organisationId)
                        .append("interview.returnedAt", doc("$lt", Date.from(period.end())))),
                doc("$project", doc("episodeIds", 1)),
                doc("$unwind", "$episodeIds"),
                doc("$lookup", doc("from", EPISODES).append("localField", "episodeIds").append("foreignField", "_id")
                        .append("as", "episode")),
                doc("$unwind", "$episode"),
                doc("$match", doc("episode.endedAt", range(period)))));
    }

    /** The interviews opened by a return in the period: the rates, the median hours to holding one, the decline reasons. */
    static List<Document> interviewFacets(String organisationId, Period period) {
        // The summaries' own flags, no $project first (see episodeFacets).
        List<Document> pipeline = new ArrayList<>(of(doc("$match", returnedIn(organisationId, period))));
        pipeline.add(doc("$facet", doc("counts", of(group(null, "offers", sum(1),
                        "accepted", sum(cond("$accepted", 1, 0)), "declined", sum(cond("$declined", 1, 0)),
                        "held", sum(cond("$held", 1, 0)), "inTime", sum(cond(IN_TIME, 1, 0)))))
                .append("median", of(doc("$match", doc("held", true)),
                        doc("$project", doc("hours", doc("$divide",
                                of(doc("$subtract", of("$interview.heldAt", "$interview.returnedAt")), HOUR_MS)))),
                        doc("$sort", doc("hours", 1)),
                        group(null, "all", doc("$push", "$hours")),
                        doc("$project", doc("median", median("$all")))))
                .append("reasons", sized(doc("$match", doc("declined", true)),
                        group("$reason", "count", sum(1), "children", doc("$addToSet", "$youngPersonId"))))));
        return pipeline;
    }

    /** The interviews held in the period: how many named each push and pull factor and each indicator's domain, and for how many children. */
    static List<Document> heldFacets(String organisationId, Period period) {
        return new ArrayList<>(of(
                doc("$match", doc("organisationId", organisationId).append("interview.heldAt", range(period))),
                doc("$facet", doc("push", items("$interview.record.pushFactors", "$item"))
                        .append("pull", items("$interview.record.pullFactors", "$item"))
                        .append("indicators", items("$interview.record.indicators", "$item.domain")))));
    }

    /** One document per item of a list in each interview, grouped by {@code key}: interviews (each once) and children. */
    private static List<Document> items(String list, String key) {
        return sized(doc("$project", doc("child", "$youngPersonId").append("item", list)),
                doc("$unwind", "$item"),
                group(key, "count", doc("$addToSet", "$_id"), "children", doc("$addToSet", "$child")));
    }

    /** The stages given, then each group's {@code count} (a number, or a set to count) and {@code children} as sizes. */
    private static List<Document> sized(Document... stages) {
        List<Document> pipeline = new ArrayList<>(List.of(stages));
        pipeline.add(doc("$project", doc("count", doc("$cond", of(doc("$isArray", "$count"), doc("$size", "$count"),
                "$count"))).append("children", doc("$size", "$children"))));
        return pipeline;
    }

    private Mono<CohortFeedback> feedback(String organisationId, Period period) {
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

    private Mono<CohortStrategy> strategyDiscussions(String organisationId, Period period) {
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
        // The last episode is the greatest (start, id): a $max of a document compares it field by field,
        // in order, on both servers, and spares sorting the period's episodes.
        List<Document> pipeline = episodesIn(organisationId, period);
        pipeline.add(group("$child", "episodes", sum(1), "missing", sum(cond("$missing", 1, 0)),
                "last", doc("$max", doc("startedAt", "$startedAt").append("id", "$_id").append("endedAt", "$endedAt"))));
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
            java.util.Set<String> lastEpisodes = children.stream().map(d -> last(d).getString("id"))
                    .collect(java.util.stream.Collectors.toSet());
            return aggregate(INTERVIEWS, offers)
                    .filter(d -> lastEpisodes.contains(d.getString("episodeIds")))
                    .collectMap(d -> d.getString("episodeIds"), d -> d.getString("status"))
                    .flatMapMany(statusByEpisode -> Flux.fromIterable(children).map(d -> {
                        Document last = last(d);
                        String status = statusByEpisode.get(last.getString("id"));
                        int episodes = integer(d, "episodes");
                        int missing = integer(d, "missing");
                        return new InspectionRow(d.getString("_id"), episodes, missing, episodes - missing,
                                last.getString("id"), instant(last, "startedAt"), instant(last, "endedAt"),
                                status != null, "BOOKED".equals(status) || "HELD".equals(status),
                                "HELD".equals(status));
                    }));
        });
    }

    // The shared first stages.

    /**
     * The organisation's episodes that started in the period, each as: child, startedAt, endedAt,
     * outOfArea, missing (whereabouts unknown at any time: DfE M), police (the police grade or
     * NOT_GRADED; both stored on the summary, {@link Summaries#EPISODES}) and local (the start shifted
     * by the zone's offset, for the hour and weekday).
     */
    static List<Document> episodesIn(String organisationId, Period period) {
        return new ArrayList<>(of(
                doc("$match", startedIn(organisationId, period)),
                doc("$project", doc("child", "$youngPersonId").append("startedAt", 1).append("endedAt", 1)
                        .append("outOfArea", 1).append("missing", "$everMissing").append("police", "$policeGrade")
                        .append("local", local(period)))));
    }

    /** The organisation's episodes that started in the period. */
    private static Document startedIn(String organisationId, Period period) {
        return doc("organisationId", organisationId).append("startedAt", range(period));
    }

    /** The start shifted by the zone's offset then, in milliseconds since 1970-01-01T00:00 local time. */
    private static Document local(Period period) {
        return doc("$add", of(doc("$subtract", of("$startedAt", new Date(0))), offset(period)));
    }

    /**
     * The organisation's interviews whose return was in the period, each as: child, accepted (booked or
     * held), declined (declined, or closed as declined), held, inTime (held by the 72-hour deadline) and
     * the decline reason (or "Not given"), all but inTime stored on the summary ({@link Summaries#INTERVIEWS}).
     */
    static List<Document> interviewsIn(String organisationId, Period period) {
        return new ArrayList<>(of(
                doc("$match", returnedIn(organisationId, period)),
                doc("$project", doc("child", "$youngPersonId").append("accepted", 1).append("declined", 1)
                        .append("held", 1).append("inTime", IN_TIME).append("reason", 1))));
    }

    /** The organisation's interviews whose return was in the period. */
    private static Document returnedIn(String organisationId, Period period) {
        return doc("organisationId", organisationId).append("interview.returnedAt", range(period));
    }

    /** The organisation's interviews held in the period, one document per item of a list in their record. */
    static List<Document> heldIn(String organisationId, Period period, String list) {
        return new ArrayList<>(of(
                doc("$match", doc("organisationId", organisationId).append("interview.heldAt", range(period))),
                doc("$project", doc("child", "$youngPersonId").append("item", list)),
                doc("$unwind", "$item")));
    }

    /**
     * The episodes' starts are counted per time slot (an hour, for a zone whose offsets are whole hours
     * and change on the hour, as Europe/London's), and each slot's local hour and weekday read from the
     * zone's rules: a few thousand slots a year instead of an expression per episode. A slot never
     * straddles a clock change or a local hour: its length divides an hour, every offset in the period
     * and every instant the offset changes.
     */
    static long timeSlot(Period period) {
        long slot = HOUR_MS;
        for (Period.Offset offset : period.offsets()) {
            slot = gcd(gcd(slot, Math.abs(offset.seconds() * 1000L)), Math.floorMod(offset.from().toEpochMilli(), HOUR_MS));
        }
        return slot;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
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

    /** A facet's groups as counts, the most frequent first. */
    private static List<CohortCount> counts(Document facets, String name) {
        return facets.getList(name, Document.class, List.of()).stream()
                .map(d -> new CohortCount(String.valueOf(d.get("_id")), integer(d, "count"), integer(d, "children")))
                .sorted(Comparator.comparingInt(CohortCount::count).reversed().thenComparing(CohortCount::key))
                .toList();
    }

    private Mono<Integer> count(String collection, List<Document> pipeline) {
        List<Document> counting = new ArrayList<>(pipeline);
        counting.add(group(null, "n", sum(1)));
        return first(collection, counting).map(d -> integer(d, "n")).defaultIfEmpty(0);
    }

    private Mono<Document> first(String collection, List<Document> pipeline) {
        return aggregate(collection, pipeline).next();
    }

    private Flux<Document> aggregate(String collection, List<Document> pipeline) {
        return caughtUp.then(mongo.getCollection(collection)).flatMapMany(c -> c.aggregate(pipeline));
    }

    private static Document last(Document child) {
        return child.get("last", Document.class);
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

    /** The number at {@code key}, 0 when it or the document is missing. */
    private static int integer(Document d, String key) {
        Object value = d == null ? null : d.get(key);
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
