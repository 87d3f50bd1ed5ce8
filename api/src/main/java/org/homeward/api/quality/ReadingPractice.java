package org.homeward.api.quality;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.identity.Caller;
import reactor.core.publisher.Mono;

/** Grades per criterion by month, and the most common weaknesses: counted where the assessments are stored. */
public class ReadingPractice {

    private final QualityAccess access;
    private final Assessments assessments;

    public ReadingPractice(QualityAccess access, Assessments assessments) {
        this.access = access;
        this.assessments = assessments;
    }

    public Mono<Practice> practice(Caller caller, String organisationId, String from, String to, Practice.By by,
                                   String teamId, String interviewerId) {
        YearMonth first = month("from", from);
        YearMonth last = month("to", to);
        if (last.isBefore(first)) {
            return Mono.error(new InvalidField("to", "is before from"));
        }
        if (first.plusMonths(120).isBefore(last)) {
            return Mono.error(new InvalidField("to", "ask for at most 10 years at a time"));
        }
        Practice.By grouping = by == null ? Practice.By.ORGANISATION : by;
        return access.requireManager(caller, organisationId)
                .thenMany(assessments.count(organisationId, first.toString(), last.toString(), grouping, teamId,
                        interviewerId))
                .collectList()
                .map(counts -> new Practice(organisationId, first.toString(), last.toString(), grouping, rows(counts),
                        weaknesses(counts)));
    }

    private static List<Practice.PracticeRow> rows(List<Assessments.PracticeCount> counts) {
        Map<List<Object>, long[]> grouped = new LinkedHashMap<>();
        counts.stream()
                .sorted(Comparator.comparing(Assessments.PracticeCount::month)
                        .thenComparing(count -> Objects.toString(count.key(), ""))
                        .thenComparing(Assessments.PracticeCount::criterion))
                .forEach(count -> grouped.computeIfAbsent(java.util.Arrays.asList(count.month(), count.key(),
                        count.criterion()), key -> new long[3])[count.grade().ordinal()] += count.count());
        List<Practice.PracticeRow> rows = new ArrayList<>();
        grouped.forEach((key, tally) -> rows.add(new Practice.PracticeRow((String) key.get(0), (String) key.get(1),
                (Criterion) key.get(2), tally[0], tally[1], tally[2])));
        return rows;
    }

    private static List<Practice.Weakness> weaknesses(List<Assessments.PracticeCount> counts) {
        Map<Criterion, long[]> tally = new EnumMap<>(Criterion.class);
        for (Assessments.PracticeCount count : counts) {
            tally.computeIfAbsent(count.criterion(), key -> new long[3])[count.grade().ordinal()] += count.count();
        }
        return tally.entrySet().stream()
                .filter(entry -> entry.getValue()[1] + entry.getValue()[2] > 0)
                .map(entry -> new Practice.Weakness(entry.getKey(), entry.getKey().label(), entry.getValue()[1],
                        entry.getValue()[2], entry.getValue()[1] + entry.getValue()[2]))
                .sorted(Comparator.comparingLong(Practice.Weakness::total).reversed()
                        .thenComparing(Comparator.comparingLong(Practice.Weakness::inadequate).reversed())
                        .thenComparing(Practice.Weakness::criterion))
                .toList();
    }

    private static YearMonth month(String field, String value) {
        if (value == null) {
            throw new InvalidField(field, "is required, as a month such as 2026-11");
        }
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException notAMonth) {
            throw new InvalidField(field, "is not a month such as 2026-11");
        }
    }
}
