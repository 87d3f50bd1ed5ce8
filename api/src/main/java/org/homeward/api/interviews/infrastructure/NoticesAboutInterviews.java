package org.homeward.api.interviews.infrastructure;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.homeward.api.alerts.Alert;
import org.homeward.api.alerts.Alerts;
import org.homeward.api.alerts.Notifying;
import org.homeward.api.alerts.Recipient;
import org.homeward.api.episodes.HostAuthorities;
import org.homeward.api.interviews.Interview;
import org.homeward.api.interviews.InterviewNotices;
import org.homeward.api.interviews.InterviewService;
import org.homeward.api.people.Organisations;
import org.homeward.api.people.Worker;
import org.homeward.api.people.Workers;
import org.homeward.api.people.YoungPeople;
import org.homeward.api.people.YoungPerson;
import org.homeward.infra.phone.PhoneNumber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The interview's notices through alerts' {@link Notifying}: each an alert of kind
 * {@code INTERVIEW_NOTICE} stored under its own id first, each delivery stored before it leaves, so a
 * retried timer tells nobody twice; every message is in the child's audit log (ids only).
 */
class NoticesAboutInterviews implements InterviewNotices {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'on' dd/MM/yyyy");

    private final Alerts alerts;
    private final Notifying notifying;
    private final Workers workers;
    private final YoungPeople youngPeople;
    private final Organisations organisations;
    private final HostAuthorities hosts;
    private final Clock clock;

    NoticesAboutInterviews(Alerts alerts, Notifying notifying, Workers workers, YoungPeople youngPeople,
                           Organisations organisations, HostAuthorities hosts, Clock clock) {
        this.alerts = alerts;
        this.notifying = notifying;
        this.workers = workers;
        this.youngPeople = youngPeople;
        this.organisations = organisations;
        this.hosts = hosts;
        this.clock = clock;
    }

    @Override
    public Mono<List<String>> offerToChild(Interview interview) {
        return youngPeople.findById(interview.youngPersonId()).flatMap(child -> tell(interview, "offer-child",
                List.of(new Recipient(child.id(), Recipient.Kind.YOUNG_PERSON, Optional.empty())),
                new Notifying.Text("Can we talk?", "Hi " + name(child) + ", we're glad you're back. We'd like to"
                        + " hear how things were while you were away and what would help. It's your choice. Open"
                        + " Homeward to see who you'd talk to and pick a time and place that suits you."), false));
    }

    @Override
    public Mono<List<String>> offerToService(Interview interview, InterviewService service) {
        return youngPeople.findById(interview.youngPersonId()).flatMap(child -> team(service, child)
                .flatMap(team -> tell(interview, "offer-service", team, new Notifying.Text(
                        "Return interview to arrange: " + name(child), "Homeward: " + name(child)
                        + " is back after being missing. A return home interview is due by " + due(interview, child)
                        + ". Offer times and assign an independent interviewer in Homeward. Ref " + interview.id()
                        + "."), true))
                .flatMap(told -> tellHost(interview, child).map(host -> host ? plus(told, "host") : told)));
    }

    @Override
    public Mono<List<String>> notBooked(Interview interview, InterviewService service) {
        return youngPeople.findById(interview.youngPersonId()).flatMap(child -> managers(service, child)
                .flatMap(managers -> tell(interview, "not-booked", managers, new Notifying.Text(
                        "No return interview booked: " + name(child), "Homeward: 48 hours since " + name(child)
                        + " came back and no return home interview is booked. It is due by " + due(interview, child)
                        + ". Ref " + interview.id() + "."), true)));
    }

    @Override
    public Mono<List<String>> breached(Interview interview, InterviewService service) {
        return youngPeople.findById(interview.youngPersonId()).flatMap(child -> managers(service, child)
                .flatMap(managers -> tell(interview, "breached", managers, new Notifying.Text(
                        "Return interview overdue: " + name(child), "Homeward: the return home interview for "
                        + name(child) + " was due by " + due(interview, child) + " and has not been held. This is"
                        + " recorded as a breach. Ref " + interview.id() + "."), true)));
    }

    @Override
    public Mono<List<String>> feedbackInvite(Interview interview) {
        return tell(interview, "feedback", List.of(new Recipient(interview.youngPersonId(),
                Recipient.Kind.YOUNG_PERSON, Optional.empty())), new Notifying.Text("How did it go?",
                "Thanks for talking with us. Tell us how it went? It takes under a minute, and you can do it"
                        + " later if you like."), false);
    }

