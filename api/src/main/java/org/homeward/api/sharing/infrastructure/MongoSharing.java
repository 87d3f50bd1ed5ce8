package org.homeward.api.sharing.infrastructure;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

import org.homeward.api.sharing.Disclosure;
import org.homeward.api.sharing.Disclosures;
import org.homeward.api.sharing.Meeting;
import org.homeward.api.sharing.MeetingAction;
import org.homeward.api.sharing.MeetingActions;
import org.homeward.api.sharing.MeetingPack;
import org.homeward.api.sharing.MeetingPacks;
import org.homeward.api.sharing.Meetings;
import org.homeward.api.sharing.PartnerAgencies;
import org.homeward.api.sharing.PartnerAgency;
import org.homeward.api.sharing.PartnerMember;
import org.homeward.api.sharing.PartnerMembers;
import org.homeward.api.sharing.SchoolLink;
import org.homeward.api.sharing.SchoolLinks;
import org.homeward.infra.errors.Conflict;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/** The sharing feature's MongoDB adapters: domain records stored whole, beside the fields they are found by. */
final class MongoSharing {

    private MongoSharing() {
    }

    @Document("partner_agencies")
    record AgencyDocument(@Id String id, @Indexed String organisationId, String name, PartnerAgency agency) {
    }

    @Document("partner_members")
    record MemberDocument(@Id String id, @Indexed String agencyId, PartnerMember member) {
    }

    @Document("school_links")
    record SchoolDocument(@Id String youngPersonId, @Indexed String agencyId, SchoolLink link) {
    }

    @Document("meetings")
    record MeetingDocument(@Id String organisationId, String day, String time, String zone, long leadSeconds,
                           String setBy, Instant setAt) {
        static MeetingDocument of(Meeting meeting) {
            return new MeetingDocument(meeting.organisationId(), meeting.day().name(), meeting.time().toString(),
                    meeting.zone().getId(), meeting.leadTime().toSeconds(), meeting.setBy(), meeting.setAt());
        }

        Meeting toDomain() {
            return new Meeting(organisationId, DayOfWeek.valueOf(day), LocalTime.parse(time), ZoneId.of(zone),
                    Duration.ofSeconds(leadSeconds), setBy, setAt);
        }
    }

    @Document("meeting_packs")
    record PackDocument(@Id String id, @Indexed String organisationId, Instant meetingAt, long version,
                        MeetingPack pack) {
        static PackDocument of(MeetingPack pack) {
            return new PackDocument(pack.id(), pack.organisationId(), pack.meetingAt(), pack.version(), pack);
        }
    }

    @Document("disclosures")
    record DisclosureDocument(@Id String id, @Indexed String youngPersonId, @Indexed String packId, Instant sharedAt,
                              Disclosure disclosure) {
    }

    @Document("meeting_actions")
    record ActionDocument(@Id String id, @Indexed String organisationId, @Indexed String ownerId, Instant due,
                          long version, MeetingAction action) {
        static ActionDocument of(MeetingAction action) {
            return new ActionDocument(action.id(), action.organisationId(), action.ownerId(), action.due(),
                    action.version(), action);
        }
    }

    static PartnerAgencies agencies(ReactiveMongoTemplate mongo) {
        return new PartnerAgencies() {
            @Override
            public Mono<PartnerAgency> save(PartnerAgency agency) {
                return mongo.save(new AgencyDocument(agency.id(), agency.organisationId(), agency.name(), agency))
                        .map(AgencyDocument::agency);
            }

            @Override
            public Mono<PartnerAgency> findById(String id) {
                return mongo.findById(id, AgencyDocument.class).map(AgencyDocument::agency);
            }

            @Override
            public Flux<PartnerAgency> findByOrganisation(String organisationId) {
                return mongo.find(Query.query(Criteria.where("organisationId").is(organisationId))
                        .with(Sort.by("name", "_id")), AgencyDocument.class).map(AgencyDocument::agency);
            }
        };
    }

    static PartnerMembers members(ReactiveMongoTemplate mongo) {
        return new PartnerMembers() {
            @Override
            public Mono<PartnerMember> save(PartnerMember member) {
                return mongo.save(new MemberDocument(member.id(), member.agencyId(), member)).map(MemberDocument::member);
            }

            @Override
            public Mono<PartnerMember> findById(String id) {
                return mongo.findById(id, MemberDocument.class).map(MemberDocument::member);
            }

            @Override
            public Flux<PartnerMember> findByAgency(String agencyId) {
                return mongo.find(Query.query(Criteria.where("agencyId").is(agencyId)).with(Sort.by("_id")),
                        MemberDocument.class).map(MemberDocument::member);
            }
        };
    }

    static SchoolLinks schools(ReactiveMongoTemplate mongo) {
        return new SchoolLinks() {
            @Override
            public Mono<SchoolLink> save(SchoolLink link) {
                return mongo.save(new SchoolDocument(link.youngPersonId(), link.agencyId(), link))
                        .map(SchoolDocument::link);
            }

            @Override
            public Mono<SchoolLink> findByYoungPerson(String youngPersonId) {
                return mongo.findById(youngPersonId, SchoolDocument.class).map(SchoolDocument::link);
            }

            @Override
            public Flux<SchoolLink> findByAgency(String agencyId) {
                return mongo.find(Query.query(Criteria.where("agencyId").is(agencyId)), SchoolDocument.class)
                        .map(SchoolDocument::link);
            }
        };
    }

