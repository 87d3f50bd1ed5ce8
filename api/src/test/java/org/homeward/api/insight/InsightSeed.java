package org.homeward.api.insight;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.homeward.api.episodes.MissingEpisode;
import org.homeward.api.episodes.MissingEpisodes;
import org.homeward.api.episodes.OutOfArea;
import org.homeward.api.episodes.RiskDomain;
import org.homeward.api.episodes.RiskGrade;
import org.homeward.api.episodes.StrategyDiscussion;
import org.homeward.api.episodes.StrategyDiscussions;
import org.homeward.api.interviews.Feedback;
import org.homeward.api.interviews.Feedbacks;
import org.homeward.api.interviews.Interview;
import org.homeward.api.interviews.InterviewRecord;
import org.homeward.api.interviews.Interviews;
import org.homeward.api.people.Organisation;
import org.homeward.api.people.Organisations;
import org.homeward.api.people.YoungPeople;
import org.homeward.api.people.YoungPerson;
import org.springframework.context.ApplicationContext;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * An organisation's missing children, seeded through the episodes' and interviews' own stores with
 * their domain objects (so every record is one the real write paths could make): children with
 * episodes one after another (missing or away, some changing, some graded by the police, some out of
 * area, the last sometimes still open), an interview per return (some covering two episodes) held,
 * booked, declined, closed or still offered, the children's feedback, and strategy discussions.
 * Episodes start at fixed instants near the October and March clock changes and 1 April too.
 */
final class InsightSeed {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final List<String> PUSH = List.of("Conflict at placement", "Family contact", "Bullying", "Loneliness",
            "School problems");
    static final List<String> PULL = List.of("Friends", "Boyfriend or girlfriend", "Family", "Parties",
            "Adults offering things");
    static final List<String> REASONS = List.of("Does not want to talk", "Already spoke to police", "Too busy");

    final String organisationId;
    final List<String> children = new ArrayList<>();
    int episodes;
    int interviews;

    private final Random random;
    private final Instant first;
    private final Instant last;
    private final List<Instant> fixedStarts;

    private InsightSeed(String organisationId, long seed, Instant first, Instant last, List<Instant> fixedStarts) {
        this.organisationId = organisationId;
        this.random = new Random(seed);
        this.first = first;
        this.last = last;
        this.fixedStarts = fixedStarts;
    }

    /** About {@code childCount * 10 / 3} episodes from September 2026 to May 2027. */
    static InsightSeed test(ApplicationContext context, String organisationId, int childCount) {
        InsightSeed seed = new InsightSeed(organisationId, 14, Instant.parse("2026-09-01T00:00:00Z"),
                Instant.parse("2027-05-31T00:00:00Z"), List.of(
                // 00:30 on 1 October in London (BST): October, though still 30 September in UTC
                Instant.parse("2026-09-30T23:30:00Z"),
                // the hour that happens twice on 25 October: 01:30 BST, then 01:30 GMT
                Instant.parse("2026-10-25T00:30:00Z"), Instant.parse("2026-10-25T01:30:00Z"),
                Instant.parse("2026-10-31T23:30:00Z"),
                // 28 March 2027: 00:30 GMT, then 03:30 BST
                Instant.parse("2027-03-28T00:30:00Z"), Instant.parse("2027-03-28T02:30:00Z"),
                // 1 April 2027 00:30 BST is 31 March in UTC; 31 March 23:59 BST
                Instant.parse("2027-03-31T23:30:00Z"), Instant.parse("2027-03-31T22:59:00Z")));
        seed.seed(context, childCount);
        return seed;
    }

