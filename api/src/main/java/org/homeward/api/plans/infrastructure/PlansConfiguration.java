package org.homeward.api.plans.infrastructure;

import java.time.Clock;

import org.homeward.api.people.Relationships;
import org.homeward.api.plans.AnsweringPlan;
import org.homeward.api.plans.CheckIns;
import org.homeward.api.plans.CheckingIn;
import org.homeward.api.plans.DecidingExtension;
import org.homeward.api.plans.ErasingCheckInLocations;
import org.homeward.api.plans.GoingOutPlans;
import org.homeward.api.plans.GoingOutRulesBook;
import org.homeward.api.plans.PlanAccess;
import org.homeward.api.plans.ProposingPlan;
import org.homeward.api.plans.ReadingPlans;
import org.homeward.api.plans.ReturnWatch;
import org.homeward.api.plans.SettingGoingOutRules;
import org.homeward.api.plans.ViewingCheckInLocations;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.timer.TimerSettings;
import org.homeward.infra.timer.Timers;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/** Wires going-out plans and check-ins. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RetentionSettings.class)
class PlansConfiguration {

    /** The store every use case saves through: closing a plan arms the erasure of its check-ins' locations. */
    @Bean
    GoingOutPlans goingOutPlans(ReactiveMongoTemplate mongo, Timers timers, RetentionSettings retention, Clock clock) {
        return ErasingCheckInLocations.armedOnClosing(MongoPlans.plans(mongo), timers,
                retention.checkInLocationAfter(), clock);
    }

    @Bean CheckIns checkIns(ReactiveMongoTemplate mongo) { return MongoPlans.checkIns(mongo); }
    @Bean GoingOutRulesBook goingOutRulesBook(ReactiveMongoTemplate mongo) { return MongoPlans.rules(mongo); }

    @Bean
    PlanAccess planAccess(GoingOutPlans plans, Relationships relationships) {
        return new PlanAccess(plans, relationships);
    }

    @Bean
    ProposingPlan proposingPlan(GoingOutPlans plans, PlanAccess access, GoingOutRulesBook rules, ReturnWatch watch,
                                AuditLog audit, Clock clock) {
        return new ProposingPlan(plans, access, rules, watch, audit, clock);
    }

    @Bean
    AnsweringPlan answeringPlan(GoingOutPlans plans, PlanAccess access, ReturnWatch watch, AuditLog audit) {
        return new AnsweringPlan(plans, access, watch, audit);
    }

    @Bean
    CheckingIn checkingIn(GoingOutPlans plans, CheckIns checkIns, PlanAccess access, GoingOutRulesBook rules,
                          ReturnWatch watch, AuditLog audit, Timers timers, TimerSettings timerSettings, Clock clock) {
        return new CheckingIn(plans, checkIns, access, rules, watch, audit, timers, timerSettings.armGrace(), clock);
    }

    @Bean
    DecidingExtension decidingExtension(GoingOutPlans plans, PlanAccess access, ReturnWatch watch, AuditLog audit) {
        return new DecidingExtension(plans, access, watch, audit);
    }

    @Bean
    ReadingPlans readingPlans(GoingOutPlans plans, CheckIns checkIns, PlanAccess access, AuditLog audit) {
        return new ReadingPlans(plans, checkIns, access, audit);
    }

    @Bean
    ErasingCheckInLocations erasingCheckInLocations(GoingOutPlans plans, CheckIns checkIns, AuditLog audit,
                                                    Clock clock) {
        return new ErasingCheckInLocations(plans, checkIns, audit, clock);
    }

    @Bean
    ViewingCheckInLocations viewingCheckInLocations(PlanAccess access, CheckIns checkIns, AuditLog audit) {
        return new ViewingCheckInLocations(access, checkIns, audit);
    }

    @Bean
    SettingGoingOutRules settingGoingOutRules(GoingOutRulesBook book, PlanAccess access, AuditLog audit) {
        return new SettingGoingOutRules(book, access, audit);
    }
}
