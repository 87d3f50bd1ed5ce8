package org.homeward.api.mapping.infrastructure;

import java.time.Clock;

import org.homeward.api.mapping.FollowingUpLink;
import org.homeward.api.mapping.LinkingMention;
import org.homeward.api.mapping.Links;
import org.homeward.api.mapping.LinksFromMapping;
import org.homeward.api.mapping.MappedEntities;
import org.homeward.api.mapping.Matching;
import org.homeward.api.mapping.MatchCandidates;
import org.homeward.api.mapping.RiskNotices;
import org.homeward.api.people.Caseloads;
import org.homeward.api.people.Devices;
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

    /** The meeting pack's port (sharing), answered from confirmed links. */
    @Bean
    LinksAcrossChildren linksAcrossChildren(MappedEntities entities, Links links) {
        return new LinksFromMapping(entities, links);
    }
}