    private void seed(ApplicationContext context, int childCount) {
        context.getBean(Organisations.class).save(new Organisation(organisationId, "Insight test", LONDON,
                Optional.empty())).block(Duration.ofSeconds(30));
        YoungPeople youngPeople = context.getBean(YoungPeople.class);
        MissingEpisodes store = context.getBean(MissingEpisodes.class);
        Interviews interviewStore = context.getBean(Interviews.class);
        Feedbacks feedbacks = context.getBean(Feedbacks.class);
        StrategyDiscussions discussions = context.getBean(StrategyDiscussions.class);
        List<Mono<?>> writes = new ArrayList<>();
        for (int c = 0; c < childCount; c++) {
            String child = organisationId + "-yp-" + c;
            children.add(child);
            writes.add(youngPeople.save(new YoungPerson(child, organisationId, "Child " + c, null,
                    LocalDate.of(2010 + c % 6, 1 + c % 12, 1 + c % 28), null, LONDON,
                    YoungPerson.LegalStatus.LOOKED_AFTER, "L" + c)));
            List<MissingEpisode> mine = episodesOf(child, c);
            episodes += mine.size();
            mine.forEach(episode -> writes.add(store.openOrJoin(episode)));
            List<Interview> theirs = interviewsOf(child, mine);
            interviews += theirs.size();
            for (Interview interview : theirs) {
                writes.add(interviewStore.insert(interview));
                if (interview.status() == Interview.Status.HELD && random.nextInt(3) > 0) {
                    writes.add(feedbacks.save(new Feedback(interview.id(), organisationId, child, "w-insight",
                            1 + random.nextInt(5), random.nextBoolean(), random.nextBoolean(), random.nextBoolean(),
                            null, random.nextBoolean(), false,
                            interview.heldAt().plus(Duration.ofHours(1 + random.nextInt(200))))));
                }
            }
            if (mine.size() >= 3) {
                MissingEpisode third = mine.get(2);
                boolean held = random.nextBoolean();
                Instant flagged = third.reportedAt().plus(Duration.ofMinutes(1));
                writes.add(discussions.save(new StrategyDiscussion("strategy:" + third.id(), organisationId, child,
                        flagged, mine.subList(0, 3).stream().map(MissingEpisode::id).toList(),
                        "3 episodes within 90 days", held ? StrategyDiscussion.Status.HELD
                        : StrategyDiscussion.Status.DUE, held ? flagged.plus(Duration.ofDays(2)) : null,
                        held ? "w-insight" : null, null)));
            }
        }
        Flux.fromIterable(writes).concatMap(write -> write, 1).blockLast(Duration.ofMinutes(5));
    }

    private List<MissingEpisode> episodesOf(String child, int index) {
        List<MissingEpisode> mine = new ArrayList<>();
        int count = 1 + random.nextInt(6);
        long span = Duration.between(first, last).toMinutes();
        Instant at = first.plus(Duration.ofMinutes(random.nextInt((int) (span / 2))));
        if (index < fixedStarts.size()) {
            at = fixedStarts.get(index);
        }
        for (int n = 0; n < count && at.isBefore(last); n++) {
            boolean open = n == count - 1 && random.nextInt(5) == 0;
            mine.add(episode(child + "-ep-" + n, child, at, open));
            Instant ended = mine.get(n).endedAt();
            at = (ended == null ? at : ended).plus(Duration.ofMinutes(30 + random.nextInt(60 * 24 * 40)));
        }
        return mine;
    }

