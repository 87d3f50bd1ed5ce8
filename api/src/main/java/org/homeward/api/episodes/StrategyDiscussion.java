package org.homeward.api.episodes;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.errors.RuleViolation;

/**
 * A child has gone missing often enough, by the organisation's rule, to need a strategy discussion:
 * a task for their worker and team manager, reminded until it is recorded as held.
 *
 * @param episodeIds the episodes that met the rule, the newest (the one that triggered it) last
 * @param rule       the rule as it stood, e.g. "3 episodes within 90 days"
 */
public record StrategyDiscussion(String id, String organisationId, String youngPersonId, Instant flaggedAt,
                                 List<String> episodeIds, String rule, Status status, Instant heldAt,
                                 String recordedBy, String note) {

    public enum Status { DUE, HELD }

    public StrategyDiscussion {
        Objects.requireNonNull(id);
        Objects.requireNonNull(organisationId);
        Objects.requireNonNull(youngPersonId);
        Objects.requireNonNull(flaggedAt);
        Objects.requireNonNull(status);
        episodeIds = episodeIds == null ? List.of() : List.copyOf(episodeIds);
    }

    public static StrategyDiscussion flagged(MissingEpisode trigger, List<String> episodeIds, MissingPolicy policy,
                                             Instant at) {
        return new StrategyDiscussion("strategy:" + trigger.id(), trigger.organisationId(), trigger.youngPersonId(),
                at, episodeIds, policy.repeatEpisodes() + " episodes within " + policy.repeatWithinDays() + " days",
                Status.DUE, null, null, null);
    }

    public boolean isDue() {
        return status == Status.DUE;
    }

    public StrategyDiscussion held(Instant at, Instant now, String by, String note) {
        if (!isDue()) {
            throw new RuleViolation("This strategy discussion is already recorded as held");
        }
        Instant when = at == null ? now : at;
        if (when.isAfter(now)) {
            throw new InvalidField("heldAt", "is in the future");
        }
        return new StrategyDiscussion(id, organisationId, youngPersonId, flaggedAt, episodeIds, rule, Status.HELD,
                when, by, MissingEpisode.text("note", note));
    }
}
