package org.homeward.api.sharing.infrastructure;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.homeward.api.alerts.Alert;
import org.homeward.api.alerts.Alerts;
import org.homeward.api.alerts.Notifying;
import org.homeward.api.alerts.Recipient;
import org.homeward.api.people.Worker;
import org.homeward.api.people.Workers;
import org.homeward.api.sharing.MeetingAction;
import org.homeward.api.sharing.MeetingPack;
import org.homeward.api.sharing.SharingNotices;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The meeting's notices as alerts of kind {@code SHARING_NOTICE}, stored before they are sent. A notice
 * about no one child (a pack ready, a pack released) carries the organisation's id where the child's
 * would be, so that its delivery is audited under the organisation rather than a child. The words name
 * no child: the reader opens Homeward to see what they may.
 */
class NoticesAboutMeetings implements SharingNotices {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM 'at' HH:mm", Locale.UK);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final Alerts alerts;
    private final Notifying notifying;
    private final Workers workers;
    private final Clock clock;

    NoticesAboutMeetings(Alerts alerts, Notifying notifying, Workers workers, Clock clock) {
        this.alerts = alerts;
        this.notifying = notifying;
        this.workers = workers;
        this.clock = clock;
    }

    @Override
    public Mono<List<String>> packReady(MeetingPack pack) {
        return managers(pack.organisationId()).flatMap(managers -> tell("pack-ready:" + pack.id(), pack.id(),
                pack.organisationId(), pack.organisationId(), managers, new Notifying.Text("Meeting pack to review",
                        "Homeward: the pack for the multi-agency meeting on " + WHEN.format(pack.meetingAt().atZone(LONDON))
                                + " is ready to review and release. Ref " + pack.id() + ".")));
    }

    @Override
    public Mono<List<String>> packReleased(MeetingPack pack, MeetingPack.AgencyRelease agency, List<String> memberIds) {
        List<Recipient> members = memberIds.stream()
                .map(id -> new Recipient(id, Recipient.Kind.PARTNER, Optional.empty())).toList();
        return tell("pack-released:" + pack.id() + ":" + agency.agencyId(), pack.id(), pack.organisationId(),
                pack.organisationId(), members, new Notifying.Text("Meeting pack shared with you",
                        "Homeward: the pack for the multi-agency meeting on "
                                + WHEN.format(pack.meetingAt().atZone(LONDON)) + " has been shared with "
                                + agency.agencyName() + ". Read it in Homeward. Ref " + pack.id() + "."));
    }

    @Override
    public Mono<List<String>> actionDue(MeetingAction action, boolean overdue) {
        Mono<List<Recipient>> told = overdue ? managers(action.organisationId())
                : Mono.just(List.of(new Recipient(action.ownerId(), action.ownerKind() == MeetingAction.OwnerKind.PARTNER
                ? Recipient.Kind.PARTNER : Recipient.Kind.WORKER, Optional.empty())));
        String subject = action.youngPersonId() == null ? action.organisationId() : action.youngPersonId();
        String due = WHEN.format(action.due().atZone(LONDON));
        return told.flatMap(people -> tell((overdue ? "action-overdue:" : "action-due:") + action.id(), action.id(),
                subject, action.organisationId(), people, overdue
                        ? new Notifying.Text("Meeting action overdue", "Homeward: an action agreed at the multi-agency"
                        + " meeting, owned by " + action.ownerName() + ", was due " + due + " and is not done. Ref "
                        + action.id() + ".")
                        : new Notifying.Text("Meeting action due", "Homeward: an action you own from the multi-agency"
                        + " meeting is due " + due + ". Ref " + action.id() + ".")));
    }

    private Mono<List<Recipient>> managers(String organisationId) {
        return workers.findByOrganisation(organisationId).filter(Worker::manager)
                .map(manager -> new Recipient(manager.id(), Recipient.Kind.MANAGER, manager.phone()))
                .collectList();
    }

    private Mono<List<String>> tell(String noticeId, String subjectId, String youngPersonId, String organisationId,
                                    List<Recipient> people, Notifying.Text text) {
        if (people.isEmpty()) {
            return Mono.just(List.of());
        }
        List<String> ids = people.stream().map(Recipient::id).toList();
        Alert notice = Alert.sharingNotice(noticeId, subjectId, youngPersonId, organisationId, clock.instant(), ids);
        return alerts.insertIfAbsent(notice)
                .thenMany(Flux.fromIterable(people))
                .concatMap(person -> notifying.push(notice, person, text, false))
                .then(Mono.just(ids));
    }
}