    static Meetings meetings(ReactiveMongoTemplate mongo) {
        return new Meetings() {
            @Override
            public Mono<Meeting> save(Meeting meeting) {
                return mongo.save(MeetingDocument.of(meeting)).map(MeetingDocument::toDomain);
            }

            @Override
            public Mono<Meeting> findByOrganisation(String organisationId) {
                return mongo.findById(organisationId, MeetingDocument.class).map(MeetingDocument::toDomain);
            }
        };
    }

    static MeetingPacks packs(ReactiveMongoTemplate mongo) {
        return new MeetingPacks() {
            @Override
            public Mono<MeetingPack> insertIfAbsent(MeetingPack pack) {
                return mongo.insert(PackDocument.of(pack)).map(PackDocument::pack)
                        .onErrorResume(DuplicateKeyException.class, taken -> findById(pack.id()));
            }

            @Override
            public Mono<MeetingPack> findById(String id) {
                return mongo.findById(id, PackDocument.class).map(PackDocument::pack);
            }

            @Override
            public Flux<MeetingPack> findByOrganisation(String organisationId) {
                return mongo.find(Query.query(Criteria.where("organisationId").is(organisationId))
                        .with(Sort.by(Sort.Direction.DESC, "meetingAt")), PackDocument.class).map(PackDocument::pack);
            }

            @Override
            public Mono<MeetingPack> latestBefore(String organisationId, Instant meetingAt) {
                return mongo.findOne(Query.query(Criteria.where("organisationId").is(organisationId)
                                .and("meetingAt").lt(meetingAt)).with(Sort.by(Sort.Direction.DESC, "meetingAt")).limit(1),
                        PackDocument.class).map(PackDocument::pack);
            }

            @Override
            public Mono<MeetingPack> change(String id, Function<MeetingPack, MeetingPack> change) {
                return Mono.defer(() -> findById(id).flatMap(current -> {
                            MeetingPack changed = change.apply(current);
                            if (changed.equals(current)) {
                                return Mono.just(current);
                            }
                            MeetingPack next = changed.withVersion(current.version() + 1);
                            Query unchanged = Query.query(Criteria.where("_id").is(id).and("version").is(current.version()));
                            return mongo.findAndReplace(unchanged, PackDocument.of(next)).map(previous -> next)
                                    .switchIfEmpty(Mono.error(new Conflict("The pack changed meanwhile")));
                        }))
                        .retryWhen(Retry.backoff(8, Duration.ofMillis(5)).filter(Conflict.class::isInstance)
                                .onRetryExhaustedThrow((spec, signal) -> signal.failure()));
            }
        };
    }

    static Disclosures disclosures(ReactiveMongoTemplate mongo) {
        return new Disclosures() {
            @Override
            public Mono<Void> recordAll(List<Disclosure> disclosures) {
                return Flux.fromIterable(disclosures)
                        .flatMap(d -> mongo.save(new DisclosureDocument(d.id(), d.youngPersonId(), d.packId(),
                                d.sharedAt(), d)), 16)
                        .then();
            }

            @Override
            public Flux<Disclosure> findByYoungPerson(String youngPersonId) {
                return mongo.find(Query.query(Criteria.where("youngPersonId").is(youngPersonId))
                                .with(Sort.by(Sort.Direction.DESC, "sharedAt").and(Sort.by("_id"))),
                        DisclosureDocument.class).map(DisclosureDocument::disclosure);
            }

            @Override
            public Flux<Disclosure> findByPack(String packId) {
                return mongo.find(Query.query(Criteria.where("packId").is(packId)), DisclosureDocument.class)
                        .map(DisclosureDocument::disclosure);
            }
        };
    }

    static MeetingActions actions(ReactiveMongoTemplate mongo) {
        return new MeetingActions() {
            @Override
            public Mono<MeetingAction> insert(MeetingAction action) {
                return mongo.insert(ActionDocument.of(action)).map(ActionDocument::action);
            }

            @Override
            public Mono<MeetingAction> findById(String id) {
                return mongo.findById(id, ActionDocument.class).map(ActionDocument::action);
            }

            @Override
            public Flux<MeetingAction> findByOrganisation(String organisationId) {
                return mongo.find(Query.query(Criteria.where("organisationId").is(organisationId))
                        .with(Sort.by("due", "_id")), ActionDocument.class).map(ActionDocument::action);
            }

            @Override
            public Flux<MeetingAction> findByOwner(String ownerId) {
                return mongo.find(Query.query(Criteria.where("ownerId").is(ownerId)).with(Sort.by("due", "_id")),
                        ActionDocument.class).map(ActionDocument::action);
            }

            @Override
            public Mono<MeetingAction> change(String id, Function<MeetingAction, MeetingAction> change) {
                return Mono.defer(() -> findById(id).flatMap(current -> {
                            MeetingAction changed = change.apply(current);
                            if (changed.equals(current)) {
                                return Mono.just(current);
                            }
                            MeetingAction next = changed.withVersion(current.version() + 1);
                            Query unchanged = Query.query(Criteria.where("_id").is(id).and("version").is(current.version()));
                            return mongo.findAndReplace(unchanged, ActionDocument.of(next)).map(previous -> next)
                                    .switchIfEmpty(Mono.error(new Conflict("The action changed meanwhile")));
                        }))
                        .retryWhen(Retry.backoff(8, Duration.ofMillis(5)).filter(Conflict.class::isInstance)
                                .onRetryExhaustedThrow((spec, signal) -> signal.failure()));
            }
        };
    }
}