    private MissingEpisode episode(String id, String child, Instant startedAt, boolean open) {
        MissingEpisode.Whereabouts whereabouts = random.nextInt(3) == 0 ? MissingEpisode.Whereabouts.AWAY
                : MissingEpisode.Whereabouts.MISSING;
        Instant reported = startedAt.plus(Duration.ofMinutes(10 + random.nextInt(120)));
        MissingEpisode episode = MissingEpisode.reported(id, organisationId, child, "carer-insight", reported,
                new MissingEpisode.Expected(MissingEpisode.Place.PLACEMENT, null),
                new MissingEpisode.LastSeen(startedAt, "Carer"), whereabouts);
        if (random.nextInt(4) == 0) {
            episode = episode.from(new OutOfArea("placement-" + child, "Kent County Council", "Duty desk",
                    "+447700900123"));
        }
        if (random.nextInt(4) == 0) {
            MissingEpisode.Whereabouts other = whereabouts == MissingEpisode.Whereabouts.AWAY
                    ? MissingEpisode.Whereabouts.MISSING : MissingEpisode.Whereabouts.AWAY;
            episode = episode.changeWhereabouts(other, reported.plus(Duration.ofMinutes(20)), "carer-insight", null);
        }
        if (random.nextInt(3) > 0) {
            RiskGrade grade = RiskGrade.values()[random.nextInt(RiskGrade.values().length)];
            episode = episode.withPolice(new MissingEpisode.Police(reported.plus(Duration.ofMinutes(5)), "Carer",
                    "REF-" + id, grade, reported.plus(Duration.ofMinutes(40))));
        }
        if (open) {
            return episode;
        }
        Instant back = reported.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 4)));
        return episode.returnedWith(new MissingEpisode.Return(back, null, MissingEpisode.FoundBy.SELF, null, null,
                null, "carer-insight", back), back);
    }

    /** One interview per return; the child's last two returns sometimes share one (the second joined it). */
    private List<Interview> interviewsOf(String child, List<MissingEpisode> mine) {
        List<MissingEpisode> returned = mine.stream().filter(episode -> !episode.isOpen()).toList();
        List<Interview> theirs = new ArrayList<>();
        boolean joinLast = returned.size() >= 2 && random.nextBoolean();
        int offers = joinLast ? returned.size() - 1 : returned.size();
        for (int n = 0; n < offers; n++) {
            MissingEpisode episode = returned.get(n);
            Instant back = episode.endedAt();
            Instant offeredAt = back.plus(Duration.ofMinutes(1 + random.nextInt(60 * 30)));
            Interview interview = Interview.offer(child + "-rhi-" + n, organisationId, child, episode.id(), back,
                    offeredAt, Duration.ofHours(72), Duration.ofDays(14),
                    new Interview.Service("team-insight", null, null));
            boolean lastOffer = n == offers - 1;
            if (lastOffer && joinLast) {
                interview = interview.joinedBy(returned.get(n + 1).id());
            }
            // Only the child's last interview may still be open (one open interview per child).
            int outcome = lastOffer ? random.nextInt(5) : random.nextInt(2);
            theirs.add(switch (outcome) {
                case 0 -> held(interview, back.plus(Duration.ofMinutes(30 + random.nextInt(60 * 24 * 5))));
                case 1 -> closedDeclined(interview, offeredAt.plus(Duration.ofHours(3)));
                case 2 -> interview.offering(List.of(new Interview.Slot("slot-1", offeredAt.plus(Duration.ofDays(1)),
                        "School"))).accepted("slot-1", offeredAt.plus(Duration.ofHours(2)));
                case 3 -> interview.declined(random.nextBoolean() ? null : REASONS.get(random.nextInt(3)),
                        offeredAt.plus(Duration.ofHours(1)));
                default -> interview;
            });
        }
        return theirs;
    }

    private Interview held(Interview interview, Instant heldAt) {
        List<InterviewRecord.Indicator> indicators = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            indicators.add(new InterviewRecord.Indicator(RiskDomain.values()[random.nextInt(4)], "Seen with older men"));
        }
        InterviewRecord record = new InterviewRecord(heldAt, "Youth centre", List.of("Interviewer"), null, null, null,
                null, null, List.of(), List.of(), List.of(), List.of(), some(PUSH), some(PULL), null, indicators,
                List.of("I just wanted to be with my friends"), null, null, List.of(), List.of(), true, "w-insight",
                heldAt);
        return interview.assigned(new Interview.Interviewer("w-insight", "Wren", "worker", false, "m-insight",
                        interview.offeredAt()))
                .held(record, new Interview.Summary(List.of("We talked about staying safe"), List.of()), heldAt);
    }

    private Interview closedDeclined(Interview interview, Instant at) {
        return interview.attempted(new Interview.Attempt(at.minus(Duration.ofHours(1)), Interview.Channel.PHONE,
                        Interview.AttemptOutcome.DECLINED, null, "w-insight"))
                .closed(Interview.Outcome.DECLINED, random.nextBoolean() ? null : REASONS.get(random.nextInt(3)),
                        "w-insight", at);
    }

    private List<String> some(List<String> from) {
        List<String> picked = new ArrayList<>();
        for (String factor : from) {
            if (random.nextInt(3) == 0) {
                picked.add(factor);
            }
        }
        return picked;
    }
}
