package org.homeward.api.interviews;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.homeward.api.interviews.InterviewAccess.View;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.identity.Caller;
import reactor.core.publisher.Mono;

/**
 * The service offers the child times and places to choose from, replacing earlier ones (a booked one is
 * kept if it is still offered). Staff only; audited.
 */
public class OfferingTimes {

    /** A time and place, as offered. */
    public record SlotRequest(Instant at, String place) {
    }

    private final InterviewAccess access;
    private final Interviews interviews;
    private final AuditLog audit;

    public OfferingTimes(InterviewAccess access, Interviews interviews, AuditLog audit) {
        this.access = access;
        this.interviews = interviews;
        this.audit = audit;
    }

    public Mono<Interview> offer(Caller caller, String interviewId, List<SlotRequest> offered) {
        return Mono.fromCallable(() -> slots(offered))
                .flatMap(slots -> access.interview(caller, interviewId, Set.of(View.STAFF))
                        .flatMap(interview -> interviews.change(interviewId, current -> current.offering(slots))))
                .flatMap(changed -> audit.record(caller, "interview.slots", changed.youngPersonId(), changed.id(), null)
                        .thenReturn(changed));
    }

    private static List<Interview.Slot> slots(List<SlotRequest> offered) {
        List<SlotRequest> checked = Words.list("slots", offered, 20);
        List<Interview.Slot> slots = new ArrayList<>();
        for (int i = 0; i < checked.size(); i++) {
            slots.add(new Interview.Slot("slot-" + (i + 1), checked.get(i).at(), checked.get(i).place()));
        }
        return slots;
    }
}
