package org.homeward.api.insight;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.homeward.api.episodes.MissingEpisode;
import org.homeward.api.episodes.StrategyDiscussion;
import org.homeward.api.insight.CohortFigures.CohortCount;
import org.homeward.api.interviews.Feedback;
import org.homeward.api.interviews.Interview;
import org.homeward.api.interviews.InterviewRecord;

/**
 * The cohort figures computed in plain Java from the raw records, independently of the pipelines:
 * local hours and days from {@code ZonedDateTime}, medians from sorted lists.
 */
record ExpectedFigures(List<MissingEpisode> episodes, List<Interview> interviews, List<Feedback> feedback,
                       List<StrategyDiscussion> discussions) {

    static boolean everMissing(MissingEpisode episode) {
        return episode.whereabouts() == MissingEpisode.Whereabouts.MISSING || episode.whereaboutsHistory().stream()
                .anyMatch(change -> change.whereabouts() == MissingEpisode.Whereabouts.MISSING);
    }

    List<MissingEpisode> startedIn(Period period) {
        return episodes.stream().filter(episode -> period.contains(episode.startedAt())).toList();
    }

    List<Interview> returnedIn(Period period) {
        return interviews.stream().filter(interview -> period.contains(interview.returnedAt())).toList();
    }

    List<Interview> heldIn(Period period) {
        return interviews.stream().filter(interview -> interview.status() == Interview.Status.HELD
                && period.contains(interview.heldAt())).toList();
    }

    static boolean accepted(Interview interview) {
        return interview.status() == Interview.Status.BOOKED || interview.status() == Interview.Status.HELD;
    }

    static boolean declined(Interview interview) {
        return interview.status() == Interview.Status.DECLINED || interview.status() == Interview.Status.CLOSED_DECLINED;
    }

    static boolean inTime(Interview interview) {
        return interview.status() == Interview.Status.HELD && !interview.heldAt().isAfter(interview.dueAt());
    }

    static String reason(Interview interview) {
        if (interview.closure() != null && interview.closure().reason() != null) {
            return interview.closure().reason();
        }
        if (interview.decline() != null && interview.decline().reason() != null) {
            return interview.decline().reason();
        }
        return "Not given";
    }

    static String policeGrade(MissingEpisode episode) {
        return episode.police() == null || episode.police().grade() == null ? "NOT_GRADED"
                : episode.police().grade().name();
    }

    CohortFigures figures(Period period) {
        List<MissingEpisode> started = startedIn(period);
        Map<String, List<MissingEpisode>> byChild = started.stream()
                .collect(Collectors.groupingBy(MissingEpisode::youngPersonId));
        int missing = (int) started.stream().filter(ExpectedFigures::everMissing).count();
        var counts = new CohortFigures.CohortEpisodes(byChild.size(), started.size(), missing, started.size() - missing,
                (int) byChild.values().stream().filter(list -> list.stream().anyMatch(ExpectedFigures::everMissing)).count(),
                (int) byChild.values().stream().filter(list -> list.stream().anyMatch(e -> !everMissing(e))).count());
        int repeat = (int) byChild.values().stream().filter(list -> list.size() >= 2).count();
        List<MissingEpisode> away = started.stream().filter(MissingEpisode::isOutOfArea).toList();
        var outOfArea = new CohortFigures.CohortOutOfArea(
                (int) away.stream().map(MissingEpisode::youngPersonId).distinct().count(), away.size());
        Integer[] hours = new Integer[24];
        Integer[] days = new Integer[7];
        java.util.Arrays.fill(hours, 0);
        java.util.Arrays.fill(days, 0);
        for (MissingEpisode episode : started) {
            ZonedDateTime local = episode.startedAt().atZone(period.zone());
            hours[local.getHour()]++;
            days[local.getDayOfWeek().getValue() - 1]++;
        }
        List<Double> minutes = started.stream().filter(e -> e.endedAt() != null)
                .map(e -> Duration.between(e.startedAt(), e.endedAt()).toMillis() / 60_000.0).sorted().toList();
        var durations = new CohortFigures.CohortDurations(minutes.size(), started.size() - minutes.size(),
                CohortFigures.rounded(median(minutes)),
                minutes.isEmpty() ? null : CohortFigures.rounded(minutes.get(minutes.size() - 1)));
        List<CohortCount> police = counts(started, ExpectedFigures::policeGrade, MissingEpisode::youngPersonId, e -> e.id());

        List<Interview> offers = returnedIn(period);
        int returns = (int) episodes.stream().filter(e -> period.contains(e.endedAt())).count();
        Set<String> coveredEpisodes = interviews.stream().flatMap(i -> i.episodeIds().stream()).collect(Collectors.toSet());
        int covered = (int) episodes.stream().filter(e -> period.contains(e.endedAt()) && coveredEpisodes.contains(e.id()))
                .count();
        int accepted = (int) offers.stream().filter(ExpectedFigures::accepted).count();
        int inTime = (int) offers.stream().filter(ExpectedFigures::inTime).count();
        List<Double> hoursToInterview = offers.stream().filter(i -> i.status() == Interview.Status.HELD)
                .map(i -> Duration.between(i.returnedAt(), i.heldAt()).toMillis() / 3_600_000.0).sorted().toList();
        var rates = new CohortFigures.CohortInterviews(returns, covered, CohortFigures.percent(covered, returns),
                offers.size(), accepted, CohortFigures.percent(accepted, offers.size()),
                (int) offers.stream().filter(ExpectedFigures::declined).count(), hoursToInterview.size(), inTime,
                CohortFigures.percent(inTime, offers.size()), CohortFigures.rounded(median(hoursToInterview)));
        List<CohortCount> reasons = counts(offers.stream().filter(ExpectedFigures::declined).toList(),
                ExpectedFigures::reason, Interview::youngPersonId, Interview::id);

        List<Feedback> given = feedback.stream().filter(f -> period.contains(f.givenAt())).toList();
        var voice = new CohortFigures.CohortFeedback(given.size(),
                given.isEmpty() ? null : CohortFigures.rounded(given.stream().mapToInt(Feedback::listened).average()
                        .orElseThrow()),
                CohortFigures.percent((int) given.stream().filter(Feedback::rightPerson).count(), given.size()),
                CohortFigures.percent((int) given.stream().filter(Feedback::rightTimeAndPlace).count(), given.size()),
                CohortFigures.percent((int) given.stream().filter(Feedback::helped).count(), given.size()),
                CohortFigures.percent((int) given.stream().filter(Feedback::talkAgain).count(), given.size()));
        List<Interview> held = heldIn(period);
        List<CohortCount> push = itemCounts(held, record -> record.pushFactors());
        List<CohortCount> pull = itemCounts(held, record -> record.pullFactors());
        List<CohortCount> indicators = itemCounts(held, record -> record.indicators().stream()
                .map(indicator -> indicator.domain().name()).toList());
        List<StrategyDiscussion> flagged = discussions.stream().filter(d -> period.contains(d.flaggedAt())).toList();
        var strategy = new CohortFigures.CohortStrategy(
                (int) flagged.stream().map(StrategyDiscussion::youngPersonId).distinct().count(), flagged.size(),
                (int) flagged.stream().filter(d -> d.status() == StrategyDiscussion.Status.HELD).count());
        return new CohortFigures(period.from(), period.to(), counts, repeat, outOfArea,
                new CohortFigures.CohortTiming(List.of(hours), List.of(days)), durations, police, rates, reasons, voice, push,
                pull, indicators, strategy);
    }

    /** The children behind a figure with their counts (ordered by child). */
    Map<String, Integer> children(Period period, Figure figure, String value) {
        List<String> childOfEach = switch (figure) {
            case CHILDREN_MISSING, REPEAT_MISSING -> children(startedIn(period), e -> true);
            case MISSING -> children(startedIn(period), ExpectedFigures::everMissing);
            case AWAY -> children(startedIn(period), e -> !everMissing(e));
            case OUT_OF_AREA -> children(startedIn(period), MissingEpisode::isOutOfArea);
            case ENDED -> children(startedIn(period), e -> e.endedAt() != null);
            case STILL_OPEN -> children(startedIn(period), e -> e.endedAt() == null);
            case POLICE_GRADE -> children(startedIn(period), e -> policeGrade(e).equals(value));
            case HOUR -> children(startedIn(period),
                    e -> e.startedAt().atZone(period.zone()).getHour() == Integer.parseInt(value));
            case WEEKDAY -> children(startedIn(period),
                    e -> e.startedAt().atZone(period.zone()).getDayOfWeek().name().equals(value));
            case INTERVIEW_OFFERED -> interviewChildren(returnedIn(period), i -> true);
            case INTERVIEW_ACCEPTED -> interviewChildren(returnedIn(period), ExpectedFigures::accepted);
            case INTERVIEW_DECLINED -> interviewChildren(returnedIn(period), ExpectedFigures::declined);
            case HELD_WITHIN_72H -> interviewChildren(returnedIn(period), ExpectedFigures::inTime);
            case NOT_HELD_WITHIN_72H -> interviewChildren(returnedIn(period), i -> !inTime(i));
            case DECLINE_REASON -> interviewChildren(returnedIn(period), i -> declined(i) && reason(i).equals(value));
            case PUSH_FACTOR -> interviewChildren(heldIn(period), i -> i.record().pushFactors().contains(value));
            case PULL_FACTOR -> interviewChildren(heldIn(period), i -> i.record().pullFactors().contains(value));
            case INDICATOR -> interviewChildren(heldIn(period), i -> i.record().indicators().stream()
                    .anyMatch(indicator -> indicator.domain().name().equals(value)));
            case FEEDBACK -> feedback.stream().filter(f -> period.contains(f.givenAt()))
                    .map(Feedback::youngPersonId).toList();
            case STRATEGY_DISCUSSION -> discussions.stream().filter(d -> period.contains(d.flaggedAt()))
                    .map(StrategyDiscussion::youngPersonId).toList();
        };
        Map<String, Integer> counted = new TreeMap<>();
        childOfEach.forEach(child -> counted.merge(child, 1, Integer::sum));
        if (figure == Figure.REPEAT_MISSING) {
            counted.values().removeIf(count -> count < 2);
        }
        return counted;
    }

    private static List<String> children(List<MissingEpisode> episodes, java.util.function.Predicate<MissingEpisode> which) {
        return episodes.stream().filter(which).map(MissingEpisode::youngPersonId).toList();
    }

    private static List<String> interviewChildren(List<Interview> interviews, java.util.function.Predicate<Interview> which) {
        return interviews.stream().filter(which).map(Interview::youngPersonId).toList();
    }

    private static Double median(List<Double> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        return (sorted.get((sorted.size() - 1) / 2) + sorted.get(sorted.size() / 2)) / 2;
    }

    private static <T> List<CohortCount> counts(Collection<T> items, Function<T, String> key, Function<T, String> child,
                                          Function<T, String> id) {
        Map<String, Set<String>> ids = new HashMap<>();
        Map<String, Set<String>> children = new HashMap<>();
        for (T item : items) {
            ids.computeIfAbsent(key.apply(item), k -> new HashSet<>()).add(id.apply(item));
            children.computeIfAbsent(key.apply(item), k -> new HashSet<>()).add(child.apply(item));
        }
        return sorted(ids.keySet().stream().map(k -> new CohortCount(k, ids.get(k).size(), children.get(k).size())).toList());
    }

    private static List<CohortCount> itemCounts(List<Interview> held, Function<InterviewRecord, List<String>> items) {
        List<String[]> pairs = new ArrayList<>();
        for (Interview interview : held) {
            for (String item : items.apply(interview.record())) {
                pairs.add(new String[] {item, interview.id(), interview.youngPersonId()});
            }
        }
        return counts(pairs, pair -> pair[0], pair -> pair[2], pair -> pair[1]);
    }

    static List<CohortCount> sorted(List<CohortCount> counts) {
        return counts.stream().sorted(Comparator.comparingInt(CohortCount::count).reversed().thenComparing(CohortCount::key)).toList();
    }

    /** For the inspectors' list: each child's episodes in the period, and the interview covering the last. */
    Map<String, Cohorts.InspectionRow> inspection(Period period) {
        Map<String, Cohorts.InspectionRow> rows = new TreeMap<>();
        startedIn(period).stream().collect(Collectors.groupingBy(MissingEpisode::youngPersonId)).forEach((child, list) -> {
            MissingEpisode last = list.stream().max(Comparator.comparing(MissingEpisode::startedAt)
                    .thenComparing(MissingEpisode::id)).orElseThrow();
            Interview covering = interviews.stream().filter(i -> i.covers(last.id())).findFirst().orElse(null);
            int missing = (int) list.stream().filter(ExpectedFigures::everMissing).count();
            rows.put(child, new Cohorts.InspectionRow(child, list.size(), missing, list.size() - missing, last.id(),
                    last.startedAt(), last.endedAt(), covering != null, covering != null && accepted(covering),
                    covering != null && covering.status() == Interview.Status.HELD));
        });
        return rows;
    }

    static Instant far() {
        return Instant.parse("2100-01-01T00:00:00Z");
    }
}
