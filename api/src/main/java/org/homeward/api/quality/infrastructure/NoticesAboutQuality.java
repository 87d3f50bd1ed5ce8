package org.homeward.api.quality.infrastructure;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.homeward.api.alerts.Alert;
import org.homeward.api.alerts.Alerts;
import org.homeward.api.alerts.Notifying;
import org.homeward.api.alerts.Recipient;
import org.homeward.api.people.Carers;
import org.homeward.api.people.Workers;
import org.homeward.api.quality.Assessment;
import org.homeward.api.quality.QualityItem;
import org.homeward.api.quality.QualityNotices;
import reactor.core.publisher.Mono;

/**
 * The interviewer's notices through alerts' {@link Notifying}, as interviews' own notices go: an alert of
 * kind {@code INTERVIEW_NOTICE} stored under its own id first, each delivery stored before it leaves, so a
 * retried timer tells nobody twice. No child's name or words in the push: the interviewer opens Homeward.
 */
class NoticesAboutQuality implements QualityNotices {

    private final Alerts alerts;
    private final Notifying notifying;
    private final Workers workers;
    private final Carers carers;
    private final Clock clock;

    NoticesAboutQuality(Alerts alerts, Notifying notifying, Workers workers, Carers carers, Clock clock) {
        this.alerts = alerts;
        this.notifying = notifying;
        this.workers = workers;
        this.carers = carers;
        this.clock = clock;
    }

    @Override
    public Mono<Void> assessed(Assessment assessment) {
        return tell("qa-assessed-" + assessment.id(), assessment.interviewId(), assessment.youngPersonId(),
                assessment.organisationId(), assessment.interviewerId(), new Notifying.Text(
                        "Your interview was assessed", "Homeward: a manager has assessed one of your return home"
                        + " interviews. Read the feedback and acknowledge it under My assessments. Ref "
                        + assessment.interviewId() + "."));
    }

    @Override
    public Mono<Void> returned(QualityItem item) {
        return tell("qa-returned-" + item.returns().size(), item.id(), item.youngPersonId(), item.organisationId(),
                item.interviewerId(), new Notifying.Text("Interview record to amend",
                        "Homeward: a manager has returned one of your return home interview records for amendment."
                        + " See why under My assessments. Ref " + item.id() + "."));
    }

    private Mono<Void> tell(String noticeId, String interviewId, String youngPersonId, String organisationId,
                            String interviewerId, Notifying.Text text) {
        if (interviewerId == null) {
            return Mono.empty();
        }
        return recipient(interviewerId).flatMap(person -> {
            Alert notice = Alert.interviewNotice(noticeId + ":" + interviewId, interviewId, youngPersonId,
                    organisationId, clock.instant(), List.of(person.id()));
            return alerts.insertIfAbsent(notice).then(notifying.push(notice, person, text, false)).then();
        });
    }

    private Mono<Recipient> recipient(String personId) {
        return workers.findById(personId)
                .map(worker -> new Recipient(worker.id(), worker.manager() ? Recipient.Kind.MANAGER : Recipient.Kind.WORKER,
                        worker.phone()))
                .switchIfEmpty(Mono.defer(() -> carers.findById(personId)
                        .map(carer -> new Recipient(carer.id(), Recipient.Kind.CARER, Optional.ofNullable(carer.phone())))));
    }
}
