package org.homeward.api.interviews;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.errors.RuleViolation;

/**
 * A return home interview: offered on a return (every time), due 72 real hours after the first return
 * it covers, covering every episode of the child until it is held or closed. It guards its own
 * transitions: an offer is accepted or declined only while open, a held interview is not held again,
 * a breach once recorded is never taken back.
 *
 * @param episodeIds  the episodes it covers, oldest first (an episode is in at most one interview)
 * @param dueAt       72 hours after {@code returnedAt}: an instant, so a clock change does not move it
 * @param openUntil   until when the child may accept or change their mind
 * @param service     who the offer went to
 * @param breachedAt  when the 72 hours passed without it being held; stays once recorded
 */
public record Interview(String id, String organisationId, String youngPersonId, List<String> episodeIds,
                        Instant returnedAt, Instant offeredAt, Instant dueAt, Instant openUntil, Status status,
                        Service service, Interviewer interviewer, ChildRequest childRequest, List<Slot> slots,
                        Booking booking, Decline decline, List<Attempt> attempts, List<CarerInformation> carerInformation,
                        InterviewRecord record, Summary summary, Instant escalatedAt, Instant breachedAt,
                        Instant heldAt, Closure closure, long version) {

    public enum Status { OFFERED, BOOKED, DECLINED, HELD, CLOSED_DECLINED, CLOSED_UNABLE }

    /** Who was told to arrange it: the organisation's team, and the host authority for a child placed out of area. */
    public record Service(String teamId, String hostAuthority, String hostContactName) {
    }

    /** The person who will talk to the child; {@code childAsked} when independence was waived at the child's request. */
    public record Interviewer(String personId, String name, String role, boolean childAsked, String assignedBy,
                             Instant assignedAt) {
    }

    /** What the child asked for: the same interviewer as last time, a different one, or a named person. */
    public record ChildRequest(Preference preference, String personId, String previousInterviewerId,
                               String recordedBy, Instant at) {
        public enum Preference { SAME_AS_LAST, DIFFERENT, THIS_PERSON }
    }

    /** A time and place the service offers. */
    public record Slot(String id, Instant at, String place) {
        public Slot {
            Objects.requireNonNull(id);
            if (at == null) {
                throw new InvalidField("slots.at", "is required");
            }
            place = Words.required("slots.place", place, Words.SHORT);
        }
    }

    public record Booking(String slotId, Instant at, String place, Instant acceptedAt) {
    }

    public record Decline(String reason, Instant at) {
    }

    public enum Channel { PHONE, TEXT, APP, VISIT, LETTER, THROUGH_CARER }

    public enum AttemptOutcome { NO_ANSWER, LEFT_MESSAGE, DECLINED, NOT_AVAILABLE, ACCEPTED, OTHER }

    /** A try at reaching the child. */
    public record Attempt(Instant at, Channel how, AttemptOutcome outcome, String note, String by) {
        public Attempt {
            if (at == null) {
                throw new InvalidField("at", "is required");
            }
            if (how == null) {
                throw new InvalidField("how", "is required");
            }
            if (outcome == null) {
                throw new InvalidField("outcome", "is required");
            }
            note = Words.optional("note", note, Words.LONG);
        }
    }

    /** The short carer form: what the child's carer knows about the episode. */
    public record CarerInformation(String carerId, Instant at, String whereTheyWent, String whoWith, String concerns,
                                   String anythingElse) {
        public CarerInformation {
            whereTheyWent = Words.optional("whereTheyWent", whereTheyWent, Words.LONG);
            whoWith = Words.optional("whoWith", whoWith, Words.LONG);
            concerns = Words.optional("concerns", concerns, Words.LONG);
            anythingElse = Words.optional("anythingElse", anythingElse, Words.LONG);
            if (whereTheyWent == null && whoWith == null && concerns == null && anythingElse == null) {
                throw new InvalidField("whereTheyWent", "say at least one thing you know");
            }
        }
    }

    /** "What we agreed", the lines the child sees, and the child's own words where a line is not what they said. */
    public record Summary(List<String> lines, List<Correction> corrections) {
        public Summary {
            lines = Words.lines("agreed", lines, 20, 1_000);
            if (lines.isEmpty()) {
                throw new InvalidField("agreed", "write at least one line the child will see");
            }
            corrections = corrections == null ? List.of() : List.copyOf(corrections);
        }
    }

    /** "That's not what I said": the line, and what the child says instead, kept with the record. */
    public record Correction(int line, String words, Instant at) {
    }

    public enum Outcome { DECLINED, UNABLE }

    public record Closure(Outcome outcome, String reason, String by, Instant at) {
    }

    public Interview {
        Objects.requireNonNull(id);
        Objects.requireNonNull(organisationId);
        Objects.requireNonNull(youngPersonId);
        Objects.requireNonNull(status);
        episodeIds = episodeIds == null ? List.of() : List.copyOf(episodeIds);
        slots = slots == null ? List.of() : List.copyOf(slots);
        attempts = attempts == null ? List.of() : List.copyOf(attempts);
        carerInformation = carerInformation == null ? List.of() : List.copyOf(carerInformation);
    }

    /** A new offer for a return: due {@code due} real hours after it, open to the child for {@code openFor}. */
    public static Interview offer(String id, String organisationId, String youngPersonId, String episodeId,
                                  Instant returnedAt, Instant now, Duration due, Duration openFor, Service service) {
        Instant dueAt = returnedAt.plus(due);
        return new Interview(id, organisationId, youngPersonId, List.of(episodeId), returnedAt, now, dueAt,
                now.plus(openFor), Status.OFFERED, service, null, null, List.of(), null, null, List.of(), List.of(),
                null, null, null, null, null, null, 0);
    }

    /** Still to be held: a new return joins it rather than opening another. */
    public boolean isJoinable() {
        return status == Status.OFFERED || status == Status.BOOKED || status == Status.DECLINED;
    }

    public boolean isClosed() {
        return status == Status.HELD || status == Status.CLOSED_DECLINED || status == Status.CLOSED_UNABLE;
    }

    public boolean covers(String episodeId) {
        return episodeIds.contains(episodeId);
    }

    /** Another episode (the child went missing again before being seen) joins this interview. */
    public Interview joinedBy(String episodeId) {
        if (covers(episodeId)) {
            return this;
        }
        if (!isJoinable()) {
            throw new RuleViolation("This interview is over; a new return opens a new offer");
        }
        List<String> all = new ArrayList<>(episodeIds);
        all.add(episodeId);
        return copy().episodeIds(all).build();
    }

    public Interview assigned(Interviewer chosen) {
        open("assign an interviewer");
        return copy().interviewer(chosen).build();
    }

    public Interview requested(ChildRequest request) {
        open("ask for an interviewer");
        return copy().childRequest(request).build();
    }

    public Interview offering(List<Slot> offered) {
        open("offer times");
        if (offered.isEmpty()) {
            throw new InvalidField("slots", "offer at least one time and place");
        }
        Booking kept = booking != null && offered.stream().anyMatch(slot -> slot.id().equals(booking.slotId()))
                ? booking : null;
        return copy().slots(offered).booking(kept).status(kept == null && status == Status.BOOKED ? Status.OFFERED : status)
                .build();
    }

    /** The child picks one of the offered times and places (or changes to another while the offer is open). */
    public Interview accepted(String slotId, Instant now) {
        offerOpen(now);
        Slot slot = slots.stream().filter(candidate -> candidate.id().equals(slotId)).findFirst()
                .orElseThrow(() -> new InvalidField("slotId", "is not one of the times offered"));
        if (!slot.at().isAfter(now)) {
            throw new RuleViolation("That time has passed; pick another");
        }
        return copy().booking(new Booking(slot.id(), slot.at(), slot.place(), now)).decline(null)
                .status(Status.BOOKED).build();
    }

    /** The child says no (for now); they can change their mind while the offer is open. */
    public Interview declined(String reason, Instant now) {
        offerOpen(now);
        return copy().decline(new Decline(Words.optional("reason", reason, Words.LONG), now)).booking(null)
                .status(Status.DECLINED).build();
    }

    public Interview attempted(Attempt attempt) {
        open("record an attempt");
        if (attempts.size() >= 50) {
            throw new RuleViolation("This interview already has 50 attempts recorded");
        }
        List<Attempt> all = new ArrayList<>(attempts);
        all.add(attempt);
        return copy().attempts(all).build();
    }

    public Interview toldByCarer(CarerInformation information) {
        if (carerInformation.size() >= 20) {
            throw new RuleViolation("This interview already has 20 carer forms");
        }
        List<CarerInformation> all = new ArrayList<>(carerInformation);
        all.add(information);
        return copy().carerInformation(all).build();
    }

    /** Closes as declined or unable: after at least one recorded attempt. Counted as offered, never as held. */
    public Interview closed(Outcome outcome, String reason, String by, Instant now) {
        open("close it");
        if (outcome == null) {
            throw new InvalidField("outcome", "is required (DECLINED or UNABLE)");
        }
        if (attempts.isEmpty()) {
            throw new RuleViolation("Record the attempts to reach the child before closing the interview");
        }
        return copy().closure(new Closure(outcome, Words.optional("reason", reason, Words.LONG), by, now))
                .status(outcome == Outcome.DECLINED ? Status.CLOSED_DECLINED : Status.CLOSED_UNABLE).build();
    }

    /** The interview took place: its record, read back, and what was agreed. */
    public Interview held(InterviewRecord held, Summary agreed, Instant now) {
        if (isClosed()) {
            throw new RuleViolation("This interview is already " + status.name().toLowerCase().replace('_', ' '));
        }
        if (interviewer == null) {
            throw new RuleViolation("Assign the interviewer before recording the interview");
        }
        if (held.heldAt().isAfter(now)) {
            throw new InvalidField("heldAt", "is in the future");
        }
        if (held.heldAt().isBefore(returnedAt)) {
            throw new InvalidField("heldAt", "is before the return");
        }
        return copy().record(held).summary(agreed).heldAt(held.heldAt()).status(Status.HELD).build();
    }

    /**
     * The record amended after quality assurance returned it: the interview stays held, what was agreed is
     * replaced (the child's corrections are kept), and the held time is as the amended record says.
     */
    public Interview amended(InterviewRecord changed, Summary agreed, Instant now) {
        if (status != Status.HELD || record == null) {
            throw new RuleViolation("Only the record of a held interview can be amended");
        }
        if (changed.heldAt().isAfter(now)) {
            throw new InvalidField("heldAt", "is in the future");
        }
        if (changed.heldAt().isBefore(returnedAt)) {
            throw new InvalidField("heldAt", "is before the return");
        }
        Summary kept = new Summary(agreed.lines(), summary == null ? List.of() : summary.corrections());
        return copy().record(changed).summary(kept).heldAt(changed.heldAt()).build();
    }

    /** The record changed after it was held (an action done, say): the interview stays held. */
    public Interview withRecord(InterviewRecord changed) {
        return copy().record(changed).build();
    }

    public Interview corrected(int line, String words, Instant now) {
        if (summary == null) {
            throw new RuleViolation("There is nothing agreed to correct yet");
        }
        if (line < 0 || line >= summary.lines().size()) {
            throw new InvalidField("line", "is not a line of what was agreed");
        }
        if (summary.corrections().size() >= 50) {
            throw new RuleViolation("Too many corrections; talk to your worker");
        }
        List<Correction> all = new ArrayList<>(summary.corrections());
        all.add(new Correction(line, Words.required("words", words, Words.LONG), now));
        return copy().summary(new Summary(summary.lines(), all)).build();
    }

    /** At 48 hours: true (and recorded) when nothing is booked or held. */
    public boolean needsEscalation() {
        return status == Status.OFFERED || status == Status.DECLINED;
    }

    public Interview escalated(Instant now) {
        return escalatedAt != null ? this : copy().escalatedAt(now).build();
    }

    /** At 72 hours, if not held: a breach, kept for good. */
    public Interview breached(Instant now) {
        return breachedAt != null || status == Status.HELD ? this : copy().breachedAt(now).build();
    }

    public boolean heldInTime() {
        return heldAt != null && !heldAt.isAfter(dueAt);
    }

    public Interview withVersion(long next) {
        return copy().version(next).build();
    }

    private void open(String what) {
        if (isClosed()) {
            throw new RuleViolation("Cannot " + what + ": the interview is "
                    + status.name().toLowerCase().replace('_', ' '));
        }
    }

    private void offerOpen(Instant now) {
        open("answer the offer");
        if (now.isAfter(openUntil)) {
            throw new RuleViolation("This offer closed; ask your worker to talk");
        }
    }

    Builder copy() {
        return new Builder(this);
    }

    /** Named construction for a wide record. */
    static final class Builder {
        private final Interview from;
        private List<String> episodeIds;
        private Status status;
        private Interviewer interviewer;
        private ChildRequest childRequest;
        private List<Slot> slots;
        private Booking booking;
        private Decline decline;
        private List<Attempt> attempts;
        private List<CarerInformation> carerInformation;
        private InterviewRecord record;
        private Summary summary;
        private Instant escalatedAt;
        private Instant breachedAt;
        private Instant heldAt;
        private Closure closure;
        private long version;

        Builder(Interview from) {
            this.from = from;
            episodeIds = from.episodeIds;
            status = from.status;
            interviewer = from.interviewer;
            childRequest = from.childRequest;
            slots = from.slots;
            booking = from.booking;
            decline = from.decline;
            attempts = from.attempts;
            carerInformation = from.carerInformation;
            record = from.record;
            summary = from.summary;
            escalatedAt = from.escalatedAt;
            breachedAt = from.breachedAt;
            heldAt = from.heldAt;
            closure = from.closure;
            version = from.version;
        }

        Builder episodeIds(List<String> value) { episodeIds = value; return this; }
        Builder status(Status value) { status = value; return this; }
        Builder interviewer(Interviewer value) { interviewer = value; return this; }
        Builder childRequest(ChildRequest value) { childRequest = value; return this; }
        Builder slots(List<Slot> value) { slots = value; return this; }
        Builder booking(Booking value) { booking = value; return this; }
        Builder decline(Decline value) { decline = value; return this; }
        Builder attempts(List<Attempt> value) { attempts = value; return this; }
        Builder carerInformation(List<CarerInformation> value) { carerInformation = value; return this; }
        Builder record(InterviewRecord value) { record = value; return this; }
        Builder summary(Summary value) { summary = value; return this; }
        Builder escalatedAt(Instant value) { escalatedAt = value; return this; }
        Builder breachedAt(Instant value) { breachedAt = value; return this; }
        Builder heldAt(Instant value) { heldAt = value; return this; }
        Builder closure(Closure value) { closure = value; return this; }
        Builder version(long value) { version = value; return this; }

        Interview build() {
            return new Interview(from.id, from.organisationId, from.youngPersonId, episodeIds, from.returnedAt,
                    from.offeredAt, from.dueAt, from.openUntil, status, from.service, interviewer, childRequest, slots,
                    booking, decline, attempts, carerInformation, record, summary, escalatedAt, breachedAt, heldAt,
                    closure, version);
        }
    }
}
