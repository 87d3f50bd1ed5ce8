package org.homeward.infra.audit;

import org.homeward.infra.identity.Caller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The append-only audit log of every read and change of a young person's records, and of what
 * Homeward itself sends about them. It offers only "append" and "read by subject": nothing can
 * change or delete an entry.
 */
public interface AuditLog {

    /** Records that the caller did {@code action} to {@code recordId} of young person {@code subjectId}. */
    Mono<Void> record(Caller caller, String action, String subjectId, String recordId, String reason);

    /**
     * Records it unless an entry of this action on this record is there already: for a request
     * retried after a failure, which may or may not have got as far as its audit entry.
     */
    default Mono<Void> recordOnce(Caller caller, String action, String subjectId, String recordId, String reason) {
        return about(subjectId, recordId, action, 1).hasElements()
                .flatMap(recorded -> recorded ? Mono.empty() : record(caller, action, subjectId, recordId, reason));
    }

    /**
     * Records one read that named many young people (a list of children behind a figure, say): an
     * entry per young person, each as {@link #record(Caller, String, String, String, String)} would.
     */
    default Mono<Void> recordEach(Caller caller, String action, java.util.Collection<String> subjectIds, String recordId,
                                  String reason) {
        return Flux.fromIterable(subjectIds).concatMap(subject -> record(caller, action, subject, recordId, reason)).then();
    }

    default Mono<Void> record(Caller caller, String action, String subjectId) {
        return record(caller, action, subjectId, subjectId, null);
    }

    /**
     * Records what Homeward did by itself, with {@link AuditEntry#SYSTEM} as the actor, once per
     * {@link SystemEntry#key()}: work retried, or taken over by another instance, is in the log once.
     */
    Mono<Void> record(SystemEntry entry);

    /** Records many system entries, each once per key (a batch of alerts' messages, say). */
    default Mono<Void> recordAll(java.util.List<SystemEntry> entries) {
        return Flux.fromIterable(entries).concatMap(this::record).then();
    }

    /** The entries about one young person, newest first. */
    default Flux<AuditEntry> about(String subjectId, int limit) {
        return page(AuditQuery.newest(subjectId, limit)).flatMapIterable(AuditPage::items);
    }

    /**
     * One page of the entries about a young person, newest first, filtered by action and actor, with a
     * cursor to the older entries that follow: every entry stays reachable however many come after it.
     */
    Mono<AuditPage> page(AuditQuery query);

    /** The entries of one action on one record of a young person, newest first. */
    Flux<AuditEntry> about(String subjectId, String recordId, String action, int limit);
}
