package org.homeward.api.mapping.infrastructure;

import java.time.Clock;

import org.homeward.api.episodes.MissingEpisodes;
import org.homeward.api.episodes.PhilomenaProfiles;
import org.homeward.api.interviews.Interviews;
import org.homeward.api.mapping.AddingLink;
import org.homeward.api.mapping.DecidingMatch;
import org.homeward.api.mapping.ExpiringUnlinkedEntity;
import org.homeward.api.mapping.FollowingUpLink;
import org.homeward.api.mapping.MappingAccess;
import org.homeward.api.mapping.MappingEpisodes;
import org.homeward.api.mapping.MappingInterviews;
import org.homeward.api.mapping.MappingPhilomena;
import org.homeward.api.mapping.MergingEntities;
import org.homeward.api.mapping.ReadingEntity;
import org.homeward.api.mapping.ReadingHotspots;
import org.homeward.api.mapping.ReadingMatchQueue;
import org.homeward.api.mapping.ReadingNetwork;
import org.homeward.api.mapping.ReadingRiskNotices;
import org.homeward.api.mapping.ReadingSharedEntities;
import org.homeward.api.mapping.WithdrawingLink;
import org.homeward.api.mapping.LinkingMention;
import org.homeward.api.mapping.Links;
import org.homeward.api.mapping.LinksFromMapping;
import org.homeward.api.mapping.MappedEntities;
import org.homeward.api.mapping.Matching;
import org.homeward.api.mapping.MatchCandidates;
import org.homeward.api.mapping.RiskNotices;
import org.homeward.api.people.Caseloads;
import org.homeward.api.people.Devices;
import org.homeward.api.people.Relationships;
import org.homeward.api.people.YoungPeople;
import org.homeward.api.sharing.LinksAcrossChildren;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.push.PushGateway;
import org.homeward.infra.timer.Timers;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/** Risk mapping: its stores, use cases, timers and event subscribers. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MappingSettings.class)
class MappingConfiguration {

    @Bean
    MappedEntities mappedEntities(ReactiveMongoTemplate mongo) {
        return MongoMapping.entities(mongo);
    }

    @Bean
    Links mappingLinks(ReactiveMongoTemplate mongo) {
        return MongoMapping.links(mongo);
    }

    @Bean
    MatchCandidates matchCandidates(ReactiveMongoTemplate mongo) {
        return MongoMapping.matches(mongo);
    }

    @Bean
    RiskNotices riskNotices(ReactiveMongoTemplate mongo) {
        return MongoMapping.notices(mongo);
    }

    @Bean
    Matching matching(MappingSettings settings) {
        return new Matching(settings.matchThreshold());
    }

    @Bean
    LinkingMention linkingMention(MappedEntities entities, Links links, Timers timers, Clock clock) {
        return new LinkingMention(entities, links, timers, clock);
    }

    @Bean
    FollowingUpLink followingUpLink(MappedEntities entities, Links links, MatchCandidates matches, RiskNotices notices,
                                    Caseloads caseloads, YoungPeople youngPeople, Devices devices, PushGateway push,
                                    AuditLog audit, Matching matching, Clock clock) {
        return new FollowingUpLink(entities, links, matches, notices, caseloads, youngPeople, devices, push, audit,
                matching, clock);
    }

    @Bean
    MappingAccess mappingAccess(Relationships relationships) {
        return new MappingAccess(relationships);
    }

    @Bean
    AddingLink addingLink(MappingAccess access, LinkingMention linking, AuditLog audit, Clock clock) {
        return new AddingLink(access, linking, audit, clock);
    }

    @Bean
    WithdrawingLink withdrawingLink(MappingAccess access, Links links, MappedEntities entities, Timers timers,
                                    AuditLog audit, MappingSettings settings, Clock clock) {
        return new WithdrawingLink(access, links, entities, timers, audit, settings.unlinkedRetention(), clock);
    }

    @Bean
    ExpiringUnlinkedEntity expiringUnlinkedEntity(MappedEntities entities, Links links, MatchCandidates matches) {
        return new ExpiringUnlinkedEntity(entities, links, matches);
    }

    @Bean
    MergingEntities mergingEntities(MatchCandidates matches, MappedEntities entities, Links links, Timers timers,
                                    Clock clock) {
        return new MergingEntities(matches, entities, links, timers, clock);
    }

    @Bean
    DecidingMatch decidingMatch(MappingAccess access, MatchCandidates matches, Links links, MergingEntities merging,
                                Timers timers, AuditLog audit, Clock clock) {
        return new DecidingMatch(access, matches, links, merging, timers, audit, clock);
    }

    @Bean
    ReadingNetwork readingNetwork(MappingAccess access, Links links, MappedEntities entities, AuditLog audit) {
        return new ReadingNetwork(access, links, entities, audit);
    }

    @Bean
    ReadingEntity readingEntity(MappingAccess access, MappedEntities entities, Links links, AuditLog audit) {
        return new ReadingEntity(access, entities, links, audit);
    }

    @Bean
    ReadingSharedEntities readingSharedEntities(MappingAccess access, Links links, MappedEntities entities,
                                                AuditLog audit) {
        return new ReadingSharedEntities(access, links, entities, audit);
    }

    @Bean
    ReadingHotspots readingHotspots(MappingAccess access, Links links, MappedEntities entities, AuditLog audit,
                                    MappingSettings settings, Clock clock) {
        return new ReadingHotspots(access, links, entities, audit, settings.hotspotWindow(), clock);
    }

    @Bean
    ReadingMatchQueue readingMatchQueue(MappingAccess access, MatchCandidates matches, MappedEntities entities,
                                        Links links, AuditLog audit) {
        return new ReadingMatchQueue(access, matches, entities, links, audit);
    }

    @Bean
    ReadingRiskNotices readingRiskNotices(RiskNotices notices, AuditLog audit, MappingSettings settings) {
        return new ReadingRiskNotices(notices, audit, settings.noticeLimit());
    }

    @Bean
    MappingInterviews mappingInterviews(Interviews interviews, LinkingMention linking) {
        return new MappingInterviews(interviews, linking);
    }

    @Bean
    MappingEpisodes mappingEpisodes(MissingEpisodes episodes, LinkingMention linking) {
        return new MappingEpisodes(episodes, linking);
    }

    @Bean
    MappingPhilomena mappingPhilomena(PhilomenaProfiles profiles, LinkingMention linking, Clock clock) {
        return new MappingPhilomena(profiles, linking, clock);
    }

    /** The meeting pack's port (sharing), answered from confirmed links. */
    @Bean
    LinksAcrossChildren linksAcrossChildren(MappedEntities entities, Links links) {
        return new LinksFromMapping(entities, links);
    }
}
