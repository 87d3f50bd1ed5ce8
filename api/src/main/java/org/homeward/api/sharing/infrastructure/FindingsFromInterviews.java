package org.homeward.api.sharing.infrastructure;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.homeward.api.interviews.Interview;
import org.homeward.api.interviews.InterviewRecord;
import org.homeward.api.interviews.Interviews;
import org.homeward.api.sharing.InterviewFindings;
import reactor.core.publisher.Flux;

/**
 * Reads the meeting pack's findings from the return interviews' records. Interviews are found by the
 * instant they were offered; one held in the period was offered at most {@code lookBack} before it,
 * so that window is read and filtered to those held in the period. Places are given by name and area
 * only: the rounded coordinates stay with the interview.
 */
class FindingsFromInterviews implements InterviewFindings {

    private final Interviews interviews;
    private final Duration lookBack;

    FindingsFromInterviews(Interviews interviews, Duration lookBack) {
        this.interviews = interviews;
        this.lookBack = lookBack;
    }

    @Override
    public Flux<Finding> heldIn(String organisationId, Instant from, Instant until) {
        return interviews.findByOrganisation(organisationId, from.minus(lookBack), until)
                .filter(interview -> interview.status() == Interview.Status.HELD && interview.record() != null)
                .filter(interview -> !interview.record().heldAt().isBefore(from)
                        && interview.record().heldAt().isBefore(until))
                .map(FindingsFromInterviews::finding);
    }

    private static Finding finding(Interview interview) {
        InterviewRecord record = interview.record();
        return new Finding(interview.id(), interview.youngPersonId(), record.heldAt(), orEmpty(record.pushFactors()),
                orEmpty(record.pullFactors()), orEmpty(record.indicators()).stream()
                .map(i -> new Indicator(i.domain().name(), i.note())).toList(),
                orEmpty(record.people()).stream().map(FindingsFromInterviews::associate).toList(),
                orEmpty(record.vehicles()).stream().map(v -> join(v.description(), v.registration())).toList(),
                orEmpty(record.places()).stream().map(p -> join(p.name() != null ? p.name() : p.address(), p.area()))
                        .toList(),
                orEmpty(record.handles()).stream().map(h -> join(h.handle(), h.platform())).toList(),
                record.harm() == null ? null : record.harm().experienced(),
                record.harm() == null ? null : record.harm().feared());
    }

    private static String associate(InterviewRecord.Associate person) {
        String known = Stream.of(person.name(), person.nickname() == null ? null : "\"" + person.nickname() + "\"")
                .filter(part -> part != null && !part.isBlank()).reduce((a, b) -> a + " " + b).orElse("unnamed");
        return known + (person.approximateAge() == null ? "" : " (about " + person.approximateAge() + ")")
                + (person.note() == null || person.note().isBlank() ? "" : ": " + person.note());
    }

    private static String join(String first, String second) {
        if (first == null || first.isBlank()) {
            return second == null ? "unknown" : second;
        }
        return second == null || second.isBlank() ? first : first + ", " + second;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
