package org.homeward.api.help.infrastructure;

import java.time.Instant;
import java.util.List;

import org.homeward.api.help.HelpRequest;
import org.homeward.api.locations.Area;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/** How help requests are stored. */
final class HelpDocuments {

    private HelpDocuments() {
    }

    record LocationDocument(Double latitude, Double longitude, Double accuracyMetres, String place) {
    }

    record NoteDocument(String id, String kind, String authorId, String text, Instant at) {
    }

    @Document("help_requests")
    @CompoundIndexes({
            @CompoundIndex(name = "idempotency", def = "{'youngPersonId': 1, 'idempotencyKey': 1}", unique = true),
            @CompoundIndex(name = "by_young_person", def = "{'youngPersonId': 1, 'raisedAt': -1}"),
            @CompoundIndex(name = "by_alerted", def = "{'alertedIds': 1, 'raisedAt': -1}"),
            @CompoundIndex(name = "by_status", def = "{'status': 1, 'raisedAt': 1}")})
    record HelpRequestDocument(@Id String id, String youngPersonId, String organisationId, String planId,
                               String category, String message, LocationDocument location, Double areaLatitude,
                               Double areaLongitude, boolean discreet, String idempotencyKey, Instant deviceTime,
                               Instant raisedAt, String status, List<String> alertedIds, String acknowledgedBy,
                               Instant acknowledgedAt, List<NoteDocument> notes, Instant safeAt, String outcome,
                               String closedBy, Instant closedAt, String missingEpisodeId, long version) {

        static HelpRequestDocument of(HelpRequest r) {
            HelpRequest.Location l = r.location();
            return new HelpRequestDocument(r.id(), r.youngPersonId(), r.organisationId(), r.planId(),
                    r.category().name(), r.message(),
                    l == null ? null : new LocationDocument(l.latitude(), l.longitude(), l.accuracyMetres(), l.place()),
                    r.area() == null ? null : r.area().latitude(), r.area() == null ? null : r.area().longitude(),
                    r.discreet(), r.idempotencyKey(), r.deviceTime(), r.raisedAt(), r.status().name(), r.alertedIds(),
                    r.acknowledgedBy(), r.acknowledgedAt(), r.notes().stream().map(n -> new NoteDocument(n.id(),
                    n.kind().name(), n.authorId(), n.text(), n.at())).toList(), r.safeAt(),
                    r.outcome() == null ? null : r.outcome().name(), r.closedBy(), r.closedAt(), r.missingEpisodeId(),
                    r.version());
        }

        HelpRequest toDomain() {
            return new HelpRequest(id, youngPersonId, organisationId, planId, HelpRequest.Category.valueOf(category),
                    message, location == null ? null : new HelpRequest.Location(location.latitude(),
                    location.longitude(), location.accuracyMetres(), location.place()),
                    areaLatitude == null ? null : new Area(areaLatitude, areaLongitude), discreet,
                    idempotencyKey, deviceTime, raisedAt, HelpRequest.Status.valueOf(status), alertedIds,
                    acknowledgedBy, acknowledgedAt, notes == null ? List.of() : notes.stream().map(n ->
                    new HelpRequest.Note(n.id(), HelpRequest.Note.Kind.valueOf(n.kind()), n.authorId(), n.text(),
                            n.at())).toList(), safeAt, outcome == null ? null : HelpRequest.Outcome.valueOf(outcome),
                    closedBy, closedAt, missingEpisodeId, version);
        }
    }
}
