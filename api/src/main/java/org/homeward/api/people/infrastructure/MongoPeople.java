package org.homeward.api.people.infrastructure;

import java.util.Collection;
import java.util.function.Function;

import org.homeward.api.people.Carer;
import org.homeward.api.people.Carers;
import org.homeward.api.people.Caseload;
import org.homeward.api.people.Caseloads;
import org.homeward.api.people.Device;
import org.homeward.api.people.Devices;
import org.homeward.api.people.Organisation;
import org.homeward.api.people.Organisations;
import org.homeward.api.people.Placement;
import org.homeward.api.people.Placements;
import org.homeward.api.people.Team;
import org.homeward.api.people.Teams;
import org.homeward.api.people.Worker;
import org.homeward.api.people.Workers;
import org.homeward.api.people.YoungPeople;
import org.homeward.api.people.YoungPerson;
import org.homeward.api.people.infrastructure.Documents.CarerDocument;
import org.homeward.api.people.infrastructure.Documents.CaseloadDocument;
import org.homeward.api.people.infrastructure.Documents.DeviceDocument;
import org.homeward.api.people.infrastructure.Documents.OrganisationDocument;
import org.homeward.api.people.infrastructure.Documents.PlacementDocument;
import org.homeward.api.people.infrastructure.Documents.TeamDocument;
import org.homeward.api.people.infrastructure.Documents.WorkerDocument;
import org.homeward.api.people.infrastructure.Documents.YoungPersonDocument;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The people collections in MongoDB. */
final class MongoPeople {

    private MongoPeople() {
    }

    /** The operations every people collection shares, over its document type. */
    static final class Stored<T, D> {
        /** The most values one {@code $in} query names. */
        static final int IN_CHUNK = 500;

        private final ReactiveMongoTemplate mongo;
        private final Class<D> type;
        private final Function<T, D> toDocument;
        private final Function<D, T> toDomain;

        Stored(ReactiveMongoTemplate mongo, Class<D> type, Function<T, D> toDocument, Function<D, T> toDomain) {
            this.mongo = mongo;
            this.type = type;
            this.toDocument = toDocument;
            this.toDomain = toDomain;
        }

        Mono<T> save(T item) {
            return mongo.save(toDocument.apply(item)).map(toDomain);
        }

        Mono<T> findById(String id) {
            return mongo.findById(id, type).map(toDomain);
        }

        Flux<T> findAll() {
            return mongo.findAll(type).map(toDomain);
        }

        Flux<T> findBy(String field, Object value) {
            return mongo.find(Query.query(Criteria.where(field).is(value)), type).map(toDomain);
        }

        /**
         * In chunks of {@value #IN_CHUNK} values: the embedded server checks each document it finds
         * against the whole {@code $in} list, value by value, so one query for 25,000 children (an
         * inspectors' list) took seconds; a real MongoDB is as happy with either.
         */
        Flux<T> findIn(String field, Collection<String> values) {
            return Flux.fromIterable(new java.util.LinkedHashSet<>(values)).buffer(IN_CHUNK)
                    .concatMap(chunk -> mongo.find(Query.query(Criteria.where(field).in(chunk)), type))
                    .map(toDomain);
        }
    }

    static Organisations organisations(ReactiveMongoTemplate mongo) {
        var c = new Stored<>(mongo, OrganisationDocument.class, OrganisationDocument::of, OrganisationDocument::toDomain);
        return new Organisations() {
            public Mono<Organisation> save(Organisation o) { return c.save(o); }
            public Mono<Organisation> findById(String id) { return c.findById(id); }
            public Flux<Organisation> findAll() { return c.findAll(); }
        };
    }

    static YoungPeople youngPeople(ReactiveMongoTemplate mongo) {
        var c = new Stored<>(mongo, YoungPersonDocument.class, YoungPersonDocument::of, YoungPersonDocument::toDomain);
        return new YoungPeople() {
            public Mono<YoungPerson> save(YoungPerson y) { return c.save(y); }
            public Mono<YoungPerson> findById(String id) { return c.findById(id); }
            public Flux<YoungPerson> findByIds(Collection<String> ids) { return c.findIn("_id", ids); }
            public Flux<YoungPerson> findByOrganisation(String org) { return c.findBy("organisationId", org); }
        };
    }

