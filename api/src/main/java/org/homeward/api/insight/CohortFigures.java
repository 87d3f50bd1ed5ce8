package org.homeward.api.insight;

import java.time.LocalDate;
import java.util.List;

/**
 * Every cohort figure for one period; each is defined in api/README.md ("Cohort insight"). Episode
 * figures count the episodes that started in the period; interview rates the interviews whose
 * return (the one that opened the offer) was in it; the child's voice the feedback given and the
 * interviews held in it; strategy discussions those flagged in it.
 */
public record CohortFigures(LocalDate from, LocalDate to, CohortEpisodes episodes, int repeatMissingChildren,
                            CohortOutOfArea outOfArea, CohortTiming timing, CohortDurations durations,
                            List<CohortCount> policeGrades, CohortInterviews interviews, List<CohortCount> declineReasons,
                            CohortFeedback feedback, List<CohortCount> pushFactors, List<CohortCount> pullFactors,
                            List<CohortCount> indicators, CohortStrategy strategyDiscussions) {

    /** Children and episodes; an episode is missing (DfE M) if the whereabouts were unknown at any time, else away (A). */
    public record CohortEpisodes(int children, int episodes, int missingEpisodes, int awayEpisodes, int childrenMissing,
                           int childrenAway) {
    }

    public record CohortOutOfArea(int children, int episodes) {
    }

    /**
     * Episodes by the local hour (0–23) and weekday (Monday first) they started.
     */
    public record CohortTiming(List<Integer> byHour, List<Integer> byWeekday) {
    }

    /** Of the period's episodes that have ended: the median and longest, in minutes; and how many are still open. */
    public record CohortDurations(int ended, int stillOpen, Double medianMinutes, Double longestMinutes) {
    }

    /** A value (a grade, a reason, a factor, a domain) with how often it came up and for how many children. */
    public record CohortCount(String key, int count, int children) {
    }

    /**
     * @param returns          episodes that ended in the period
     * @param returnsOffered   of those, the ones an interview covers (one interview may cover several returns)
     * @param offeredPercent   returnsOffered / returns
     * @param offers           interviews opened by a return in the period: what the rates below divide by
     * @param heldMedianHours  median hours from the return to the interview, of those held
     */
    public record CohortInterviews(int returns, int returnsOffered, Double offeredPercent, int offers, int accepted,
                                 Double acceptedPercent, int declined, int held, int heldWithin72h,
                                 Double heldWithin72hPercent, Double heldMedianHours) {
    }

    /** The children's feedback given in the period: averages of "listened" (1–5) and the share of each yes. */
    public record CohortFeedback(int given, Double listenedAverage, Double rightPersonPercent,
                           Double rightTimeAndPlacePercent, Double helpedPercent, Double talkAgainPercent) {
    }

    public record CohortStrategy(int children, int discussions, int held) {
    }

    /** The figures about episodes: computed together, in one pass over the period's episodes. */
    public record EpisodeFigures(CohortEpisodes episodes, int repeatMissingChildren, CohortOutOfArea outOfArea,
                                 CohortTiming timing, CohortDurations durations, List<CohortCount> policeGrades) {
    }

    /** The figures about return interviews offered on the period's returns. */
    public record InterviewFigures(CohortInterviews interviews, List<CohortCount> declineReasons) {
    }

    /** The child's voice and risk: feedback, factors and indicators from interviews held, strategy discussions. */
    public record VoiceFigures(CohortFeedback feedback, List<CohortCount> pushFactors, List<CohortCount> pullFactors,
                               List<CohortCount> indicators, CohortStrategy strategyDiscussions) {
    }

    /** The period's figures from their three groups. */
    public static CohortFigures of(Period period, EpisodeFigures episodes, InterviewFigures interviews,
                                   VoiceFigures voice) {
        return new CohortFigures(period.from(), period.to(), episodes.episodes(), episodes.repeatMissingChildren(),
                episodes.outOfArea(), episodes.timing(), episodes.durations(), episodes.policeGrades(),
                interviews.interviews(), interviews.declineReasons(), voice.feedback(), voice.pushFactors(),
                voice.pullFactors(), voice.indicators(), voice.strategyDiscussions());
    }

    /** A share, to one decimal place; null when there is nothing to divide by. */
    public static Double percent(int part, int whole) {
        return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
    }

    /** To two decimal places (averages, hours, minutes); null stays null. */
    public static Double rounded(Double value) {
        return value == null ? null : Math.round(value * 100.0) / 100.0;
    }
}
