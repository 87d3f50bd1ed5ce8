package org.homeward.infra.timer;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/** The durable timers and this instance's poller. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TimerSettings.class)
class TimerConfiguration {

    @Bean
    MongoTimers mongoTimers(ReactiveMongoTemplate mongo, Clock clock) {
        return new MongoTimers(mongo, clock);
    }

    @Bean
    TimerPoller timerPoller(MongoTimers timers, List<TimerHandler> handlers, TimerSettings settings, Clock clock) {
        String owner = settings.owner() == null || settings.owner().isBlank()
                ? "instance-" + UUID.randomUUID().toString().substring(0, 8) : settings.owner();
        return new TimerPoller(timers, handlers, settings, clock, owner);
    }
}
