package org.homeward.api.sharing.infrastructure;

import java.time.Clock;
import java.util.List;

import org.homeward.api.alerts.Alerts;
import org.homeward.api.alerts.Notifying;
import org.homeward.api.episodes.MissingEpisodes;
import org.homeward.api.episodes.MissingPolicies;
import org.homeward.api.episodes.ReportingMissingEpisode;
import org.homeward.api.interviews.Interviews;
import org.homeward.api.people.PartnerMemberships;
import org.homeward.api.people.Relationships;
import org.homeward.api.people.Workers;
import org.homeward.api.people.YoungPeople;
import org.homeward.api.sharing.AgreeingActions;
import org.homeward.api.sharing.AssemblingPack;
import org.homeward.api.sharing.Disclosures;
import org.homeward.api.sharing.FollowingUpAction;
import org.homeward.api.sharing.InterviewFindings;
import org.homeward.api.sharing.LinkingSchools;
import org.homeward.api.sharing.LinksAcrossChildren;
import org.homeward.api.sharing.ListingDisclosures;
import org.homeward.api.sharing.MeetingActions;
import org.homeward.api.sharing.MeetingPacks;
import org.homeward.api.sharing.Meetings;
import org.homeward.api.sharing.PartnerAccess;
import org.homeward.api.sharing.PartnerAgencies;
import org.homeward.api.sharing.PartnerMembers;
import org.homeward.api.sharing.ReadingAgencyViews;
import org.homeward.api.sharing.RegisteringPartners;
import org.homeward.api.sharing.ReleasingPack;
import org.homeward.api.sharing.ReportingMissingFromSchool;
import org.homeward.api.sharing.ReviewingPack;
import org.homeward.api.sharing.SchedulingMeeting;
import org.homeward.api.sharing.SchoolLinks;
import org.homeward.api.sharing.SharingNotices;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.timer.Timers;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/** Wires partner agencies, the weekly meeting, disclosures and actions. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SharingSettings.class)
class SharingConfiguration {

    @Bean PartnerAgencies partnerAgencies(ReactiveMongoTemplate mongo) { return MongoSharing.agencies(mongo); }
    @Bean PartnerMembers partnerMembers(ReactiveMongoTemplate mongo) { return MongoSharing.members(mongo); }
    @Bean SchoolLinks schoolLinks(ReactiveMongoTemplate mongo) { return MongoSharing.schools(mongo); }
    @Bean Meetings meetings(ReactiveMongoTemplate mongo) { return MongoSharing.meetings(mongo); }
    @Bean MeetingPacks meetingPacks(ReactiveMongoTemplate mongo) { return MongoSharing.packs(mongo); }
    @Bean Disclosures disclosures(ReactiveMongoTemplate mongo) { return MongoSharing.disclosures(mongo); }
    @Bean MeetingActions meetingActions(ReactiveMongoTemplate mongo) { return MongoSharing.actions(mongo); }

    @Bean
    InterviewFindings interviewFindings(Interviews interviews, SharingSettings settings) {
        return new FindingsFromInterviews(interviews, settings.interviewLookBack());
    }

    @Bean
    SharingNotices sharingNotices(Alerts alerts, Notifying notifying, Workers workers, Clock clock) {
        return new NoticesAboutMeetings(alerts, notifying, workers, clock);
    }

    /** Invitations ask here for a partner's agency (the {@code agency} claim comes from the member record). */
    @Bean
    PartnerMemberships partnerMemberships(PartnerMembers members) {
        return (organisationId, memberId) -> members.findById(memberId)
                .filter(member -> member.isCurrent() && member.organisationId().equals(organisationId))
                .map(member -> member.agencyId());
    }

    @Bean
    PartnerAccess partnerAccess(PartnerAgencies agencies, PartnerMembers members) {
        return new PartnerAccess(agencies, members);
    }

    @Bean
    RegisteringPartners registeringPartners(PartnerAgencies agencies, PartnerMembers members, PartnerAccess access,
                                            Clock clock) {
        return new RegisteringPartners(agencies, members, access, clock);
    }

    @Bean
    LinkingSchools linkingSchools(SchoolLinks links, PartnerAgencies agencies, Relationships relationships,
                                  AuditLog audit, Clock clock) {
        return new LinkingSchools(links, agencies, relationships, audit, clock);
    }

    @Bean
    ReportingMissingFromSchool reportingMissingFromSchool(PartnerAccess access, SchoolLinks schools,
                                                          YoungPeople youngPeople, ReportingMissingEpisode reporting,
                                                          Clock clock) {
        return new ReportingMissingFromSchool(access, schools, youngPeople, reporting, clock);
    }

    @Bean
    SchedulingMeeting schedulingMeeting(Meetings meetings, Timers timers, Clock clock) {
        return new SchedulingMeeting(meetings, timers, clock);
    }

    /** New links across children come from risk mapping's {@link LinksAcrossChildren}, when it is there. */
    @Bean
    AssemblingPack assemblingPack(Meetings meetings, MeetingPacks packs, MissingEpisodes episodes,
                                  MissingPolicies policies, YoungPeople youngPeople, InterviewFindings findings,
                                  ObjectProvider<LinksAcrossChildren> links, MeetingActions actions,
                                  SharingNotices notices, SharingSettings settings, Clock clock) {
        return new AssemblingPack(meetings, packs, episodes, policies, youngPeople, findings,
                links.orderedStream().toList(), actions, notices, settings.firstPeriod(), clock);
    }

    @Bean
    ReviewingPack reviewingPack(MeetingPacks packs, YoungPeople youngPeople, AuditLog audit) {
        return new ReviewingPack(packs, youngPeople, audit);
    }

    @Bean
    ReleasingPack releasingPack(MeetingPacks packs, PartnerAgencies agencies, PartnerMembers members,
                                SchoolLinks schools, Disclosures disclosures, SharingNotices notices, Timers timers,
                                AuditLog audit, SharingSettings settings, Clock clock) {
        return new ReleasingPack(packs, agencies, members, schools, disclosures, notices, timers, audit,
                settings.lawfulBasis(), clock);
    }

    @Bean
    ReadingAgencyViews readingAgencyViews(MeetingPacks packs, PartnerAgencies agencies, SchoolLinks schools,
                                          PartnerAccess access, AuditLog audit) {
        return new ReadingAgencyViews(packs, agencies, schools, access, audit);
    }

    @Bean
    ListingDisclosures listingDisclosures(Disclosures disclosures, Relationships relationships, AuditLog audit) {
        return new ListingDisclosures(disclosures, relationships, audit);
    }

    @Bean
    AgreeingActions agreeingActions(MeetingActions actions, MeetingPacks packs, Workers workers, PartnerMembers members,
                                    PartnerAccess access, YoungPeople youngPeople, Timers timers, AuditLog audit,
                                    SharingSettings settings, Clock clock) {
        return new AgreeingActions(actions, packs, workers, members, access, youngPeople, timers, audit,
                settings.actionRemindBefore(), clock);
    }

    @Bean
    FollowingUpAction followingUpAction(MeetingActions actions, SharingNotices notices, SharingSettings settings,
                                        Clock clock) {
        return new FollowingUpAction(actions, notices, settings.actionOverdueAfter(), clock);
    }
}