    static Carers carers(ReactiveMongoTemplate mongo) {
        var c = new Stored<>(mongo, CarerDocument.class, CarerDocument::of, CarerDocument::toDomain);
        return new Carers() {
            public Mono<Carer> save(Carer carer) { return c.save(carer); }
            public Mono<Carer> findById(String id) { return c.findById(id); }
            public Flux<Carer> findByIds(Collection<String> ids) { return c.findIn("_id", ids); }
            public Flux<Carer> findByOrganisation(String org) { return c.findBy("organisationId", org); }
        };
    }

    static Workers workers(ReactiveMongoTemplate mongo) {
        var c = new Stored<>(mongo, WorkerDocument.class, WorkerDocument::of, WorkerDocument::toDomain);
        return new Workers() {
            public Mono<Worker> save(Worker w) { return c.save(w); }
            public Mono<Worker> findById(String id) { return c.findById(id); }
            public Flux<Worker> findByTeam(String teamId) { return c.findBy("teamId", teamId); }
            public Flux<Worker> findByOrganisation(String org) { return c.findBy("organisationId", org); }
        };
    }

    static Teams teams(ReactiveMongoTemplate mongo) {
        var c = new Stored<>(mongo, TeamDocument.class, TeamDocument::of, TeamDocument::toDomain);
        return new Teams() {
            public Mono<Team> save(Team t) { return c.save(t); }
            public Mono<Team> findById(String id) { return c.findById(id); }
            public Flux<Team> findByOrganisation(String org) { return c.findBy("organisationId", org); }
        };
    }

    static Placements placements(ReactiveMongoTemplate mongo) {
        var c = new Stored<>(mongo, PlacementDocument.class, PlacementDocument::of, PlacementDocument::toDomain);
        return new Placements() {
            public Mono<Placement> save(Placement p) { return c.save(p); }
            public Mono<Placement> findById(String id) { return c.findById(id); }
            public Flux<Placement> findByYoungPerson(String id) { return c.findBy("youngPersonId", id); }
            public Flux<Placement> findByCarer(String carerId) { return c.findBy("carerIds", carerId); }
        };
    }

    static Caseloads caseloads(ReactiveMongoTemplate mongo) {
        var c = new Stored<>(mongo, CaseloadDocument.class, CaseloadDocument::of, CaseloadDocument::toDomain);
        return new Caseloads() {
            public Mono<Caseload> save(Caseload caseload) { return c.save(caseload); }
            public Mono<Caseload> findById(String id) { return c.findById(id); }
            public Flux<Caseload> findByWorkers(Collection<String> ids) { return c.findIn("workerId", ids); }
            public Flux<Caseload> findByYoungPerson(String id) { return c.findBy("youngPersonId", id); }
        };
    }

    static Devices devices(ReactiveMongoTemplate mongo) {
        return new Devices() {
            public Mono<Device> register(Device device) {
                Query same = Query.query(Criteria.where("personId").is(device.personId()).and("token").is(device.token()));
                Update update = new Update().set("platform", device.platform()).set("registeredAt", device.registeredAt());
                return mongo.findAndModify(same, update, FindAndModifyOptions.options().upsert(true).returnNew(true),
                        DeviceDocument.class).map(MongoPeople::toDevice);
            }

            public Mono<Boolean> remove(String personId, String token) {
                return mongo.remove(Query.query(Criteria.where("personId").is(personId).and("token").is(token)),
                        DeviceDocument.class).map(result -> result.getDeletedCount() > 0);
            }

            public Flux<Device> findByPeople(Collection<String> personIds) {
                return personIds.isEmpty() ? Flux.empty()
                        : mongo.find(Query.query(Criteria.where("personId").in(personIds)), DeviceDocument.class)
                        .map(MongoPeople::toDevice);
            }
        };
    }

    private static Device toDevice(DeviceDocument d) {
        return new Device(d.personId(), d.token(), d.platform(), d.registeredAt());
    }
}
