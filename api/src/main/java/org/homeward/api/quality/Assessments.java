package org.homeward.api.quality;

import java.util.List;
import java.util.function.Function;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The assessments, each its own record; practice over time is counted where they are stored. */
public interface Assessments {

    Mono<Assessment> insert(Assessment assessment);

    Mono<Assessment> findById(String id);

    /** An interview's assessments, oldest first: a second one never replaces the first. */
    Flux<Assessment> findByInterview(String interviewId);

    /** The assessments of interviews this person held, newest first. */
    Flux<Assessment> findByInterviewer(String interviewerId);

    Mono<Assessment> change(String id, Function<Assessment, Assessment> change);

    /**
     * How many of each grade each criterion got, per month (and per team or interviewer), for the
     * organisation's assessments of months {@code fromMonth} to {@code toMonth} inclusive ({@code 2026-11}).
     */
    Flux<PracticeCount> count(String organisationId, String fromMonth, String toMonth, Practice.By by,
                              String teamId, String interviewerId);

    /** One group's count: {@code key} is the team's or interviewer's id, or null for the organisation. */
    record PracticeCount(String month, String key, Criterion criterion, Grade grade, long count) {
    }

    static List<Criterion> criteria() {
        return List.of(Criterion.values());
    }
}
