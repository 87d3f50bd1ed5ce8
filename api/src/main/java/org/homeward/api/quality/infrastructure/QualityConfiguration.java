package org.homeward.api.quality.infrastructure;

import java.time.Clock;

import org.homeward.api.alerts.Alerts;
import org.homeward.api.alerts.Notifying;
import org.homeward.api.episodes.MissingEpisodes;
import org.homeward.api.episodes.MissingPolicies;
import org.homeward.api.interviews.AnnouncingInterviewRecord;
import org.homeward.api.interviews.Feedbacks;
import org.homeward.api.interviews.InterviewServices;
import org.homeward.api.interviews.Interviews;
import org.homeward.api.people.Carers;
import org.homeward.api.people.Organisations;
import org.homeward.api.people.Workers;
import org.homeward.api.people.YoungPeople;
import org.homeward.api.quality.AmendingRecord;
import org.homeward.api.quality.AssessingInterview;
import org.homeward.api.quality.Assessments;
import org.homeward.api.quality.ClaimingInterview;
import org.homeward.api.quality.DecidingSample;
import org.homeward.api.quality.QualityAccess;
import org.homeward.api.quality.QualityItems;
import org.homeward.api.quality.QualityNotices;
import org.homeward.api.quality.QueueingCompletedInterview;
import org.homeward.api.quality.QueueingPoorFeedback;
import org.homeward.api.quality.ReadingPractice;
import org.homeward.api.quality.ReadingQuality;
import org.homeward.api.quality.RecordVersions;
import org.homeward.api.quality.ReturningForAmendment;
import org.homeward.api.quality.SampleSettings;
import org.homeward.api.quality.SettingSample;
import org.homeward.api.quality.TellingInterviewer;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.timer.Timers;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/** Wires quality assurance of return interviews: it follows interviews through their events, never called by them. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QualitySettings.class)
class QualityConfiguration {

    @Bean QualityItems qualityItems(ReactiveMongoTemplate mongo) { return MongoQuality.items(mongo); }
    @Bean Assessments qualityAssessments(ReactiveMongoTemplate mongo) { return MongoQuality.assessments(mongo); }
    @Bean RecordVersions recordVersions(ReactiveMongoTemplate mongo) { return MongoQuality.versions(mongo); }

    @Bean
    SampleSettings sampleSettings(ReactiveMongoTemplate mongo, QualitySettings settings) {
        return MongoQuality.settings(mongo, settings.samplePercent());
    }

    @Bean QualityAccess qualityAccess(QualityItems items) { return new QualityAccess(items); }

    @Bean
    QualityNotices qualityNotices(Alerts alerts, Notifying notifying, Workers workers, Carers carers, Clock clock) {
        return new NoticesAboutQuality(alerts, notifying, workers, carers, clock);
    }

    @Bean
    DecidingSample decidingSample(Interviews interviews, MissingEpisodes episodes, MissingPolicies policies,
                                  Feedbacks feedbacks, SampleSettings settings, QualityItems items, QualityAccess access,
                                  AuditLog audit, Clock clock) {
        return new DecidingSample(interviews, episodes, policies, feedbacks, settings, items, access, audit, clock);
    }

    @Bean QueueingCompletedInterview queueingCompletedInterview(DecidingSample deciding) {
        return new QueueingCompletedInterview(deciding);
    }

    @Bean QueueingPoorFeedback queueingPoorFeedback(DecidingSample deciding) {
        return new QueueingPoorFeedback(deciding);
    }

    @Bean
    TellingInterviewer tellingInterviewer(Assessments assessments, QualityItems items, QualityNotices notices,
                                          Timers timers) {
        return new TellingInterviewer(assessments, items, notices, timers);
    }

    @Bean
    ClaimingInterview claimingInterview(QualityAccess access, QualityItems items, AuditLog audit,
                                        QualitySettings settings, Clock clock) {
        return new ClaimingInterview(access, items, audit, settings.claimFor(), clock);
    }

    @Bean
    AssessingInterview assessingInterview(QualityAccess access, QualityItems items, Assessments assessments,
                                          Workers workers, Organisations organisations, TellingInterviewer telling,
                                          AuditLog audit, Clock clock) {
        return new AssessingInterview(access, items, assessments, workers, organisations, telling, audit, clock);
    }

    @Bean
    ReturningForAmendment returningForAmendment(QualityAccess access, QualityItems items, TellingInterviewer telling,
                                                AuditLog audit, Clock clock) {
        return new ReturningForAmendment(access, items, telling, audit, clock);
    }

    @Bean
    AmendingRecord amendingRecord(QualityAccess access, QualityItems items, RecordVersions versions,
                                  Interviews interviews, InterviewServices services,
                                  AnnouncingInterviewRecord announcing, AuditLog audit, Clock clock) {
        return new AmendingRecord(access, items, versions, interviews, services, announcing, audit, clock);
    }

    @Bean
    ReadingQuality readingQuality(QualityAccess access, QualityItems items, Assessments assessments,
                                  YoungPeople youngPeople, AuditLog audit, Clock clock) {
        return new ReadingQuality(access, items, assessments, youngPeople, audit, clock);
    }

    @Bean SettingSample settingSample(QualityAccess access, SampleSettings settings) {
        return new SettingSample(access, settings);
    }

    @Bean ReadingPractice readingPractice(QualityAccess access, Assessments assessments) {
        return new ReadingPractice(access, assessments);
    }
}
