package org.homeward.api.quality.infrastructure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.bson.Document;
import org.homeward.api.quality.Assessment;
import org.homeward.api.quality.Assessments;
import org.homeward.api.quality.Criterion;
import org.homeward.api.quality.Grade;
import org.homeward.api.quality.Practice;
import org.homeward.api.quality.QualityItem;
import org.homeward.api.quality.QualityItems;
import org.homeward.api.quality.RecordVersion;
import org.homeward.api.quality.RecordVersions;
import org.homeward.api.quality.SampleSetting;
import org.homeward.api.quality.SampleSettings;
import org.homeward.infra.errors.Conflict;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/** Quality assurance's MongoDB adapters: the domain records stored whole, beside the fields they are found and counted by. */
final class MongoQuality {

    private MongoQuality() {
    }

    @org.springframework.data.mongodb.core.mapping.Document("quality_items")
    record ItemDocument(@Id String id, @Indexed String organisationId, @Indexed String interviewerId, String state,
                        java.time.Instant completedAt, long version, QualityItem item) {
        static ItemDocument of(QualityItem item) {
            return new ItemDocument(item.id(), item.organisationId(), item.interviewerId(), item.state().name(),
                    item.completedAt(), item.version(), item);
        }
    }

    /** One grade of an assessment, flattened so that the count is a plain unwind and group. */
    record GradeField(String criterion, String grade) {
    }

    @org.springframework.data.mongodb.core.mapping.Document("quality_assessments")
    record AssessmentDocument(@Id String id, @Indexed String interviewId, @Indexed String organisationId,
                              @Indexed String interviewerId, String teamId, String month, java.time.Instant assessedAt,
                              List<GradeField> grades, Assessment assessment) {
        static AssessmentDocument of(Assessment assessment) {
            return new AssessmentDocument(assessment.id(), assessment.interviewId(), assessment.organisationId(),
                    assessment.interviewerId(), assessment.teamId(), assessment.month(), assessment.assessedAt(),
                    assessment.grades().stream().map(graded -> new GradeField(graded.criterion().name(),
                            graded.grade().name())).toList(), assessment);
        }
    }

    @org.springframework.data.mongodb.core.mapping.Document("quality_record_versions")
    record VersionDocument(@Id String id, @Indexed String interviewId, int version, RecordVersion kept) {
    }

    @org.springframework.data.mongodb.core.mapping.Document("quality_sample_settings")
    record SettingDocument(@Id String id, SampleSetting setting) {
    }

    /** Another change landed between the read and the write: read again. */
    private static final class Stale extends RuntimeException {
        Stale() {
            super(null, null, false, false);
        }
    }

    static QualityItems items(ReactiveMongoTemplate mongo) {
        return new QualityItems() {
            @Override
            public Mono<QualityItem> insertIfAbsent(QualityItem item) {
                return mongo.insert(ItemDocument.of(item)).map(ItemDocument::item)
                        .onErrorResume(DuplicateKeyException.class, taken -> findById(item.id()));
            }

            @Override
            public Mono<QualityItem> findById(String interviewId) {
                return mongo.findById(interviewId, ItemDocument.class).map(ItemDocument::item);
            }

            @Override
            public Flux<QualityItem> findByOrganisation(String organisationId, Set<QualityItem.State> states) {
                return mongo.find(Query.query(Criteria.where("organisationId").is(organisationId)
                                        .and("state").in(states.stream().map(Enum::name).toList()))
                                .with(Sort.by("completedAt", "_id")).limit(500), ItemDocument.class)
                        .map(ItemDocument::item);
            }

            @Override
            public Flux<QualityItem> findByInterviewer(String interviewerId) {
                return mongo.find(Query.query(Criteria.where("interviewerId").is(interviewerId)), ItemDocument.class)
                        .map(ItemDocument::item);
            }

            @Override
            public Mono<QualityItem> change(String interviewId, Function<QualityItem, QualityItem> change) {
                return Mono.defer(() -> findById(interviewId).flatMap(current -> {
                            QualityItem changed = change.apply(current);
                            if (changed.equals(current)) {
                                return Mono.just(current);
                            }
                            QualityItem next = changed.withVersion(current.version() + 1);
                            Query unchanged = Query.query(Criteria.where("_id").is(interviewId)
                                    .and("version").is(current.version()));
                            return mongo.findAndReplace(unchanged, ItemDocument.of(next))
                                    .map(previous -> next)
                                    .switchIfEmpty(Mono.error(new Stale()));
                        }))
                        .retryWhen(Retry.backoff(8, Duration.ofMillis(5)).filter(Stale.class::isInstance)
                                .onRetryExhaustedThrow((spec, signal) -> new Conflict(
                                        "The interview's quality assurance changed meanwhile, again and again; retry")));
            }
        };
    }

