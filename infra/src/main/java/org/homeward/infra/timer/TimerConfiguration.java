package org.homeward.infra.timer;

import java.time.Clock;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.homeward.infra.ids.Ids;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/** The durable timers and this instance's poller. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({TimerSettings.class, BackstopSettings.class})
class TimerConfiguration {

    @Bean
    MongoTimers mongoTimers(ReactiveMongoTemplate mongo, Clock clock, ObjectProvider<MeterRegistry> meters) {
        return new MongoTimers(mongo, clock, meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    /** The backstop: every feature's {@link FollowUpCheck}s, swept on a durable timer of its own. */
    @Bean
    BackstopSweep backstopSweep(List<FollowUpCheck> checks, MongoTimers timers, ObjectProvider<MeterRegistry> meters,
                                BackstopSettings settings, Clock clock) {
        return new BackstopSweep(checks, timers, meters.getIfAvailable(SimpleMeterRegistry::new), settings.every(),
                clock);
    }

    @Bean
    TimerPoller timerPoller(MongoTimers timers, List<TimerHandler> handlers, TimerSettings settings, Clock clock,
                            BackstopSweep backstop, ObjectProvider<MeterRegistry> meters) {
        String owner = settings.owner() == null || settings.owner().isBlank()
                ? "instance-" + Ids.next().substring(0, 8) : settings.owner();
        return new TimerPoller(timers, handlers, settings, clock, owner, backstop.arm(),
                meters.getIfAvailable(SimpleMeterRegistry::new));
    }
}
