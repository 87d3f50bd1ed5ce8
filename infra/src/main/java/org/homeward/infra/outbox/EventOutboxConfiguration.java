package org.homeward.infra.outbox;

import java.time.Clock;
import org.homeward.infra.timer.Timers;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/** The event outbox; subscribers are every {@link EventSubscriber} bean. */
@Configuration(proxyBeanMethods = false)
class EventOutboxConfiguration {

    @Bean
    MongoEventOutbox eventOutbox(ReactiveMongoTemplate mongo, Timers timers, ObjectProvider<EventSubscriber> subscribers,
                                 Clock clock) {
        return new MongoEventOutbox(mongo, timers, subscribers.orderedStream().toList(), clock);
    }
}
