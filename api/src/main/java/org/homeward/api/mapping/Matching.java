package org.homeward.api.mapping;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Which entities may be the same, by the Jaro-Winkler similarity (Apache Commons Text) of their
 * normalised keys: the score of a pair is that of their closest keys. At or above the threshold a
 * pair is put to a worker; nothing is merged on a score alone.
 */
public final class Matching {

    private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

    private final double threshold;

    public Matching(double threshold) {
        if (threshold <= 0 || threshold > 1) {
            throw new IllegalArgumentException("The match threshold is a similarity between 0 and 1");
        }
        this.threshold = threshold;
    }

    /** A possible match: the other entity, the score and the two keys that were closest. */
    public record Similar(MappedEntity other, double score, String key, String otherKey) {
    }

    /** The entities among {@code others} similar enough to {@code entity} to ask about, closest first. */
    public List<Similar> similarTo(MappedEntity entity, Collection<MappedEntity> others) {
        List<Similar> found = new ArrayList<>();
        for (MappedEntity other : others) {
            if (other.id().equals(entity.id()) || other.kind() != entity.kind()) {
                continue;
            }
            closest(entity, other).filter(similar -> similar.score() >= threshold).ifPresent(found::add);
        }
        found.sort((one, two) -> Double.compare(two.score(), one.score()));
        return found;
    }

    /** The similarity of two keys, 0 to 1 (1: the same once normalised). */
    public static double score(String one, String other) {
        return SIMILARITY.apply(one, other);
    }

    private static Optional<Similar> closest(MappedEntity entity, MappedEntity other) {
        Similar best = null;
        for (String key : entity.keys()) {
            for (String otherKey : other.keys()) {
                double score = score(key, otherKey);
                if (best == null || score > best.score()) {
                    best = new Similar(other, score, key, otherKey);
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
