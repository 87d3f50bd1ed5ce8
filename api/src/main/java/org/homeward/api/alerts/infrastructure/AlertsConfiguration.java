package org.homeward.api.alerts.infrastructure;

import java.time.Clock;

import org.homeward.api.alerts.AcknowledgingAlert;
import org.homeward.api.alerts.AlertAccess;
import org.homeward.api.alerts.AlertRecipients;
import org.homeward.api.alerts.AnnouncingReturn;
import org.homeward.api.alerts.Alerts;
import org.homeward.api.alerts.Deliveries;
import org.homeward.api.alerts.EscalatingLateReturn;
import org.homeward.api.alerts.EscalationPolicies;
import org.homeward.api.alerts.LadderResponders;
import org.homeward.api.alerts.LadderBackstop;
import org.homeward.api.alerts.LadderWatch;
import org.homeward.api.alerts.Notifying;
import org.homeward.api.alerts.ReadingAlerts;
import org.homeward.api.alerts.ReceivingSmsReceipt;
import org.homeward.api.alerts.ReportingMissing;
import org.homeward.api.alerts.ReturnNoticeBackstop;
import org.homeward.api.alerts.SettingEscalationPolicy;
import org.homeward.api.duty.DutyRotas;
import org.homeward.api.episodes.ReportingMissingEpisode;
import org.homeward.api.people.Carers;
import org.homeward.api.people.Devices;
import org.homeward.api.people.Organisations;
import org.homeward.api.people.Placements;
import org.homeward.api.people.Stewardship;
import org.homeward.api.people.Workers;
import org.homeward.api.people.YoungPeople;
import org.homeward.api.plans.GoingOutPlans;
import org.homeward.api.plans.PlanAccess;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.push.PushGateway;
import org.homeward.infra.push.PushSettings;
import org.homeward.infra.sms.SmsGateway;
import org.homeward.infra.sms.SmsReceipts;
import org.homeward.infra.timer.BackstopSettings;
import org.homeward.infra.timer.TimerSettings;
import org.homeward.infra.timer.Timers;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/** Wires alerts and the late-return ladder. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EscalationSettings.class)
class AlertsConfiguration {

    @Bean Alerts alerts(ReactiveMongoTemplate mongo) { return MongoAlerts.alerts(mongo); }
    @Bean Deliveries deliveries(ReactiveMongoTemplate mongo) { return MongoAlerts.deliveries(mongo); }

    @Bean
    EscalationPolicies escalationPolicies(ReactiveMongoTemplate mongo, EscalationSettings settings) {
        return MongoAlerts.policies(mongo, settings.policy());
    }

    @Bean
    AlertRecipients alertRecipients(Placements placements, Carers carers, Workers workers,
                                    Organisations organisations, DutyRotas rotas) {
        return new AlertRecipients(placements, carers, workers, organisations, rotas);
    }

    @Bean
    Notifying notifying(Devices devices, Deliveries deliveries, PushGateway push, SmsGateway sms, AuditLog audit,
                        EscalationSettings settings, PushSettings pushSettings, Clock clock) {
        return new Notifying(devices, deliveries, push, sms, audit, settings.resendUnconfirmedAfter(),
                pushSettings.batchSize(), clock);
    }

    @Bean
    EscalatingLateReturn escalatingLateReturn(GoingOutPlans plans, YoungPeople youngPeople, Alerts alerts,
                                              AlertRecipients recipients, Notifying notifying,
                                              EscalationPolicies policies, Clock clock,
                                              ObjectProvider<MeterRegistry> meters, EscalationSettings settings) {
        return new EscalatingLateReturn(plans, youngPeople, alerts, recipients, notifying, policies, clock,
                meters.getIfAvailable(SimpleMeterRegistry::new), settings.smsConcurrency());
    }

    @Bean
    AnnouncingReturn announcingReturn(GoingOutPlans plans, Timers timers, Alerts alerts, Deliveries deliveries,
                                      Notifying notifying, YoungPeople youngPeople, TimerSettings timerSettings,
                                      Clock clock) {
        return new AnnouncingReturn(plans, timers, alerts, deliveries, notifying, youngPeople, timerSettings.armGrace(),
                clock);
    }

    @Bean
    LadderWatch ladderWatch(Timers timers, EscalationPolicies policies, AnnouncingReturn announcing,
                            TimerSettings timerSettings, Clock clock) {
        return new LadderWatch(timers, policies, announcing, timerSettings.armGrace(), clock);
    }

    @Bean
    LadderBackstop ladderBackstop(GoingOutPlans plans, Alerts alerts, Timers timers, EscalationPolicies policies) {
        return new LadderBackstop(plans, alerts, timers, policies);
    }

    @Bean
    ReturnNoticeBackstop returnNoticeBackstop(GoingOutPlans plans, Alerts alerts, Timers timers,
                                              BackstopSettings settings) {
        return new ReturnNoticeBackstop(plans, alerts, timers, settings.lookback());
    }

    @Bean
    LadderResponders ladderResponders(Alerts alerts, GoingOutPlans plans) {
        return new LadderResponders(alerts, plans);
    }

    @Bean
    AlertAccess alertAccess(Alerts alerts, PlanAccess plans) {
        return new AlertAccess(alerts, plans);
    }

    @Bean
    AcknowledgingAlert acknowledgingAlert(Alerts alerts, AlertAccess access, Timers timers, AuditLog audit,
                                          Clock clock) {
        return new AcknowledgingAlert(alerts, access, timers, audit, clock);
    }

    @Bean
    ReportingMissing reportingMissing(Alerts alerts, AlertAccess access, GoingOutPlans plans,
                                      ReportingMissingEpisode episodes, Timers timers, Clock clock) {
        return new ReportingMissing(alerts, access, plans, episodes, timers, clock);
    }

    @Bean
    ReadingAlerts readingAlerts(Alerts alerts, Deliveries deliveries, AlertAccess access, PlanAccess plans,
                                AuditLog audit) {
        return new ReadingAlerts(alerts, deliveries, access, plans, audit);
    }

    @Bean
    ReceivingSmsReceipt receivingSmsReceipt(SmsReceipts receipts, Deliveries deliveries, Clock clock) {
        return new ReceivingSmsReceipt(receipts, deliveries, clock);
    }

    @Bean
    SettingEscalationPolicy settingEscalationPolicy(EscalationPolicies policies, Stewardship stewardship) {
        return new SettingEscalationPolicy(policies, stewardship);
    }
}
