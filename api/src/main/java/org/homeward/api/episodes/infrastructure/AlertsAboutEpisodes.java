package org.homeward.api.episodes.infrastructure;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.homeward.api.alerts.Alert;
import org.homeward.api.alerts.AlertRecipients;
import org.homeward.api.alerts.Alerts;
import org.homeward.api.alerts.Notifying;
import org.homeward.api.alerts.Recipient;
import org.homeward.api.episodes.EpisodeAlerts;
import org.homeward.api.episodes.MissingEpisode;
import org.homeward.api.episodes.OutOfArea;
import org.homeward.api.people.Caseload;
import org.homeward.api.people.Caseloads;
import org.homeward.api.people.Organisations;
import org.homeward.api.people.Worker;
import org.homeward.api.people.Workers;
import org.homeward.api.people.YoungPeople;
import org.homeward.api.people.YoungPerson;
import org.homeward.infra.phone.PhoneNumber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The episode's notices, sent through alerts' {@link Notifying}: each is an alert of kind
 * {@code EPISODE_NOTICE} stored first, and each delivery stored before it leaves, so a retried timer
 * sends nothing twice; every message is in the young person's audit log. Lives here, not in the
 * episodes package, because alerts already depends on episodes (reporting missing from an alert).
 */
class AlertsAboutEpisodes implements EpisodeAlerts {

