package org.homeward.api.mapping;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A person, place, vehicle or online handle on an organisation's risk map, known by the keys every
 * record that named it was normalised to. It describes someone or somewhere around children, so it
 * is shown only beside a child the reader is entitled to.
 *
 * @param unlinkedSince when its last link was withdrawn (it expires a configured while after); null while linked
 */
public record MappedEntity(String id, String organisationId, EntityKind kind, String label, List<String> keys,
                           Integer approximateAge, String area, String detail, String platform, Instant createdAt,
                           Instant unlinkedSince) {

    public MappedEntity {
        Objects.requireNonNull(id);
        Objects.requireNonNull(organisationId);
        Objects.requireNonNull(kind);
        keys = List.copyOf(keys);
    }

    public static MappedEntity of(String id, String organisationId, Mention mention, Instant at) {
        return new MappedEntity(id, organisationId, mention.kind(), mention.label(), mention.keys(),
                mention.approximateAge(), mention.area(), mention.detail(), mention.platform(), at, null);
    }

    /** This entity after a worker confirmed that {@code other} is the same: its keys and what it lacked. */
    public MappedEntity absorbing(MappedEntity other) {
        if (other.kind != kind || !other.organisationId.equals(organisationId)) {
            throw new IllegalArgumentException("Only entities of one kind and organisation are merged");
        }
        List<String> all = new ArrayList<>(keys);
        other.keys.stream().filter(key -> !all.contains(key)).forEach(all::add);
        return new MappedEntity(id, organisationId, kind, label, all,
                approximateAge != null ? approximateAge : other.approximateAge, area != null ? area : other.area,
                detail != null ? detail : other.detail, platform, createdAt, null);
    }

    /** Knowing more from a new mention: keys, an age or area it lacked. */
    public MappedEntity knowing(Mention mention) {
        List<String> all = new ArrayList<>(keys);
        mention.keys().stream().filter(key -> !all.contains(key)).forEach(all::add);
        return new MappedEntity(id, organisationId, kind, label, all,
                approximateAge != null ? approximateAge : mention.approximateAge(),
                area != null ? area : mention.area(), detail != null ? detail : mention.detail(), platform,
                createdAt, null);
    }

    public MappedEntity unlinked(Instant at) {
        return new MappedEntity(id, organisationId, kind, label, keys, approximateAge, area, detail, platform,
                createdAt, at);
    }
}
