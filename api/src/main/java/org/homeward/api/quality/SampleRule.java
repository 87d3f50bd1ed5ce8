package org.homeward.api.quality;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.homeward.api.quality.QualityItem.Reason;
import org.homeward.api.quality.QualityItem.Sample;
import org.homeward.api.quality.QualityItem.Why;

/**
 * Which completed interviews quality assurance looks at, deterministically: the same facts always give
 * the same answer, and each answer says why. High-risk, repeat-missing and out-of-area children,
 * interviews held after 72 hours and those the child rated poorly are always chosen; every other is in
 * the sample when its draw (a hash of the interview's id, 0 to 9,999) is below the organisation's rate.
 */
public final class SampleRule {

    /** What is known about a completed interview when it is decided. */
    public record Facts(String interviewId, boolean highRisk, String highRiskEpisode, Integer repeatCount,
                        Integer repeatWithinDays, boolean outOfArea, String outOfAreaEpisode, Instant returnedAt,
                        Instant heldAt, Instant dueAt, Integer listened, Boolean helped) {
    }

    private SampleRule() {
    }

    /** The reasons that always choose an interview, whatever the rate. */
    public static List<Reason> alwaysChosen(Facts facts) {
        List<Reason> reasons = new ArrayList<>();
        if (facts.highRisk()) {
            reasons.add(new Reason(Why.HIGH_RISK, "Episode " + facts.highRiskEpisode() + " was graded high risk"));
        }
        if (facts.repeatCount() != null) {
            reasons.add(new Reason(Why.REPEAT_MISSING, facts.repeatCount() + " episodes within "
                    + facts.repeatWithinDays() + " days: repeat missing under the organisation's rule"));
        }
        if (facts.outOfArea()) {
            reasons.add(new Reason(Why.OUT_OF_AREA, "Missing from a placement out of area (episode "
                    + facts.outOfAreaEpisode() + ")"));
        }
        if (facts.heldAt() != null && facts.heldAt().isAfter(facts.dueAt())) {
            long hours = Duration.between(facts.returnedAt(), facts.heldAt()).toHours();
            reasons.add(new Reason(Why.HELD_AFTER_72_HOURS, "Held " + hours + " hours after the return"));
        }
        List<String> poor = new ArrayList<>();
        if (facts.listened() != null && facts.listened() <= 2) {
            poor.add("felt listened to " + facts.listened() + " out of 5");
        }
        if (Boolean.FALSE.equals(facts.helped())) {
            poor.add("said it did not help");
        }
        if (!poor.isEmpty()) {
            reasons.add(new Reason(Why.POOR_FEEDBACK, "The child " + String.join(" and ", poor)));
        }
        return reasons;
    }

    /** The draw, and whether it is in a sample of {@code percent}. */
    public static Sample sample(String interviewId, int percent) {
        int draw = draw(interviewId);
        boolean chosen = draw < percent * 100;
        String shown = String.format("%d.%02d", draw / 100, draw % 100);
        String why = percent >= 100 ? "The organisation assures every interview"
                : "Draw " + shown + (chosen ? " is below " : " is not below ") + "the sample rate of " + percent + "%";
        return new Sample(draw, percent, chosen, why);
    }

    /** Every reason it is in the queue: empty when it is left out. */
    public static List<Reason> reasons(Facts facts, int percent) {
        List<Reason> reasons = new ArrayList<>(alwaysChosen(facts));
        Sample sample = sample(facts.interviewId(), percent);
        if (sample.chosen()) {
            reasons.add(new Reason(percent >= 100 ? Why.ALL : Why.SAMPLED, sample.why()));
        }
        return reasons;
    }

    /** 0 to 9,999 from the SHA-256 of the id: uniform, and the same on every instance and every release. */
    static int draw(String interviewId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(("homeward-quality-sample:" + interviewId).getBytes(StandardCharsets.UTF_8));
            long value = ((hash[0] & 0xffL) << 24) | ((hash[1] & 0xffL) << 16) | ((hash[2] & 0xffL) << 8) | (hash[3] & 0xffL);
            return (int) (value % 10_000);
        } catch (NoSuchAlgorithmException absent) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", absent);
        }
    }
}
