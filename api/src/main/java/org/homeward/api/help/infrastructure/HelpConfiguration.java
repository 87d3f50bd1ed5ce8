package org.homeward.api.help.infrastructure;

import java.time.Clock;

import org.homeward.api.alerts.AlertRecipients;
import org.homeward.api.alerts.Alerts;
import org.homeward.api.alerts.Notifying;
import org.homeward.api.episodes.ReportingMissingEpisode;
import org.homeward.api.help.AcknowledgingHelpRequest;
import org.homeward.api.help.AddingHelpNote;
import org.homeward.api.help.ClosingHelpRequest;
import org.homeward.api.help.EscalatingHelpRequest;
import org.homeward.api.help.HelpBackstop;
import org.homeward.api.help.HelpNews;
import org.homeward.api.help.HelpPolicy;
import org.homeward.api.help.HelpRecipients;
import org.homeward.api.help.HelpRequestAccess;
import org.homeward.api.help.HelpResponders;
import org.homeward.api.help.HelpRequests;
import org.homeward.api.help.RaisingHelpRequest;
import org.homeward.api.help.ReadingHelpRequests;
import org.homeward.api.help.SayingSafe;
import org.homeward.api.help.ViewingHelpLocation;
import org.homeward.api.people.Caseloads;
import org.homeward.api.people.Organisations;
import org.homeward.api.people.Relationships;
import org.homeward.api.people.Workers;
import org.homeward.api.people.YoungPeople;
import org.homeward.api.plans.GoingOutPlans;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.timer.TimerSettings;
import org.homeward.infra.timer.Timers;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/** Wires help requests onto the alerts machinery and the durable timers. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HelpSettings.class)
class HelpConfiguration {

    @Bean HelpRequests helpRequests(ReactiveMongoTemplate mongo) { return new MongoHelpRequests(mongo); }

    @Bean HelpPolicy helpPolicy(HelpSettings settings) { return settings.policy(); }

    @Bean
    HelpRecipients helpRecipients(AlertRecipients alertRecipients, Caseloads caseloads, Workers workers,
                                  Organisations organisations, HelpPolicy policy) {
        return new HelpRecipients(alertRecipients, caseloads, workers, organisations, policy);
    }

    @Bean
    EscalatingHelpRequest escalatingHelpRequest(HelpRequests requests, YoungPeople youngPeople, Alerts alerts,
                                                HelpRecipients recipients, Notifying notifying, Timers timers,
                                                HelpPolicy policy, TimerSettings timerSettings, Clock clock) {
        return new EscalatingHelpRequest(requests, youngPeople, alerts, recipients, notifying, timers, policy,
                timerSettings.armGrace(), clock);
    }

    @Bean
    HelpBackstop helpBackstop(HelpRequests requests, Alerts alerts, Timers timers) {
        return new HelpBackstop(requests, alerts, timers);
    }

    @Bean
    HelpNews helpNews(Alerts alerts, Notifying notifying, YoungPeople youngPeople, Clock clock) {
        return new HelpNews(alerts, notifying, youngPeople, clock);
    }

    @Bean
    HelpResponders helpResponders(HelpRequests requests, HelpPolicy policy, Clock clock) {
        return new HelpResponders(requests, policy, clock);
    }

    @Bean
    HelpRequestAccess helpRequestAccess(HelpRequests requests, Relationships relationships) {
        return new HelpRequestAccess(requests, relationships);
    }

    @Bean
    RaisingHelpRequest raisingHelpRequest(HelpRequests requests, YoungPeople youngPeople, GoingOutPlans plans,
                                          EscalatingHelpRequest escalation, AuditLog audit, Clock clock) {
        return new RaisingHelpRequest(requests, youngPeople, plans, escalation, audit, clock);
    }

    @Bean
    AcknowledgingHelpRequest acknowledgingHelpRequest(HelpRequestAccess access, HelpRequests requests,
                                                      EscalatingHelpRequest escalation, Alerts alerts, HelpNews news,
                                                      AuditLog audit, Clock clock) {
        return new AcknowledgingHelpRequest(access, requests, escalation, alerts, news, audit, clock);
    }

    @Bean
    AddingHelpNote addingHelpNote(HelpRequestAccess access, HelpRequests requests, HelpNews news, AuditLog audit,
                                  Clock clock) {
        return new AddingHelpNote(access, requests, news, audit, clock);
    }

    @Bean
    ClosingHelpRequest closingHelpRequest(HelpRequestAccess access, HelpRequests requests,
                                          EscalatingHelpRequest escalation, Alerts alerts, HelpNews news,
                                          GoingOutPlans plans, ReportingMissingEpisode missing, AuditLog audit,
                                          Clock clock) {
        return new ClosingHelpRequest(access, requests, escalation, alerts, news, plans, missing, audit, clock);
    }

    @Bean
    SayingSafe sayingSafe(HelpRequestAccess access, HelpRequests requests, EscalatingHelpRequest escalation,
                          HelpNews news, AuditLog audit, Clock clock) {
        return new SayingSafe(access, requests, escalation, news, audit, clock);
    }

    @Bean
    ReadingHelpRequests readingHelpRequests(HelpRequests requests, HelpRequestAccess access,
                                            Relationships relationships, HelpPolicy policy, AuditLog audit,
                                            Clock clock) {
        return new ReadingHelpRequests(requests, access, relationships, policy, audit, clock);
    }

    @Bean
    ViewingHelpLocation viewingHelpLocation(HelpRequestAccess access, AuditLog audit) {
        return new ViewingHelpLocation(access, audit);
    }
}
