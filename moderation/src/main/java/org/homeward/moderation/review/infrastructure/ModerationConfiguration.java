package org.homeward.moderation.review.infrastructure;

import java.time.Clock;
import java.util.List;

import org.homeward.moderation.review.Claiming;
import org.homeward.moderation.review.DecisionSubscriber;
import org.homeward.moderation.review.Deciding;
import org.homeward.moderation.review.ReadingQueue;
import org.homeward.moderation.review.ReceivingReports;
import org.homeward.moderation.review.RedeliveringDecisions;
import org.homeward.moderation.review.Reviewables;
import org.homeward.moderation.review.SubmittingForPublication;
import org.homeward.moderation.screening.KnownNames;
import org.homeward.moderation.screening.Screening;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/** Wires moderation: the queue in MongoDB, screening with the configured terms, use cases free of Spring. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ModerationSettings.class)
class ModerationConfiguration {

    @Bean
    Reviewables reviewables(ReactiveMongoTemplate mongo) {
        return new MongoReviewables(mongo);
    }

    @Bean
    Screening screening(KnownNames knownNames, ModerationSettings settings) {
        return new Screening(knownNames, settings.harmfulTerms(), settings.phoneRegion());
    }

    @Bean
    SubmittingForPublication submittingForPublication(Reviewables reviewables, Screening screening, Clock clock) {
        return new SubmittingForPublication(reviewables, screening, clock);
    }

    @Bean
    ReceivingReports receivingReports(Reviewables reviewables, Screening screening, Clock clock) {
        return new ReceivingReports(reviewables, screening, clock);
    }

    @Bean
    Claiming claiming(Reviewables reviewables, ModerationSettings settings, Clock clock) {
        return new Claiming(reviewables, settings.claimLease(), clock);
    }

    @Bean
    Deciding deciding(Reviewables reviewables, ObjectProvider<DecisionSubscriber> subscribers, Clock clock) {
        List<DecisionSubscriber> all = subscribers.orderedStream().toList();
        return new Deciding(reviewables, all, clock);
    }

    @Bean
    RedeliveringDecisions redeliveringDecisions(Reviewables reviewables, ObjectProvider<DecisionSubscriber> subscribers,
                                                ModerationSettings settings, Clock clock) {
        return new RedeliveringDecisions(reviewables, subscribers.orderedStream().toList(),
                settings.redeliveryGrace(), clock);
    }

    @Bean
    DecisionRedelivery decisionRedelivery(RedeliveringDecisions redelivering, ModerationSettings settings) {
        return new DecisionRedelivery(redelivering, settings.redeliveryEvery());
    }

    @Bean
    ReadingQueue readingQueue(Reviewables reviewables) {
        return new ReadingQueue(reviewables);
    }
}
