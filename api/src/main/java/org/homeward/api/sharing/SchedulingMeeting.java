package org.homeward.api.sharing;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

import org.homeward.infra.errors.NotFound;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.identity.Role;
import org.homeward.infra.timer.Timers;
import reactor.core.publisher.Mono;

/**
 * A manager sets the organisation's recurring meeting. The durable timer that assembles the next pack
 * is armed (or moved) before the meeting is stored; it finds the stored meeting when it fires, so a
 * crash in between leaves a timer that does nothing until the manager's retry stores the meeting.
 */
public class SchedulingMeeting {

    /** The meeting with its next occurrence and when that meeting's pack is assembled. */
    public record Schedule(Meeting meeting, Instant nextMeetingAt, Instant nextPackAt) {
    }

    private final Meetings meetings;
    private final Timers timers;
    private final Clock clock;

    public SchedulingMeeting(Meetings meetings, Timers timers, Clock clock) {
        this.meetings = meetings;
        this.timers = timers;
        this.clock = clock;
    }

    public Mono<Schedule> set(Caller caller, String organisationId, DayOfWeek day, LocalTime time, ZoneId zone,
                              Duration leadTime) {
        if (!PartnerAccess.managesOrganisation(caller, organisationId)) {
            return Mono.error(new NotFound("organisation", organisationId));
        }
        return Mono.fromCallable(() -> new Meeting(organisationId, day, time, zone, leadTime, caller.uid(),
                        clock.instant()))
                .flatMap(meeting -> {
                    Schedule schedule = scheduleOf(meeting);
                    return timers.schedule(AssemblingPack.timerId(organisationId), AssemblingPack.KIND,
                                    schedule.nextPackAt(), Map.of("organisationId", organisationId,
                                            "meetingAt", schedule.nextMeetingAt().toString()))
                            .then(meetings.save(meeting))
                            .thenReturn(schedule);
                });
    }

    public Mono<Schedule> read(Caller caller, String organisationId) {
        if (!caller.isAny(Role.MANAGER, Role.WORKER) || !caller.belongsTo(organisationId)) {
            return Mono.error(new NotFound("organisation", organisationId));
        }
        return meetings.findByOrganisation(organisationId).map(this::scheduleOf)
                .switchIfEmpty(Mono.error(new NotFound("meeting of organisation", organisationId)));
    }

    private Schedule scheduleOf(Meeting meeting) {
        Instant now = clock.instant();
        Instant next = meeting.nextAfter(now);
        Instant packAt = meeting.packDueFor(next);
        return new Schedule(meeting, next, packAt.isBefore(now) ? now : packAt);
    }
}
