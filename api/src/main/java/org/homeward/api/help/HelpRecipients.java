package org.homeward.api.help;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.homeward.api.alerts.AlertRecipients;
import org.homeward.api.alerts.Recipient;
import org.homeward.api.people.Caseload;
import org.homeward.api.people.Caseloads;
import org.homeward.api.people.Organisations;
import org.homeward.api.people.Workers;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Who each step of a help request's escalation tells. First: every current carer and the worker on
 * duty (out of hours, the organisation's emergency number); a "need to talk" request in office
 * hours goes to the young person's own worker first. Then the same people by SMS. Then the next
 * escalation contact: for a "need to talk" request, the carers and the duty worker; otherwise the
 * young person's own worker and the organisation's emergency number, whoever was not told yet.
 */
public class HelpRecipients {

    private final AlertRecipients alertRecipients;
    private final Caseloads caseloads;
    private final Workers workers;
    private final Organisations organisations;
    private final HelpPolicy policy;

    public HelpRecipients(AlertRecipients alertRecipients, Caseloads caseloads, Workers workers,
                          Organisations organisations, HelpPolicy policy) {
        this.alertRecipients = alertRecipients;
        this.caseloads = caseloads;
        this.workers = workers;
        this.organisations = organisations;
        this.policy = policy;
    }

    /** Steps 1 and 2 (judged at the moment the request was raised, so both reach the same people). */
    public Mono<List<Recipient>> firstLine(HelpRequest request, ZoneId zone) {
        if (goesToOwnWorkerFirst(request, zone)) {
            return ownWorkers(request, zone, request.raisedAt())
                    .flatMap(own -> own.isEmpty() ? carersAndDuty(request, zone, request.raisedAt()) : Mono.just(own));
        }
        return carersAndDuty(request, zone, request.raisedAt());
    }

    /** Step 3: whoever is next and was not told yet. */
    public Mono<List<Recipient>> next(HelpRequest request, ZoneId zone, Instant at) {
        Mono<List<Recipient>> candidates = goesToOwnWorkerFirst(request, zone)
                ? carersAndDuty(request, zone, at)
                : Mono.zip(ownWorkers(request, zone, at), emergencyNumber(request)).map(found -> join(found.getT1(),
                found.getT2()));
        return candidates.map(all -> all.stream().filter(recipient -> !request.wasAlerted(recipient.id())).toList());
    }

    private boolean goesToOwnWorkerFirst(HelpRequest request, ZoneId zone) {
        return request.category() == HelpRequest.Category.NEED_TO_TALK
                && policy.isOfficeHours(request.raisedAt(), zone);
    }

    private Mono<List<Recipient>> carersAndDuty(HelpRequest request, ZoneId zone, Instant at) {
        return Mono.zip(alertRecipients.carersOf(request.youngPersonId(), zone, at),
                        alertRecipients.onDuty(request.organisationId(), at))
                .map(found -> join(found.getT1(), found.getT2()));
    }

    /** The workers with the young person on their caseload at the time. */
    private Mono<List<Recipient>> ownWorkers(HelpRequest request, ZoneId zone, Instant at) {
        return caseloads.findByYoungPerson(request.youngPersonId())
                .filter(caseload -> caseload.isCurrentAt(at, zone))
                .map(Caseload::workerId)
                .distinct()
                .concatMap(workers::findById)
                .map(worker -> new Recipient(worker.id(), Recipient.Kind.WORKER, worker.phone()))
                .collectList();
    }

    private Mono<List<Recipient>> emergencyNumber(HelpRequest request) {
        return organisations.findById(request.organisationId())
                .flatMapMany(organisation -> Flux.fromIterable(organisation.outOfHoursPhone()
                        .map(phone -> List.of(new Recipient(Recipient.outOfHours(organisation.id()),
                                Recipient.Kind.OUT_OF_HOURS, Optional.of(phone))))
                        .orElse(List.of())))
                .collectList();
    }

    private static List<Recipient> join(List<Recipient> first, List<Recipient> second) {
        Map<String, Recipient> byId = new LinkedHashMap<>();
        for (Recipient recipient : first) {
            byId.putIfAbsent(recipient.id(), recipient);
        }
        for (Recipient recipient : second) {
            byId.putIfAbsent(recipient.id(), recipient);
        }
        return new ArrayList<>(byId.values());
    }
}
