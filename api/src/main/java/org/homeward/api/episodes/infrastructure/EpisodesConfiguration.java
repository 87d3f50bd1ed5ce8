package org.homeward.api.episodes.infrastructure;

import java.time.Clock;

import org.homeward.api.alerts.AlertRecipients;
import org.homeward.api.alerts.Alerts;
import org.homeward.api.alerts.Notifying;
import org.homeward.api.episodes.AnnouncingEpisodeReturn;
import org.homeward.api.episodes.ChangingWhereabouts;
import org.homeward.api.episodes.EpisodeAccess;
import org.homeward.api.episodes.EpisodeAlerts;
import org.homeward.api.episodes.ExportingMissingReturn;
import org.homeward.api.episodes.ExportingPolicePack;
import org.homeward.api.episodes.KeepingPhilomenaProfile;
import org.homeward.api.episodes.PhilomenaPhoto;
import org.homeward.api.episodes.PhilomenaProfiles;
import org.homeward.api.episodes.FlaggingRepeatMissing;
import org.homeward.api.episodes.FollowingUpOpening;
import org.homeward.api.episodes.GradingRisk;
import org.homeward.api.episodes.HoldingStrategyDiscussion;
import org.homeward.api.episodes.HostAuthorities;
import org.homeward.api.episodes.MissingEpisodes;
import org.homeward.api.episodes.MissingPolicies;
import org.homeward.api.episodes.ReadingEpisodes;
import org.homeward.api.episodes.RecordingPartTwo;
import org.homeward.api.episodes.RecordingPolice;
import org.homeward.api.episodes.RecordingTimelineEntry;
import org.homeward.api.episodes.ReportingChildMissing;
import org.homeward.api.episodes.ReportingMissingEpisode;
import org.homeward.api.episodes.ReturningEpisode;
import org.homeward.api.episodes.ReviewingRisk;
import org.homeward.api.episodes.SettingMissingPolicy;
import org.homeward.api.episodes.StrategyDiscussions;
import org.homeward.api.episodes.Timeline;
import org.homeward.api.episodes.OutOfArea;
import org.homeward.api.people.Caseloads;
import org.homeward.api.people.Placements;
import org.homeward.api.people.Organisations;
import org.homeward.api.people.Relationships;
import org.homeward.api.people.Stewardship;
import org.homeward.api.people.Workers;
import org.homeward.api.people.YoungPeople;
import org.homeward.api.plans.CheckIns;
import org.homeward.content.media.ImageCleaning;
import org.homeward.content.media.MediaFormat;
import org.homeward.content.media.MediaKind;
import org.homeward.infra.errors.HomewardException;
import org.homeward.infra.errors.Problem;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import org.homeward.infra.audit.AuditLog;
import org.homeward.infra.outbox.EventOutbox;
import org.homeward.infra.timer.Timers;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/** Wires missing episodes. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EpisodeSettings.class)
class EpisodesConfiguration {

    @Bean MissingEpisodes missingEpisodes(ReactiveMongoTemplate mongo) { return MongoEpisodes.episodes(mongo); }
    @Bean Timeline episodeTimeline(ReactiveMongoTemplate mongo) { return MongoEpisodes.timeline(mongo); }
    @Bean StrategyDiscussions strategyDiscussions(ReactiveMongoTemplate mongo) { return MongoEpisodes.discussions(mongo); }

    @Bean
    MissingPolicies missingPolicies(ReactiveMongoTemplate mongo, EpisodeSettings settings) {
        return MongoEpisodes.policies(mongo, settings.policy());
    }

    /** The current placement of the child, if it is out of area and names its host authority. */
    @Bean
    HostAuthorities hostAuthorities(YoungPeople youngPeople, Placements placements) {
        return (youngPersonId, at) -> youngPeople.findById(youngPersonId)
                .flatMap(child -> placements.findByYoungPerson(youngPersonId)
                        .filter(placement -> placement.isCurrentAt(at, child.homeZone()))
                        .filter(placement -> placement.outOfArea() && placement.host() != null)
                        .next())
                .map(placement -> new OutOfArea(placement.id(), placement.host().authority(),
                        placement.host().contactName(), placement.host().contactPhone().e164()));
    }

    @Bean
    EpisodeAlerts episodeAlerts(Alerts alerts, AlertRecipients recipients, Notifying notifying, Workers workers,
                                Caseloads caseloads, YoungPeople youngPeople, Organisations organisations,
                                Clock clock) {
        return new AlertsAboutEpisodes(alerts, recipients, notifying, workers, caseloads, youngPeople, organisations,
                clock);
    }

    @Bean
    EpisodeAccess episodeAccess(MissingEpisodes episodes, Relationships relationships, EpisodeAlerts alerts) {
        return new EpisodeAccess(episodes, relationships, alerts);
    }

    @Bean
    FlaggingRepeatMissing flaggingRepeatMissing(MissingEpisodes episodes, StrategyDiscussions discussions,
                                                MissingPolicies policies, EpisodeAlerts alerts, Timeline timeline,
                                                Timers timers, EpisodeSettings settings, Clock clock) {
        return new FlaggingRepeatMissing(episodes, discussions, policies, alerts, timeline, timers,
                settings.strategyRemindEvery(), clock);
    }

    @Bean
    FollowingUpOpening followingUpOpening(MissingEpisodes episodes, Timeline timeline, EpisodeAlerts alerts,
                                          FlaggingRepeatMissing repeats, Timers timers, Clock clock) {
        return new FollowingUpOpening(episodes, timeline, alerts, repeats, timers, clock);
    }

    @Bean
    ReportingMissingEpisode reportingMissingEpisode(MissingEpisodes episodes, HostAuthorities hosts,
                                                    FollowingUpOpening followUp, Timeline timeline, Timers timers,
                                                    AuditLog audit, Clock clock) {
        return new ReportingMissingEpisode(episodes, hosts, followUp, timeline, timers, audit, clock);
    }

    @Bean
    ReportingChildMissing reportingChildMissing(EpisodeAccess access, ReportingMissingEpisode reporting, Clock clock) {
        return new ReportingChildMissing(access, reporting, clock);
    }

    @Bean
    ReadingEpisodes readingEpisodes(EpisodeAccess access, MissingEpisodes episodes, Timeline timeline,
                                    StrategyDiscussions discussions, YoungPeople youngPeople,
                                    Relationships relationships, AuditLog audit) {
        return new ReadingEpisodes(access, episodes, timeline, discussions, youngPeople, relationships, audit);
    }

    @Bean
    ChangingWhereabouts changingWhereabouts(EpisodeAccess access, MissingEpisodes episodes, Timeline timeline,
                                            AuditLog audit, Clock clock) {
        return new ChangingWhereabouts(access, episodes, timeline, audit, clock);
    }

    @Bean
    RecordingTimelineEntry recordingTimelineEntry(EpisodeAccess access, Timeline timeline, AuditLog audit,
                                                  Clock clock) {
        return new RecordingTimelineEntry(access, timeline, audit, clock);
    }

    @Bean
    RecordingPolice recordingPolice(EpisodeAccess access, MissingEpisodes episodes, Timeline timeline,
                                    AuditLog audit, Clock clock) {
        return new RecordingPolice(access, episodes, timeline, audit, clock);
    }

    @Bean
    RecordingPartTwo recordingPartTwo(EpisodeAccess access, MissingEpisodes episodes, Timeline timeline,
                                      AuditLog audit, Clock clock) {
        return new RecordingPartTwo(access, episodes, timeline, audit, clock);
    }

    @Bean
    GradingRisk gradingRisk(EpisodeAccess access, MissingEpisodes episodes, MissingPolicies policies,
                            Timeline timeline, Timers timers, AuditLog audit, Clock clock) {
        return new GradingRisk(access, episodes, policies, timeline, timers, audit, clock);
    }

    @Bean
    ReviewingRisk reviewingRisk(MissingEpisodes episodes, MissingPolicies policies, EpisodeAlerts alerts,
                                Timeline timeline, Clock clock) {
        return new ReviewingRisk(episodes, policies, alerts, timeline, clock);
    }

    @Bean
    AnnouncingEpisodeReturn announcingEpisodeReturn(MissingEpisodes episodes, EventOutbox outbox, Timeline timeline,
                                      Timers timers) {
        return new AnnouncingEpisodeReturn(episodes, outbox, timeline, timers);
    }

    @Bean
    ReturningEpisode returningEpisode(EpisodeAccess access, MissingEpisodes episodes, AnnouncingEpisodeReturn announcing,
                                      Timers timers, AuditLog audit, Clock clock) {
        return new ReturningEpisode(access, episodes, announcing, timers, audit, clock);
    }

    @Bean
    HoldingStrategyDiscussion holdingStrategyDiscussion(EpisodeAccess access, StrategyDiscussions discussions,
                                                        Timers timers, AuditLog audit, Clock clock) {
        return new HoldingStrategyDiscussion(access, discussions, timers, audit, clock);
    }

    @Bean
    ExportingMissingReturn exportingMissingReturn(MissingEpisodes episodes, YoungPeople youngPeople,
                                                  Organisations organisations, AuditLog audit) {
        return new ExportingMissingReturn(episodes, youngPeople, organisations, audit);
    }

    @Bean
    PhilomenaProfiles philomenaProfiles(ReactiveMongoTemplate mongo) {
        return PhilomenaDocuments.profiles(mongo);
    }

    @Bean
    KeepingPhilomenaProfile keepingPhilomenaProfile(EpisodeAccess access, PhilomenaProfiles profiles,
                                                    MissingEpisodes episodes, EpisodeAlerts alerts, Timers timers,
                                                    EventOutbox outbox, AuditLog audit, Clock clock) {
        return new KeepingPhilomenaProfile(access, profiles, episodes, alerts, timers, outbox, audit, clock);
    }

    /**
     * Photos are cleaned as content's images are: the type read from the bytes (PNG or JPEG only), the
     * size bounded, then re-encoded from the pixels alone so that no EXIF, GPS or other metadata is stored.
     */
    @Bean
    PhilomenaPhoto philomenaPhoto(EpisodeAccess access, PhilomenaProfiles profiles, EpisodeSettings settings,
                                  AuditLog audit, Clock clock) {
        ImageCleaning images = new ImageCleaning(settings.maxPhotoPixels());
        PhilomenaPhoto.Cleaning cleaning = upload -> Mono.fromCallable(() -> {
            MediaFormat format = MediaFormat.recognise(upload)
                    .filter(recognised -> recognised.kind() == MediaKind.IMAGE)
                    .orElseThrow(() -> new HomewardException(Problem.UNSUPPORTED_MEDIA_TYPE,
                            "A photo must be a PNG or JPEG image"));
            if (upload.length > settings.maxPhotoSize().toBytes()) {
                throw new HomewardException(Problem.PAYLOAD_TOO_LARGE,
                        "A photo may be at most " + settings.maxPhotoSize().toBytes() + " bytes");
            }
            return new PhilomenaProfiles.StoredPhoto(format.mediaType(), images.clean(format, upload));
        }).subscribeOn(Schedulers.boundedElastic());
        return new PhilomenaPhoto(access, profiles, cleaning, audit, clock);
    }

    @Bean
    ExportingPolicePack exportingPolicePack(EpisodeAccess access, YoungPeople youngPeople,
                                            KeepingPhilomenaProfile partOne, PhilomenaProfiles profiles,
                                            CheckIns checkIns, Timeline timeline, AuditLog audit, Clock clock) {
        return new ExportingPolicePack(access, youngPeople, partOne, profiles, checkIns, timeline,
                new PdfPolicePackPrinter(), audit, clock);
    }

    @Bean
    SettingMissingPolicy settingMissingPolicy(MissingPolicies policies, Stewardship stewardship) {
        return new SettingMissingPolicy(policies, stewardship);
    }
}