    private static final Set<Alert.Kind> ABOUT_THE_CHILD = Set.of(Alert.Kind.LATE_RETURN, Alert.Kind.HELP_REQUEST,
            Alert.Kind.HELP_UPDATE, Alert.Kind.EPISODE_NOTICE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'on' dd/MM/yyyy");

    private final Alerts alerts;
    private final AlertRecipients recipients;
    private final Notifying notifying;
    private final Workers workers;
    private final Caseloads caseloads;
    private final YoungPeople youngPeople;
    private final Organisations organisations;
    private final Clock clock;

    AlertsAboutEpisodes(Alerts alerts, AlertRecipients recipients, Notifying notifying, Workers workers,
                        Caseloads caseloads, YoungPeople youngPeople, Organisations organisations, Clock clock) {
        this.alerts = alerts;
        this.recipients = recipients;
        this.notifying = notifying;
        this.workers = workers;
        this.caseloads = caseloads;
        this.youngPeople = youngPeople;
        this.organisations = organisations;
        this.clock = clock;
    }

    @Override
    public Flux<String> alertedAbout(MissingEpisode episode) {
        Flux<String> subjects = Flux.concat(
                Mono.justOrEmpty(episode.lastKnownPlan()).map(MissingEpisode.LastKnownPlan::planId),
                Flux.fromIterable(episode.helpRequestIds()), Mono.just(episode.id()));
        return subjects.concatMap(alerts::findByPlan)
                .filter(alert -> ABOUT_THE_CHILD.contains(alert.kind()))
                .flatMapIterable(Alert::recipientIds)
                .distinct();
    }

    @Override
    public Mono<List<String>> reviewDue(MissingEpisode episode, Instant due) {
        return youngPeople.findById(episode.youngPersonId()).flatMap(child -> recipients.onDuty(
                        episode.organisationId(), clock.instant())
                .flatMap(onDuty -> tell(episode, "review-due:" + episode.id() + ":" + due.toEpochMilli(), onDuty,
                        new Notifying.Text("Risk review due: " + name(child),
                                "Homeward: the risk grade for " + name(child) + ", missing, is due for review now."
                                        + " Episode " + episode.id() + "."))));
    }

    @Override
    public Mono<List<String>> reviewMissed(MissingEpisode episode, Instant due) {
        return youngPeople.findById(episode.youngPersonId()).flatMap(child -> teamManagers(child)
                .flatMap(managers -> tell(episode, "review-missed:" + episode.id() + ":" + due.toEpochMilli(),
                        managers, new Notifying.Text("Risk review missed: " + name(child),
                                "Homeward: the risk review for " + name(child) + ", missing, was due at "
                                        + TIME.format(due.atZone(child.homeZone())) + " and nobody has recorded it."
                                        + " Episode " + episode.id() + "."))));
    }

    @Override
    public Mono<Boolean> tellHostAuthority(MissingEpisode episode) {
        OutOfArea host = episode.outOfArea();
        if (host == null || host.contactPhone() == null) {
            return Mono.just(false);
        }
        Recipient contact = new Recipient("host:" + host.placementId(), Recipient.Kind.HOST_AUTHORITY,
                Optional.of(new PhoneNumber(host.contactPhone())));
        Alert notice = Alert.episodeNotice("host:" + episode.id(), episode.id(), episode.youngPersonId(),
                episode.organisationId(), clock.instant(), List.of(contact.id()));
        return Mono.zip(youngPeople.findById(episode.youngPersonId()),
                        organisations.findById(episode.organisationId()))
                .flatMap(both -> alerts.insertIfAbsent(notice).then(notifying.text(notice, contact,
                        new Notifying.Text("Missing child placed in your area", hostText(episode, both.getT1(),
                                both.getT2().name(), both.getT2().outOfHoursPhone().map(PhoneNumber::e164))), false)))
                .map(delivery -> true)
                .defaultIfEmpty(false);
    }

    @Override
    public Mono<List<String>> strategyDiscussionDue(String organisationId, String youngPersonId, String noticeId) {
        return youngPeople.findById(youngPersonId).flatMap(child -> Mono.zip(ownWorkers(child), teamManagers(child))
                .map(both -> distinct(both.getT1(), both.getT2()))
                .flatMap(people -> tellAbout(youngPersonId, organisationId, youngPersonId, "strategy:" + noticeId,
                        people, new Notifying.Text("Strategy discussion due: " + name(child),
                                "Homeward: " + name(child) + " has gone missing repeatedly. A strategy discussion"
                                        + " is due; record it as held in Homeward."))));
    }

    @Override
    public Mono<List<String>> philomenaReviewDue(String organisationId, String youngPersonId, String noticeId) {
        return youngPeople.findById(youngPersonId).flatMap(child -> ownWorkers(child)
                .flatMap(people -> tellAbout(youngPersonId, organisationId, youngPersonId, noticeId, people,
                        new Notifying.Text("Philomena profile review: " + name(child),
                                "Homeward: " + name(child) + "'s missing-person profile (Philomena part 1) is due"
                                        + " for review today. Check it is current."))));
    }

    private Mono<List<String>> tell(MissingEpisode episode, String noticeId, List<Recipient> people,
                                    Notifying.Text text) {
        return tellAbout(episode.id(), episode.organisationId(), episode.youngPersonId(), noticeId, people, text);
    }

    private Mono<List<String>> tellAbout(String subjectId, String organisationId, String youngPersonId,
                                         String noticeId, List<Recipient> people, Notifying.Text text) {
        if (people.isEmpty()) {
            return Mono.just(List.of());
        }
        List<String> ids = people.stream().map(Recipient::id).toList();
        Alert notice = Alert.episodeNotice(noticeId, subjectId, youngPersonId, organisationId, clock.instant(), ids);
        return alerts.insertIfAbsent(notice)
                .thenMany(Flux.fromIterable(people))
                .concatMap(person -> person.kind() == Recipient.Kind.OUT_OF_HOURS
                        ? notifying.text(notice, person, text, false).then()
                        : notifying.push(notice, person, text, true).then())
                .then(Mono.just(ids));
    }

    /** The young person's own workers today. */
    private Mono<List<Recipient>> ownWorkers(YoungPerson child) {
        Instant now = clock.instant();
        return caseloads.findByYoungPerson(child.id())
                .filter(caseload -> caseload.isCurrentAt(now, child.homeZone()))
                .map(Caseload::workerId)
                .distinct()
                .concatMap(workers::findById)
                .map(worker -> new Recipient(worker.id(), Recipient.Kind.WORKER, worker.phone()))
                .collectList();
    }

    /** The managers of the teams of the young person's workers; failing those, the organisation's managers. */
    private Mono<List<Recipient>> teamManagers(YoungPerson child) {
        Instant now = clock.instant();
        Flux<Worker> ofTeams = caseloads.findByYoungPerson(child.id())
                .filter(caseload -> caseload.isCurrentAt(now, child.homeZone()))
                .concatMap(caseload -> workers.findById(caseload.workerId()))
                .flatMap(worker -> Mono.justOrEmpty(worker.teamId()))
                .distinct()
                .concatMap(workers::findByTeam)
                .filter(Worker::manager);
        return ofTeams.switchIfEmpty(Flux.defer(() -> workers.findByOrganisation(child.organisationId())
                        .filter(Worker::manager)))
                .filter(worker -> worker.organisationId().equals(child.organisationId()))
                .distinct(Worker::id)
                .map(worker -> new Recipient(worker.id(), Recipient.Kind.MANAGER, worker.phone()))
                .collectList();
    }

    private static List<Recipient> distinct(List<Recipient> first, List<Recipient> second) {
        java.util.Map<String, Recipient> byId = new java.util.LinkedHashMap<>();
        first.forEach(r -> byId.putIfAbsent(r.id(), r));
        second.forEach(r -> byId.putIfAbsent(r.id(), r));
        return List.copyOf(byId.values());
    }

    private static String name(YoungPerson child) {
        return child.preferredName() != null ? child.preferredName() : child.name();
    }

    private String hostText(MissingEpisode episode, YoungPerson child, String organisation,
                            Optional<String> dutyPhone) {
        ZoneId zone = child.homeZone();
        return "Homeward: " + child.name() + " (born " + DAY.format(child.dateOfBirth()) + "), placed in your area by "
                + organisation + ", was reported missing at " + TIME.format(episode.reportedAt().atZone(zone))
                + ". " + dutyPhone.map(phone -> "Call " + organisation + "'s duty team on " + phone + ". ")
                .orElse("Contact " + organisation + "'s duty team. ") + "Ref " + episode.id();
    }
}
