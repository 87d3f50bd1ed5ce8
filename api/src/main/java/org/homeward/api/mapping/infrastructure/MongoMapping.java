package org.homeward.api.mapping.infrastructure;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.homeward.api.mapping.EntityKind;
import org.homeward.api.mapping.Grading;
import org.homeward.api.mapping.Link;
import org.homeward.api.mapping.Links;
import org.homeward.api.mapping.MappedEntities;
import org.homeward.api.mapping.MappedEntity;
import org.homeward.api.mapping.MatchCandidate;
import org.homeward.api.mapping.MatchCandidates;
import org.homeward.api.mapping.RiskNotice;
import org.homeward.api.mapping.RiskNotices;
import org.homeward.api.mapping.Source;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The risk map in four collections: {@code mapping_entities}, {@code mapping_links},
 * {@code mapping_matches} and {@code mapping_notices}. The indexes serve a real MongoDB (the embedded
 * server ignores non-unique ones). "Linked to two or more children" is one {@code $group} over the
 * organisation's links, so it needs no counters kept in step with every link.
 */
final class MongoMapping {

    private MongoMapping() {
    }

    @Document("mapping_entities")
    @CompoundIndex(name = "by_key", def = "{'organisationId': 1, 'kind': 1, 'keys': 1}")
    record EntityDocument(@Id String id, String organisationId, EntityKind kind, String label, List<String> keys,
                          Integer approximateAge, String area, String detail, String platform, Instant createdAt,
                          Instant unlinkedSince) {
        static EntityDocument of(MappedEntity e) {
            return new EntityDocument(e.id(), e.organisationId(), e.kind(), e.label(), e.keys(), e.approximateAge(),
                    e.area(), e.detail(), e.platform(), e.createdAt(), e.unlinkedSince());
        }

        MappedEntity toDomain() {
            return new MappedEntity(id, organisationId, kind, label, keys == null ? List.of() : keys, approximateAge,
                    area, detail, platform, createdAt, unlinkedSince);
        }
    }

    @Document("mapping_links")
    @CompoundIndexes({
            @CompoundIndex(name = "by_entity", def = "{'entityId': 1}"),
            @CompoundIndex(name = "by_young_person", def = "{'youngPersonId': 1}"),
            @CompoundIndex(name = "by_joined", def = "{'organisationId': 1, 'joinedAt': 1}"),
            @CompoundIndex(name = "by_observed", def = "{'organisationId': 1, 'kind': 1, 'observedAt': 1}")})
    record LinkDocument(@Id String id, String organisationId, String entityId, String youngPersonId, Source source,
                        String sourceRef, String sourceDetail, Instant observedAt, String recordedBy,
                        Instant recordedAt, Instant joinedAt, Grading grading, EntityKind kind, String area) {
        static LinkDocument of(Link l) {
            return new LinkDocument(l.id(), l.organisationId(), l.entityId(), l.youngPersonId(), l.source(),
                    l.sourceRef(), l.sourceDetail(), l.observedAt(), l.recordedBy(), l.recordedAt(), l.joinedAt(),
                    l.grading(), l.kind(), l.area());
        }

        Link toDomain() {
            return new Link(id, organisationId, entityId, youngPersonId, source, sourceRef, sourceDetail, observedAt,
                    recordedBy, recordedAt, joinedAt, grading, kind, area);
        }
    }

    @Document("mapping_matches")
    @CompoundIndexes({
            @CompoundIndex(name = "by_status", def = "{'organisationId': 1, 'status': 1, 'createdAt': 1}"),
            @CompoundIndex(name = "by_entity", def = "{'entityId': 1}"),
            @CompoundIndex(name = "by_candidate", def = "{'candidateId': 1}")})
    record MatchDocument(@Id String id, String organisationId, EntityKind kind, String entityId, String candidateId,
                         double score, String reason, MatchCandidate.Status status, Instant createdAt,
                         String decidedBy, Instant decidedAt, String note) {
        static MatchDocument of(MatchCandidate m) {
            return new MatchDocument(m.id(), m.organisationId(), m.kind(), m.entityId(), m.candidateId(), m.score(),
                    m.reason(), m.status(), m.createdAt(), m.decidedBy(), m.decidedAt(), m.note());
        }

        MatchCandidate toDomain() {
            return new MatchCandidate(id, organisationId, kind, entityId, candidateId, score, reason, status,
                    createdAt, decidedBy, decidedAt, note);
        }
    }

