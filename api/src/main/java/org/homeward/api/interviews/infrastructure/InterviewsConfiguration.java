package org.homeward.api.interviews.infrastructure;

import java.time.Clock;

import org.homeward.api.alerts.Alerts;
import org.homeward.api.alerts.Notifying;
import org.homeward.api.episodes.HostAuthorities;
import org.homeward.api.interviews.AnnouncingInterviewCompletion;
import org.homeward.api.interviews.AnnouncingInterviewRecord;
import org.homeward.api.interviews.AnsweringOffer;
import org.homeward.api.interviews.AssigningInterviewer;
import org.homeward.api.interviews.ClosingInterview;
import org.homeward.api.interviews.CompletingAction;
import org.homeward.api.interviews.CorrectingSummary;
import org.homeward.api.interviews.Feedbacks;
import org.homeward.api.interviews.FollowingUpInterview;
import org.homeward.api.interviews.GivingFeedback;
import org.homeward.api.interviews.InterviewAccess;
import org.homeward.api.interviews.InterviewNotices;
import org.homeward.api.interviews.InterviewPeople;
import org.homeward.api.interviews.InterviewServices;
import org.homeward.api.interviews.Interviews;
import org.homeward.api.interviews.OfferingInterview;
import org.homeward.api.interviews.OfferingTimes;
import org.homeward.api.interviews.PublishingYouSaidWeDid;
import org.homeward.api.interviews.ReadingInterviews;
import org.homeward.api.interviews.RecordingAttempt;
import org.homeward.api.interviews.RecordingInterview;
import org.homeward.api.interviews.RequestingInterviewer;
import org.homeward.api.interviews.SettingInterviewService;
import org.homeward.api.interviews.TellingWhatCarerKnows;
import org.homeward.api.interviews.YouSaidWeDids;
import org.homeward.api.people.Carers;
import org.homeward.api.people.Caseloads;
import org.homeward.api.people.Organisations;
import org.homeward.api.people.Placements;
import org.homeward.api.people.Relationships;
import org.homeward.api.people.Teams;
import org.homeward.api.people.Workers;
import org.homeward.api.people.YoungPeople;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.outbox.EventOutbox;
import org.homeward.infra.timer.Timers;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/** Wires return home interviews: offered on the episode's returned event, never called by episodes. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InterviewSettings.class)
class InterviewsConfiguration {

    @Bean Interviews interviews(ReactiveMongoTemplate mongo) { return MongoInterviews.interviews(mongo); }
    @Bean InterviewServices interviewServices(ReactiveMongoTemplate mongo) { return MongoInterviews.services(mongo); }
    @Bean Feedbacks interviewFeedbacks(ReactiveMongoTemplate mongo) { return MongoInterviews.feedbacks(mongo); }
    @Bean YouSaidWeDids youSaidWeDids(ReactiveMongoTemplate mongo) { return MongoInterviews.youSaidWeDids(mongo); }

    @Bean
    InterviewPeople interviewPeople(Workers workers, Carers carers, Teams teams, Placements placements,
                                    Caseloads caseloads, YoungPeople youngPeople, Clock clock) {
        return new InterviewPeople(workers, carers, teams, placements, caseloads, youngPeople, clock);
    }

    @Bean
    InterviewAccess interviewAccess(Interviews interviews, Relationships relationships, Workers workers,
                                    InterviewServices services, YoungPeople youngPeople) {
        return new InterviewAccess(interviews, relationships, workers, services, youngPeople);
    }

    @Bean
    InterviewNotices interviewNotices(Alerts alerts, Notifying notifying, Workers workers, YoungPeople youngPeople,
                                      Organisations organisations, HostAuthorities hosts, Clock clock) {
        return new NoticesAboutInterviews(alerts, notifying, workers, youngPeople, organisations, hosts, clock);
    }

    @Bean
    OfferingInterview offeringInterview(Interviews interviews, InterviewServices services, HostAuthorities hosts,
                                        FollowingUpInterview followUp, Timers timers, AuditLog audit,
                                        InterviewSettings settings, Clock clock) {
        return new OfferingInterview(interviews, services, hosts, followUp, timers, audit, settings.due(),
                settings.escalateAfter(), settings.offerOpenFor(), clock);
    }

    @Bean
    FollowingUpInterview followingUpInterview(Interviews interviews, InterviewServices services,
                                              InterviewNotices notices, AuditLog audit, InterviewSettings settings,
                                              Clock clock) {
        return new FollowingUpInterview(interviews, services, notices, audit, settings.actionOverdueAfter(), clock);
    }

    @Bean
    AssigningInterviewer assigningInterviewer(InterviewAccess access, Interviews interviews, InterviewPeople people,
                                              AuditLog audit, Clock clock) {
        return new AssigningInterviewer(access, interviews, people, audit, clock);
    }

    @Bean
    RequestingInterviewer requestingInterviewer(InterviewAccess access, Interviews interviews, InterviewPeople people,
                                                AuditLog audit, Clock clock) {
        return new RequestingInterviewer(access, interviews, people, audit, clock);
    }

    @Bean
    OfferingTimes offeringTimes(InterviewAccess access, Interviews interviews, AuditLog audit) {
        return new OfferingTimes(access, interviews, audit);
    }

    @Bean
    RecordingAttempt recordingAttempt(InterviewAccess access, Interviews interviews, AuditLog audit, Clock clock) {
        return new RecordingAttempt(access, interviews, audit, clock);
    }

    @Bean
    TellingWhatCarerKnows tellingWhatCarerKnows(InterviewAccess access, Interviews interviews, AuditLog audit) {
        return new TellingWhatCarerKnows(access, interviews, audit);
    }

    @Bean
    ClosingInterview closingInterview(InterviewAccess access, Interviews interviews, AuditLog audit,
                                      AnnouncingInterviewCompletion completion, Clock clock) {
        return new ClosingInterview(access, interviews, audit, completion, clock);
    }

    @Bean
    AnsweringOffer answeringOffer(InterviewAccess access, Interviews interviews, AuditLog audit, Clock clock) {
        return new AnsweringOffer(access, interviews, audit, clock);
    }

    @Bean
    AnnouncingInterviewRecord announcingInterviewRecord(Interviews interviews, EventOutbox outbox, Timers timers,
                                                        Clock clock) {
        return new AnnouncingInterviewRecord(interviews, outbox, timers, clock);
    }

    @Bean
    RecordingInterview recordingInterview(InterviewAccess access, Interviews interviews, InterviewServices services,
                                          InterviewPeople people, Timers timers, AnnouncingInterviewRecord announcing,
                                          AnnouncingInterviewCompletion completion, AuditLog audit, Clock clock) {
        return new RecordingInterview(access, interviews, services, people, timers, announcing, completion, audit,
                clock);
    }

    @Bean
    CorrectingSummary correctingSummary(InterviewAccess access, Interviews interviews, AuditLog audit, Clock clock) {
        return new CorrectingSummary(access, interviews, audit, clock);
    }

    @Bean
    CompletingAction completingAction(InterviewAccess access, Interviews interviews, Timers timers, AuditLog audit,
                                      Clock clock) {
        return new CompletingAction(access, interviews, timers, audit, clock);
    }

    @Bean
    GivingFeedback givingFeedback(InterviewAccess access, Feedbacks feedbacks, AuditLog audit,
                                  InterviewSettings settings, EventOutbox outbox, Clock clock) {
        return new GivingFeedback(access, feedbacks, audit, settings.feedbackMinimum(), outbox, clock);
    }

    @Bean
    AnnouncingInterviewCompletion announcingInterviewCompletion(Interviews interviews, EventOutbox outbox,
                                                                Timers timers, Clock clock) {
        return new AnnouncingInterviewCompletion(interviews, outbox, timers, clock);
    }

    @Bean
    PublishingYouSaidWeDid publishingYouSaidWeDid(YouSaidWeDids published, Clock clock) {
        return new PublishingYouSaidWeDid(published, clock);
    }

    @Bean
    ReadingInterviews readingInterviews(InterviewAccess access, Interviews interviews, InterviewServices services,
                                        InterviewPeople people, AuditLog audit) {
        return new ReadingInterviews(access, interviews, services, people, audit);
    }

    @Bean
    SettingInterviewService settingInterviewService(InterviewServices services, Teams teams) {
        return new SettingInterviewService(services, teams);
    }
}