    static Assessments assessments(ReactiveMongoTemplate mongo) {
        return new Assessments() {
            @Override
            public Mono<Assessment> insert(Assessment assessment) {
                return mongo.insert(AssessmentDocument.of(assessment)).map(AssessmentDocument::assessment);
            }

            @Override
            public Mono<Assessment> findById(String id) {
                return mongo.findById(id, AssessmentDocument.class).map(AssessmentDocument::assessment);
            }

            @Override
            public Flux<Assessment> findByInterview(String interviewId) {
                return mongo.find(Query.query(Criteria.where("interviewId").is(interviewId))
                        .with(Sort.by("assessedAt", "_id")), AssessmentDocument.class).map(AssessmentDocument::assessment);
            }

            @Override
            public Flux<Assessment> findByInterviewer(String interviewerId) {
                return mongo.find(Query.query(Criteria.where("interviewerId").is(interviewerId))
                                .with(Sort.by(Sort.Direction.DESC, "assessedAt")).limit(500), AssessmentDocument.class)
                        .map(AssessmentDocument::assessment);
            }

            @Override
            public Mono<Assessment> change(String id, Function<Assessment, Assessment> change) {
                // Only the interviewer's acknowledgement changes an assessment, and it keeps the first time.
                return findById(id).map(change).flatMap(changed -> mongo.save(AssessmentDocument.of(changed)))
                        .map(AssessmentDocument::assessment);
            }

            @Override
            public Flux<PracticeCount> count(String organisationId, String fromMonth, String toMonth, Practice.By by,
                                             String teamId, String interviewerId) {
                Criteria match = Criteria.where("organisationId").is(organisationId).and("month").gte(fromMonth).lte(toMonth);
                if (teamId != null) {
                    match = match.and("teamId").is(teamId);
                }
                if (interviewerId != null) {
                    match = match.and("interviewerId").is(interviewerId);
                }
                Document groupId = new Document("month", "$month").append("criterion", "$grades.criterion")
                        .append("grade", "$grades.grade");
                if (by == Practice.By.TEAM) {
                    groupId.append("key", "$teamId");
                } else if (by == Practice.By.INTERVIEWER) {
                    groupId.append("key", "$interviewerId");
                }
                List<AggregationOperation> steps = new ArrayList<>();
                steps.add(Aggregation.match(match));
                steps.add(Aggregation.unwind("grades"));
                steps.add(context -> new Document("$group", new Document("_id", groupId)
                        .append("count", new Document("$sum", 1))));
                return mongo.aggregate(Aggregation.newAggregation(steps), "quality_assessments", Document.class)
                        .map(row -> {
                            Document id = row.get("_id", Document.class);
                            return new PracticeCount(id.getString("month"), id.getString("key"),
                                    Criterion.valueOf(id.getString("criterion")), Grade.valueOf(id.getString("grade")),
                                    ((Number) row.get("count")).longValue());
                        });
            }
        };
    }

    static RecordVersions versions(ReactiveMongoTemplate mongo) {
        return new RecordVersions() {
            @Override
            public Mono<Void> keepIfAbsent(RecordVersion version) {
                return mongo.insert(new VersionDocument(version.id(), version.interviewId(), version.version(), version))
                        .onErrorResume(DuplicateKeyException.class, kept -> Mono.empty())
                        .then();
            }

            @Override
            public Flux<RecordVersion> findByInterview(String interviewId) {
                return mongo.find(Query.query(Criteria.where("interviewId").is(interviewId)).with(Sort.by("version")),
                        VersionDocument.class).map(VersionDocument::kept);
            }
        };
    }

    static SampleSettings settings(ReactiveMongoTemplate mongo, int defaultPercent) {
        return new SampleSettings() {
            @Override
            public Mono<SampleSetting> save(SampleSetting setting) {
                return mongo.save(new SettingDocument(setting.organisationId(), setting)).map(SettingDocument::setting);
            }

            @Override
            public Mono<SampleSetting> of(String organisationId) {
                return mongo.findById(organisationId, SettingDocument.class).map(SettingDocument::setting)
                        .defaultIfEmpty(new SampleSetting(organisationId, defaultPercent >= 100
                                ? SampleSetting.Mode.ALL : SampleSetting.Mode.SAMPLE, defaultPercent));
            }
        };
    }
}