    @Document("mapping_notices")
    @CompoundIndex(name = "by_recipient", def = "{'recipientId': 1, 'createdAt': -1}")
    record NoticeDocument(@Id String id, String organisationId, String recipientId, String youngPersonId,
                          String entityId, EntityKind kind, String label, int otherChildren, String linkId,
                          Instant createdAt, Instant pushedAt) {
        static NoticeDocument of(RiskNotice n) {
            return new NoticeDocument(n.id(), n.organisationId(), n.recipientId(), n.youngPersonId(), n.entityId(),
                    n.kind(), n.label(), n.otherChildren(), n.linkId(), n.createdAt(), n.pushedAt());
        }

        RiskNotice toDomain() {
            return new RiskNotice(id, organisationId, recipientId, youngPersonId, entityId, kind, label, otherChildren,
                    linkId, createdAt, pushedAt);
        }
    }

    /** One row of the "children per entity" aggregation. */
    record EntityChildrenRow(@Id String id, List<String> childIds, Instant linkedAt) {
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }

    static MappedEntities entities(ReactiveMongoTemplate mongo) {
        return new MappedEntities() {
            @Override
            public Mono<MappedEntity> insertIfAbsent(MappedEntity entity) {
                return mongo.insert(EntityDocument.of(entity))
                        .onErrorResume(DuplicateKeyException.class, already -> mongo.findById(entity.id(), EntityDocument.class))
                        .map(EntityDocument::toDomain);
            }

            @Override
            public Mono<MappedEntity> save(MappedEntity entity) {
                return mongo.save(EntityDocument.of(entity)).map(EntityDocument::toDomain);
            }

            @Override
            public Mono<MappedEntity> findById(String id) {
                return mongo.findById(id, EntityDocument.class).map(EntityDocument::toDomain);
            }

            @Override
            public Flux<MappedEntity> findByIds(Collection<String> ids) {
                return ids.isEmpty() ? Flux.empty()
                        : mongo.find(Query.query(Criteria.where("_id").in(ids)), EntityDocument.class)
                        .map(EntityDocument::toDomain);
            }

            @Override
            public Flux<MappedEntity> findByKeys(String organisationId, EntityKind kind, Collection<String> keys) {
                return mongo.find(Query.query(Criteria.where("organisationId").is(organisationId).and("kind").is(kind)
                        .and("keys").in(keys)), EntityDocument.class).map(EntityDocument::toDomain);
            }

            @Override
            public Flux<MappedEntity> findByKind(String organisationId, EntityKind kind) {
                return mongo.find(Query.query(Criteria.where("organisationId").is(organisationId).and("kind").is(kind)),
                        EntityDocument.class).map(EntityDocument::toDomain);
            }

            @Override
            public Mono<Void> delete(String id) {
                return mongo.remove(byId(id), EntityDocument.class).then();
            }
        };
    }

