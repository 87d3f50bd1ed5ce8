package org.homeward.api.interviews;

import java.util.List;
import java.util.Objects;

import org.homeward.infra.errors.InvalidField;

/**
 * An organisation's return-interview service: the team told of every offer (its manager is told when
 * nothing is booked by 48 hours), the push and pull factors interviewers choose from, and what the
 * child is told will happen to what they say.
 */
public record InterviewService(String organisationId, String teamId, List<String> pushFactors,
                               List<String> pullFactors, String sharing) {

    /** From DOMAIN.md: what commonly pushes a child away. */
    public static final List<String> DEFAULT_PUSH = List.of("CONFLICT_AT_PLACEMENT", "FAMILY_CONTACT", "BULLYING",
            "ABUSE", "LONELINESS", "SCHOOL_PROBLEMS");
    /** From DOMAIN.md: what commonly pulls a child away. */
    public static final List<String> DEFAULT_PULL = List.of("FRIENDS", "BOYFRIEND_OR_GIRLFRIEND", "FAMILY", "PARTIES",
            "ADULTS_OFFERING_THINGS", "SUBSTANCES", "MONEY");
    /** What the child reads before the interview, in plain words. */
    public static final String DEFAULT_SHARING = "What you tell us is written down and kept safe. Your social worker"
            + " and the people who look after you at work (not your carers) can read it, so they can help keep you"
            + " safe and make your plan better. Your carers only see that we talked, not what you said. If you tell"
            + " us someone is hurting you or might hurt you, we have to tell people who can stop it, and we will"
            + " tell you first. You will see what we agreed, and you can tell us if we got it wrong.";

    public InterviewService {
        Objects.requireNonNull(organisationId);
        teamId = Words.optional("teamId", teamId, Words.SHORT);
        pushFactors = factors("pushFactors", pushFactors, DEFAULT_PUSH);
        pullFactors = factors("pullFactors", pullFactors, DEFAULT_PULL);
        sharing = sharing == null || sharing.isBlank() ? DEFAULT_SHARING : Words.required("sharing", sharing, Words.LONG);
    }

    /** The defaults, before the organisation has set anything. */
    public static InterviewService defaults(String organisationId) {
        return new InterviewService(organisationId, null, null, null, null);
    }

    private static List<String> factors(String field, List<String> given, List<String> defaults) {
        if (given == null || given.isEmpty()) {
            return defaults;
        }
        List<String> checked = Words.lines(field, given, 40, 60);
        for (String factor : checked) {
            if (!factor.matches("[A-Z0-9_]+")) {
                throw new InvalidField(field, "'" + factor + "' should be a code in capitals, like FAMILY_CONTACT");
            }
        }
        return checked.stream().distinct().toList();
    }
}
