package org.homeward.api.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.homeward.api.interviews.Interview;
import org.homeward.api.interviews.InterviewRecord;
import org.homeward.api.interviews.InterviewRecorded;
import org.homeward.api.interviews.Interviews;
import org.homeward.infra.errors.HomewardException;
import org.homeward.infra.outbox.EventSubscriber;
import org.homeward.infra.outbox.OutboxEvent;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Puts what a return interview found on the map ({@code interview.recorded}): its people, vehicles,
 * online handles and places, each linked to the child with the interview as source, held at as its
 * date, the interviewer who recorded it, and graded 2A (the child's own account). The current record
 * is read, so an amended one adds what was added; what was taken out of a record is withdrawn by hand.
 * Idempotent: each link's id comes from the interview and what it names.
 */
public class MappingInterviews implements EventSubscriber {

    private final Interviews interviews;
    private final LinkingMention linking;

    public MappingInterviews(Interviews interviews, LinkingMention linking) {
        this.interviews = interviews;
        this.linking = linking;
    }

    @Override
    public String type() {
        return InterviewRecorded.TYPE;
    }

    @Override
    public String name() {
        return "mapping.interview-recorded";
    }

    @Override
    public Mono<Void> on(OutboxEvent event) {
        InterviewRecorded recorded = InterviewRecorded.from(event);
        return interviews.findById(recorded.interviewId())
                .filter(interview -> interview.record() != null)
                .flatMapMany(interview -> Flux.fromIterable(mentions(interview.record()))
                        .concatMap(mention -> linking.link(newLink(interview, mention))))
                .then();
    }

    private static LinkingMention.NewLink newLink(Interview interview, Mention mention) {
        InterviewRecord record = interview.record();
        return new LinkingMention.NewLink(
                LinkingMention.linkIdFor(Source.INTERVIEW, interview.id(), interview.youngPersonId(), mention),
                interview.organisationId(), interview.youngPersonId(), mention, Source.INTERVIEW, interview.id(), null,
                record.heldAt(), record.recordedBy(), Grading.defaultFor(Source.INTERVIEW));
    }

    /** What the record names; an entry that says nothing matchable is left off rather than failing the rest. */
    static List<Mention> mentions(InterviewRecord record) {
        List<Mention> mentions = new ArrayList<>();
        record.people().forEach(person -> add(mentions,
                () -> Mention.person(person.name(), person.nickname(), person.approximateAge())));
        record.vehicles().forEach(vehicle -> add(mentions,
                () -> Mention.vehicle(vehicle.registration(), vehicle.description())));
        record.handles().forEach(handle -> add(mentions, () -> Mention.handle(handle.platform(), handle.handle())));
        record.places().forEach(place -> add(mentions, () -> Mention.place(place.name(), place.address(), place.area(),
                place.latitude(), place.longitude())));
        return mentions;
    }

    static void add(List<Mention> mentions, Supplier<Mention> mention) {
        try {
            mentions.add(mention.get());
        } catch (HomewardException unusable) {
            // Nothing matchable in this entry (e.g. only punctuation): the others still go on the map.
        }
    }
}