    static Links links(ReactiveMongoTemplate mongo) {
        return new Links() {
            @Override
            public Mono<Link> insertIfAbsent(Link link) {
                return mongo.insert(LinkDocument.of(link))
                        .onErrorResume(DuplicateKeyException.class, already -> mongo.findById(link.id(), LinkDocument.class))
                        .map(LinkDocument::toDomain);
            }

            @Override
            public Mono<Link> save(Link link) {
                return mongo.save(LinkDocument.of(link)).map(LinkDocument::toDomain);
            }

            @Override
            public Mono<Link> findById(String id) {
                return mongo.findById(id, LinkDocument.class).map(LinkDocument::toDomain);
            }

            @Override
            public Flux<Link> findByEntity(String entityId) {
                return mongo.find(Query.query(Criteria.where("entityId").is(entityId)).with(Sort.by("joinedAt", "_id")),
                        LinkDocument.class).map(LinkDocument::toDomain);
            }

            @Override
            public Flux<Link> findByEntities(Collection<String> entityIds) {
                return entityIds.isEmpty() ? Flux.empty()
                        : mongo.find(Query.query(Criteria.where("entityId").in(entityIds)), LinkDocument.class)
                        .map(LinkDocument::toDomain);
            }

            @Override
            public Flux<Link> findByYoungPerson(String youngPersonId) {
                return mongo.find(Query.query(Criteria.where("youngPersonId").is(youngPersonId))
                        .with(Sort.by(Sort.Direction.DESC, "observedAt")), LinkDocument.class).map(LinkDocument::toDomain);
            }

            @Override
            public Flux<Link> observedBetween(String organisationId, EntityKind kind, Instant from, Instant until) {
                return mongo.find(Query.query(Criteria.where("organisationId").is(organisationId).and("kind").is(kind)
                        .and("observedAt").gte(from).lt(until)), LinkDocument.class).map(LinkDocument::toDomain);
            }

            @Override
            public Flux<EntityChildren> childrenByEntity(String organisationId, Instant until) {
                Criteria links = Criteria.where("organisationId").is(organisationId);
                Aggregation aggregation = Aggregation.newAggregation(
                        Aggregation.match(until == null ? links : links.and("joinedAt").lt(until)),
                        Aggregation.group("entityId").addToSet("youngPersonId").as("childIds")
                                .max("joinedAt").as("linkedAt"));
                return mongo.aggregate(aggregation, "mapping_links", EntityChildrenRow.class)
                        .map(row -> new EntityChildren(row.id(), row.childIds(), row.linkedAt()));
            }

            @Override
            public Mono<Void> delete(String id) {
                return mongo.remove(byId(id), LinkDocument.class).then();
            }
        };
    }

    static MatchCandidates matches(ReactiveMongoTemplate mongo) {
        return new MatchCandidates() {
            @Override
            public Mono<Boolean> insertIfAbsent(MatchCandidate candidate) {
                return mongo.insert(MatchDocument.of(candidate)).thenReturn(true)
                        .onErrorResume(DuplicateKeyException.class, already -> Mono.just(false));
            }

            @Override
            public Mono<MatchCandidate> findById(String id) {
                return mongo.findById(id, MatchDocument.class).map(MatchDocument::toDomain);
            }

            @Override
            public Mono<MatchCandidate> save(MatchCandidate candidate) {
                return mongo.save(MatchDocument.of(candidate)).map(MatchDocument::toDomain);
            }

            @Override
            public Flux<MatchCandidate> findByStatus(String organisationId, MatchCandidate.Status status) {
                return mongo.find(Query.query(Criteria.where("organisationId").is(organisationId).and("status").is(status))
                        .with(Sort.by("createdAt", "_id")), MatchDocument.class).map(MatchDocument::toDomain);
            }

            @Override
            public Flux<MatchCandidate> findByEntity(String entityId) {
                return mongo.find(Query.query(new Criteria().orOperator(Criteria.where("entityId").is(entityId),
                        Criteria.where("candidateId").is(entityId))), MatchDocument.class).map(MatchDocument::toDomain);
            }

            @Override
            public Mono<Void> delete(String id) {
                return mongo.remove(byId(id), MatchDocument.class).then();
            }
        };
    }

    static RiskNotices notices(ReactiveMongoTemplate mongo) {
        return new RiskNotices() {
            @Override
            public Mono<Void> insertIfAbsent(RiskNotice notice) {
                return mongo.insert(NoticeDocument.of(notice)).then()
                        .onErrorResume(DuplicateKeyException.class, already -> Mono.empty());
            }

            @Override
            public Mono<RiskNotice> findById(String id) {
                return mongo.findById(id, NoticeDocument.class).map(NoticeDocument::toDomain);
            }

            @Override
            public Mono<Void> markPushed(String id, Instant at) {
                return mongo.updateFirst(byId(id), new Update().set("pushedAt", at), NoticeDocument.class).then();
            }

            @Override
            public Flux<RiskNotice> findByRecipient(String recipientId, int limit) {
                return mongo.find(Query.query(Criteria.where("recipientId").is(recipientId))
                                .with(Sort.by(Sort.Direction.DESC, "createdAt", "_id")).limit(limit), NoticeDocument.class)
                        .map(NoticeDocument::toDomain);
            }
        };
    }
}
