package org.homeward.api.quality;

import org.homeward.infra.errors.NotFound;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.identity.Role;
import reactor.core.publisher.Mono;

/**
 * Who may do what in quality assurance, decided in one place: the organisation's managers the queue,
 * claims, assessments, returns and practice; an interviewer their own assessed interviews. Anyone else
 * is told there is no such thing (404).
 */
public class QualityAccess {

    private final QualityItems items;

    public QualityAccess(QualityItems items) {
        this.items = items;
    }

    public boolean manages(Caller caller, String organisationId) {
        return caller.is(Role.MANAGER) && caller.belongsTo(organisationId);
    }

    public Mono<Void> requireManager(Caller caller, String organisationId) {
        return manages(caller, organisationId) ? Mono.empty()
                : Mono.error(new NotFound("organisation", organisationId));
    }

    /** The item, for a manager of its organisation. */
    public Mono<QualityItem> managed(Caller caller, String interviewId) {
        return items.findById(interviewId)
                .filter(item -> manages(caller, item.organisationId()))
                .switchIfEmpty(Mono.error(new NotFound("quality item", interviewId)));
    }

    /** The item, for its interviewer. */
    public Mono<QualityItem> ownInterview(Caller caller, String interviewId) {
        return items.findById(interviewId)
                .filter(item -> isInterviewer(caller, item))
                .switchIfEmpty(Mono.error(new NotFound("quality item", interviewId)));
    }

    /** The item, for a manager of its organisation or its interviewer. */
    public Mono<QualityItem> managedOrOwn(Caller caller, String interviewId) {
        return items.findById(interviewId)
                .filter(item -> manages(caller, item.organisationId()) || isInterviewer(caller, item))
                .switchIfEmpty(Mono.error(new NotFound("quality item", interviewId)));
    }

    static boolean isInterviewer(Caller caller, QualityItem item) {
        return item.interviewerId() != null && caller.isAny(Role.WORKER, Role.MANAGER, Role.CARER)
                && caller.belongsTo(item.organisationId()) && caller.isPerson(item.interviewerId());
    }
}
