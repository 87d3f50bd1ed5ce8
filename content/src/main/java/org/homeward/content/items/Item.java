package org.homeward.content.items;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.homeward.infra.errors.RuleViolation;
import org.homeward.moderation.review.ModerationDecision;
import org.homeward.moderation.review.ReviewTicket;

/**
 * A piece of safety material and its versions. At most one version is live (published); editing a
 * published item makes a new version that goes through moderation while the live one stays up.
 *
 * @param revision bumped by every stored change, for optimistic concurrency
 */
public record Item(String id, String organisationId, String authorUid, List<Version> versions, Instant createdAt,
                   Instant updatedAt, long revision) {

    public static final String SUBJECT_TYPE = "content-item";

    public Item {
        Objects.requireNonNull(id, "id");
        versions = List.copyOf(versions);
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("an item has at least one version");
        }
    }

    static Item draft(String id, String organisationId, String authorUid, ItemContent content, Instant now) {
        return new Item(id, organisationId, authorUid, List.of(Version.draft(1, content, now)), now, now, 0);
    }

    public Version latest() {
        return versions.get(versions.size() - 1);
    }

    public Optional<Version> live() {
        return versions.stream().filter(version -> version.state() == VersionState.PUBLISHED).findFirst();
    }

    public Optional<Version> version(int number) {
        return versions.stream().filter(version -> version.number() == number).findFirst();
    }

    public boolean writtenBy(String uid) {
        return authorUid.equals(uid);
    }

    /** A draft is rewritten in place; anything already submitted stays as it was and a new draft follows it. */
    Item revise(ItemContent content, Instant now) {
        Version latest = latest();
        return switch (latest.state()) {
            case DRAFT -> replace(latest.number(), old -> Version.draft(old.number(), content, old.createdAt()), now);
            case IN_REVIEW -> throw new RuleViolation("Version " + latest.number()
                    + " is being reviewed; wait for the moderators' decision before changing it");
            default -> append(Version.draft(latest.number() + 1, content, now), now);
        };
    }

    /** The draft to send to moderation. */
    Version toSubmit() {
        if (latest().state() != VersionState.DRAFT) {
            throw new RuleViolation("There is no draft to submit: version " + latest().number() + " is "
                    + latest().state());
        }
        return latest();
    }

    Item submitted(int number, ReviewTicket ticket, Instant now) {
        return replace(number, version -> version.submitted(ticket.reviewableId(), ticket.findings(), ticket.held(),
                now), now);
    }

    /** Applies a moderation decision; applying the same decision twice changes nothing. */
    Item decided(ModerationDecision decision) {
        int number = Integer.parseInt(decision.subject().version());
        Version version = version(number).orElse(null);
        if (version == null) {
            return this;
        }
        Instant at = decision.at();
        Feedback feedback = new Feedback(decision.outcome().name(), decision.reason(), at);
        return switch (decision.outcome()) {
            case APPROVED -> version.state() == VersionState.IN_REVIEW ? publish(number, at) : this;
            case REJECTED -> when(version, VersionState.IN_REVIEW, VersionState.REJECTED, feedback, at);
            case CHANGES_REQUESTED -> when(version, VersionState.IN_REVIEW, VersionState.CHANGES_REQUESTED, feedback, at);
            case REOPENED -> when(version, VersionState.REJECTED, VersionState.IN_REVIEW, feedback, at);
            case TAKEN_DOWN -> when(version, VersionState.PUBLISHED, VersionState.TAKEN_DOWN, feedback, at);
            case REINSTATED -> version.state() == VersionState.TAKEN_DOWN ? reinstate(number, feedback, at) : this;
        };
    }

    private Item when(Version version, VersionState from, VersionState to, Feedback feedback, Instant at) {
        return version.state() == from ? replace(version.number(), v -> v.told(to, feedback), at) : this;
    }

    /** The approved version goes live; the one it replaces is kept as superseded. */
    private Item publish(int number, Instant at) {
        List<Version> next = new ArrayList<>();
        for (Version version : versions) {
            if (version.number() == number) {
                next.add(version.published(at));
            } else if (version.state() == VersionState.PUBLISHED) {
                next.add(version.told(VersionState.SUPERSEDED, new Feedback("SUPERSEDED", "", at)));
            } else {
                next.add(version);
            }
        }
        return new Item(id, organisationId, authorUid, next, createdAt, at, revision);
    }

    /** A wrongly taken-down version comes back, unless a newer one has gone live meanwhile. */
    private Item reinstate(int number, Feedback feedback, Instant at) {
        boolean newerLive = live().filter(version -> version.number() > number).isPresent();
        return replace(number, version -> newerLive ? version.told(VersionState.SUPERSEDED, feedback)
                : version.told(VersionState.PUBLISHED, feedback), at);
    }

    private Item replace(int number, UnaryOperator<Version> change, Instant now) {
        List<Version> next = versions.stream()
                .map(version -> version.number() == number ? change.apply(version) : version).toList();
        return new Item(id, organisationId, authorUid, next, createdAt, now, revision);
    }

    private Item append(Version version, Instant now) {
        List<Version> next = new ArrayList<>(versions);
        next.add(version);
        return new Item(id, organisationId, authorUid, next, createdAt, now, revision);
    }
}