    @Override
    public Mono<List<String>> actionDue(Interview interview, int action, boolean overdue, InterviewService service) {
        String ownerId = interview.record().actions().get(action).ownerId();
        return Mono.zip(youngPeople.findById(interview.youngPersonId()), workers.findById(ownerId))
                .flatMap(both -> (overdue ? managersOf(both.getT2(), both.getT1())
                        : Mono.just(List.of(recipient(both.getT2(), Recipient.Kind.WORKER))))
                        .flatMap(people -> tell(interview, (overdue ? "action-overdue-" : "action-due-") + action,
                                people, new Notifying.Text((overdue ? "Interview action overdue: " : "Interview action due: ")
                                        + name(both.getT1()), "Homeward: an action from " + name(both.getT1())
                                        + "'s return home interview" + (overdue ? ", owned by " + both.getT2().name()
                                        + ", is overdue" : " is due now") + ". Ref " + interview.id() + "."), true)));
    }

    private Mono<List<String>> tell(Interview interview, String noticeId, List<Recipient> people,
                                    Notifying.Text text, boolean smsFallback) {
        if (people.isEmpty()) {
            return Mono.just(List.of());
        }
        List<String> ids = people.stream().map(Recipient::id).toList();
        Alert notice = Alert.interviewNotice(noticeId + ":" + interview.id(), interview.id(),
                interview.youngPersonId(), interview.organisationId(), clock.instant(), ids);
        return alerts.insertIfAbsent(notice)
                .thenMany(Flux.fromIterable(people))
                .concatMap(person -> notifying.push(notice, person, text, smsFallback))
                .then(Mono.just(ids));
    }

    /** For a child placed out of area, as the placement says: the host authority's contact, by text. */
    private Mono<Boolean> tellHost(Interview interview, YoungPerson child) {
        return hosts.outOfAreaPlacement(child.id(), interview.returnedAt())
                .filter(host -> host.contactPhone() != null)
                .flatMap(host -> organisations.findById(interview.organisationId()).flatMap(organisation -> {
                    Recipient contact = new Recipient("host:" + host.placementId(), Recipient.Kind.HOST_AUTHORITY,
                            Optional.of(new PhoneNumber(host.contactPhone())));
                    Alert notice = Alert.interviewNotice("offer-host:" + interview.id(), interview.id(),
                            interview.youngPersonId(), interview.organisationId(), clock.instant(),
                            List.of(contact.id()));
                    return alerts.insertIfAbsent(notice).then(notifying.text(notice, contact, new Notifying.Text(
                            "Return interview", "Homeward: " + child.name() + ", placed in your area by "
                            + organisation.name() + ", is back after being missing. A return home interview is due by "
                            + due(interview, child) + ". Please contact " + organisation.name()
                            + " to arrange it. Ref " + interview.id()), false));
                }))
                .map(sent -> true)
                .defaultIfEmpty(false);
    }

    /** The service's team; with no team named yet, the organisation's managers, so that nobody is left untold. */
    private Mono<List<Recipient>> team(InterviewService service, YoungPerson child) {
        Flux<Worker> team = service.teamId() == null ? Flux.empty() : workers.findByTeam(service.teamId());
        return team.filter(worker -> worker.organisationId().equals(child.organisationId()))
                .switchIfEmpty(Flux.defer(() -> workers.findByOrganisation(child.organisationId())
                        .filter(Worker::manager)))
                .map(worker -> recipient(worker, Recipient.Kind.WORKER))
                .collectList();
    }

    /** The service team's managers; failing those, the organisation's. */
    private Mono<List<Recipient>> managers(InterviewService service, YoungPerson child) {
        Flux<Worker> team = service.teamId() == null ? Flux.empty() : workers.findByTeam(service.teamId());
        return orgManagersIfNone(team.filter(Worker::manager), child.organisationId());
    }

    private Mono<List<Recipient>> managersOf(Worker owner, YoungPerson child) {
        Flux<Worker> team = owner.teamId().map(workers::findByTeam).orElse(Flux.empty());
        return orgManagersIfNone(team.filter(Worker::manager), child.organisationId());
    }

    private Mono<List<Recipient>> orgManagersIfNone(Flux<Worker> managers, String organisationId) {
        return managers.filter(worker -> worker.organisationId().equals(organisationId))
                .switchIfEmpty(Flux.defer(() -> workers.findByOrganisation(organisationId).filter(Worker::manager)))
                .distinct(Worker::id)
                .map(worker -> recipient(worker, Recipient.Kind.MANAGER))
                .collectList();
    }

    private static Recipient recipient(Worker worker, Recipient.Kind kind) {
        return new Recipient(worker.id(), kind, worker.phone());
    }

    private static String due(Interview interview, YoungPerson child) {
        Instant due = interview.dueAt();
        return WHEN.format(due.atZone(child.homeZone()));
    }

    private static String name(YoungPerson child) {
        return child.preferredName() != null ? child.preferredName() : child.name();
    }

    private static List<String> plus(List<String> told, String one) {
        java.util.List<String> all = new java.util.ArrayList<>(told);
        all.add(one);
        return List.copyOf(all);
    }
}
