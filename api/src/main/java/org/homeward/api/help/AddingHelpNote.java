package org.homeward.api.help;

import java.time.Clock;

import org.homeward.api.alerts.Notifying;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.identity.Caller;
import org.homeward.infra.identity.Role;
import org.homeward.infra.ids.Ids;
import reactor.core.publisher.Mono;

/**
 * A responder's note, a question to the young person (pushed to them, silently if the request is
 * discreet), or the young person's answer (pushed to the people alerted).
 */
public class AddingHelpNote {

    private final HelpRequestAccess access;
    private final HelpRequests requests;
    private final HelpNews news;
    private final AuditLog audit;
    private final Clock clock;

    public AddingHelpNote(HelpRequestAccess access, HelpRequests requests, HelpNews news, AuditLog audit, Clock clock) {
        this.access = access;
        this.requests = requests;
        this.news = news;
        this.audit = audit;
        this.clock = clock;
    }

    /** A note (or, with {@code question}, a question to the young person) by a responder. */
    public Mono<HelpRequest> respond(Caller caller, String requestId, String text, boolean question) {
        HelpRequest.Note.Kind kind = question ? HelpRequest.Note.Kind.QUESTION : HelpRequest.Note.Kind.NOTE;
        return access.respondable(caller, requestId)
                .flatMap(found -> add(caller, found, kind, text))
                .flatMap(added -> question ? news.toYoungPerson(added.request(), "question-" + added.note().id(),
                        new Notifying.Text("A question about your request", "Open Homeward to answer."))
                        .thenReturn(added.request()) : Mono.just(added.request()));
    }

    /** The young person answers (or adds something). */
    public Mono<HelpRequest> answer(Caller caller, String requestId, String text) {
        return access.ownedBy(caller, requestId)
                .flatMap(found -> add(caller, found, HelpRequest.Note.Kind.ANSWER, text))
                .flatMap(added -> news.toResponders(added.request(), "answer-" + added.note().id(), null,
                        name -> new Notifying.Text(name + " answered", "Homeward: " + name
                                + " added to their request for help. Request " + added.request().id() + "."))
                        .thenReturn(added.request()));
    }

    private record Added(HelpRequest request, HelpRequest.Note note) {
    }

    private Mono<Added> add(Caller caller, HelpRequest found, HelpRequest.Note.Kind kind, String text) {
        return Mono.fromCallable(() -> new HelpRequest.Note("note-" + Ids.next(), kind, caller.personIdOrNone(), text,
                        clock.instant()))
                .flatMap(note -> requests.change(found.id(), request -> request.note(note))
                        .map(request -> new Added(request, note)))
                .flatMap(added -> audit.record(caller, "help.note", found.youngPersonId(), found.id(), null)
                        .thenReturn(added));
    }
}
