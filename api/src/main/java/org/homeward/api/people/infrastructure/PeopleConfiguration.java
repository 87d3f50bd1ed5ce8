package org.homeward.api.people.infrastructure;

import java.time.Clock;
import java.util.List;

import org.homeward.api.people.Carers;
import org.homeward.api.people.Caseloads;
import org.homeward.api.people.Devices;
import org.homeward.api.people.InvitingUsers;
import org.homeward.api.people.ManagingCarers;
import org.homeward.api.people.ManagingOrganisations;
import org.homeward.api.people.ManagingPlacements;
import org.homeward.api.people.ManagingStaff;
import org.homeward.api.people.ManagingYoungPeople;
import org.homeward.api.people.Organisations;
import org.homeward.api.people.PartnerMemberships;
import org.homeward.api.people.PersonAccounts;
import org.homeward.api.people.Placements;
import org.homeward.api.people.ReadingAuditLog;
import org.homeward.api.people.ScreeningNames;
import org.homeward.api.people.RegisteringDevices;
import org.homeward.api.people.Relationships;
import org.homeward.api.people.Responders;
import org.homeward.api.people.Stewardship;
import org.homeward.api.people.Teams;
import org.homeward.api.people.Workers;
import org.homeward.api.people.YoungPeople;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.identity.Accounts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/** Wires the people feature: Mongo adapters behind the ports, use cases free of Spring. */
@Configuration(proxyBeanMethods = false)
class PeopleConfiguration {

    @Bean Organisations organisations(ReactiveMongoTemplate mongo) { return MongoPeople.organisations(mongo); }
    @Bean YoungPeople youngPeople(ReactiveMongoTemplate mongo) { return MongoPeople.youngPeople(mongo); }
    @Bean Carers carers(ReactiveMongoTemplate mongo) { return MongoPeople.carers(mongo); }
    @Bean Workers workers(ReactiveMongoTemplate mongo) { return MongoPeople.workers(mongo); }
    @Bean Teams teams(ReactiveMongoTemplate mongo) { return MongoPeople.teams(mongo); }
    @Bean Placements placements(ReactiveMongoTemplate mongo) { return MongoPeople.placements(mongo); }
    @Bean Caseloads caseloads(ReactiveMongoTemplate mongo) { return MongoPeople.caseloads(mongo); }
    @Bean Devices devices(ReactiveMongoTemplate mongo) { return MongoPeople.devices(mongo); }
    @Bean PersonAccounts personAccounts(ReactiveMongoTemplate mongo) { return new MongoPersonAccounts(mongo); }

    @Bean
    Relationships relationships(YoungPeople youngPeople, Placements placements, Caseloads caseloads, Workers workers,
                                Carers carers, List<Responders> responders, Clock clock) {
        return new Relationships(youngPeople, placements, caseloads, workers, carers, responders, clock);
    }

    /** Moderation screens submitted material against the names on record, through this (audited) port. */
    @Bean
    ScreeningNames screeningNames(YoungPeople youngPeople, Carers carers, Workers workers, AuditLog audit,
                                  Clock clock) {
        return new ScreeningNames(youngPeople, carers, workers, audit, clock);
    }

    @Bean
    Stewardship stewardship(Organisations organisations) {
        return new Stewardship(organisations);
    }

    @Bean
    ManagingOrganisations managingOrganisations(Organisations organisations, Stewardship stewardship) {
        return new ManagingOrganisations(organisations, stewardship);
    }

    @Bean
    ManagingStaff managingStaff(Teams teams, Workers workers, Stewardship stewardship) {
        return new ManagingStaff(teams, workers, stewardship);
    }

    @Bean
    ManagingCarers managingCarers(Carers carers, Stewardship stewardship, Placements placements, AuditLog audit,
                                  Clock clock) {
        return new ManagingCarers(carers, stewardship, placements, audit, clock);
    }

    @Bean
    ManagingYoungPeople managingYoungPeople(YoungPeople youngPeople, Placements placements, Carers carers,
                                            Relationships relationships, Stewardship stewardship, AuditLog audit,
                                            Clock clock) {
        return new ManagingYoungPeople(youngPeople, placements, carers, relationships, stewardship, audit, clock);
    }

    @Bean
    ManagingPlacements managingPlacements(YoungPeople youngPeople, Carers carers, Workers workers,
                                          Placements placements, Caseloads caseloads, AuditLog audit, Clock clock) {
        return new ManagingPlacements(youngPeople, carers, workers, placements, caseloads, audit, clock);
    }

    @Bean
    InvitingUsers invitingUsers(Accounts accounts, PersonAccounts personAccounts, Organisations organisations,
                                YoungPeople youngPeople, Carers carers, Workers workers, PartnerMemberships partners,
                                AuditLog audit, Clock clock) {
        return new InvitingUsers(accounts, personAccounts, organisations, youngPeople, carers, workers, partners,
                audit, clock);
    }

    @Bean
    ReadingAuditLog readingAuditLog(YoungPeople youngPeople, Relationships relationships, AuditLog audit) {
        return new ReadingAuditLog(youngPeople, relationships, audit);
    }

    @Bean
    RegisteringDevices registeringDevices(Devices devices, Clock clock) {
        return new RegisteringDevices(devices, clock);
    }
}
