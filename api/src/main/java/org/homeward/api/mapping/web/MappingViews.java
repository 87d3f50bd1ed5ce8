package org.homeward.api.mapping.web;

import java.time.Instant;
import java.util.List;

import org.homeward.api.mapping.Grading;
import org.homeward.api.mapping.Link;
import org.homeward.api.mapping.MappedEntity;
import org.homeward.api.mapping.MatchCandidate;
import org.homeward.api.mapping.ReadingEntity;
import org.homeward.api.mapping.ReadingHotspots;
import org.homeward.api.mapping.ReadingMatchQueue;
import org.homeward.api.mapping.ReadingNetwork;
import org.homeward.api.mapping.ReadingSharedEntities;
import org.homeward.api.mapping.RiskNotice;

/** What the risk-mapping endpoints answer. */
final class MappingViews {

    private MappingViews() {
    }

    /** A person, place, vehicle or online handle; a place only by its rounded area. */
    record RiskEntityView(String id, String kind, String label, Integer approximateAge, String area, String detail,
                          String platform, Instant createdAt, Instant unlinkedSince) {
        static RiskEntityView of(MappedEntity e) {
            return new RiskEntityView(e.id(), e.kind().name(), e.label(), e.approximateAge(), e.area(), e.detail(),
                    e.platform(), e.createdAt(), e.unlinkedSince());
        }
    }

    /** 3x5x2: source 1-3, information A-E, handling P/C, and the code as written on a log ("2A P"). */
    record GradingView(int source, String information, String handling, String code) {
        static GradingView of(Grading g) {
            return new GradingView(g.source(), g.information(), g.handling(), g.code());
        }
    }

    record RiskLinkView(String id, String entityId, String youngPersonId, String kind, String source, String sourceRef,
                        String sourceDetail, Instant observedAt, String recordedBy, Instant recordedAt,
                        Instant joinedAt, GradingView grading) {
        static RiskLinkView of(Link l) {
            return new RiskLinkView(l.id(), l.entityId(), l.youngPersonId(), l.kind().name(), l.source().name(),
                    l.sourceRef(), l.sourceDetail(), l.observedAt(), l.recordedBy(), l.recordedAt(), l.joinedAt(),
                    GradingView.of(l.grading()));
        }
    }

    /**
     * One entity around the child: this child's links to it, how many other children it is linked to,
     * and which of those the caller works with (the others are only counted).
     */
    record NetworkEntryView(RiskEntityView entity, List<RiskLinkView> links, int otherChildren,
                            List<String> otherChildrenYouMaySee) {
        static NetworkEntryView of(ReadingNetwork.Entry e) {
            return new NetworkEntryView(RiskEntityView.of(e.entity()), e.links().stream().map(RiskLinkView::of).toList(),
                    e.otherChildren(), e.otherChildrenSeen());
        }
    }

    record NetworkView(String youngPersonId, String name, List<NetworkEntryView> entities) {
        static NetworkView of(ReadingNetwork.Network n) {
            return new NetworkView(n.child().id(), n.child().preferredName() != null ? n.child().preferredName()
                    : n.child().name(), n.entries().stream().map(NetworkEntryView::of).toList());
        }
    }

    /** An entity, its links to children the caller may see, and how many children it is linked to in all. */
    record RiskEntityReadView(RiskEntityView entity, List<RiskLinkView> links, int children) {
        static RiskEntityReadView of(ReadingEntity.EntityRead r) {
            return new RiskEntityReadView(RiskEntityView.of(r.entity()), r.links().stream().map(RiskLinkView::of).toList(),
                    r.children());
        }
    }

    record SharedEntityView(RiskEntityView entity, int children, List<String> childrenYouMaySee, Instant linkedAt) {
        static SharedEntityView of(ReadingSharedEntities.Shared s) {
            return new SharedEntityView(RiskEntityView.of(s.entity()), s.children(), s.childrenSeen(), s.linkedAt());
        }
    }

    record HotspotPlaceView(String entityId, String label) {
    }

    record HotspotView(String area, int children, int links, List<HotspotPlaceView> places, Instant lastSeenAt) {
        static HotspotView of(ReadingHotspots.Hotspot h) {
            return new HotspotView(h.area(), h.children(), h.links(),
                    h.places().stream().map(p -> new HotspotPlaceView(p.entityId(), p.label())).toList(), h.lastSeenAt());
        }
    }

    record HotspotsView(Instant from, Instant until, List<HotspotView> areas) {
        static HotspotsView of(ReadingHotspots.Hotspots h) {
            return new HotspotsView(h.from(), h.until(), h.areas().stream().map(HotspotView::of).toList());
        }
    }

    /** A match decided: by whom, when, with what note. */
    record MatchDecisionView(String id, String kind, String entityId, String candidateId, double score, String reason,
                             String status, Instant createdAt, String decidedBy, Instant decidedAt, String note) {
        static MatchDecisionView of(MatchCandidate m) {
            return new MatchDecisionView(m.id(), m.kind().name(), m.entityId(), m.candidateId(), m.score(), m.reason(),
                    m.status().name(), m.createdAt(), m.decidedBy(), m.decidedAt(), m.note());
        }
    }

    /**
     * A question in the queue: both entities and how many children each is linked to. Once a match is
     * confirmed the candidate is merged into the entity, and {@code candidate} is null.
     */
    record MatchQuestionView(MatchDecisionView match, RiskEntityView entity, int entityChildren,
                             RiskEntityView candidate, int candidateChildren) {
        static MatchQuestionView of(ReadingMatchQueue.Question q) {
            return new MatchQuestionView(MatchDecisionView.of(q.match()), RiskEntityView.of(q.entity()),
                    q.entityChildren(), q.candidate() == null ? null : RiskEntityView.of(q.candidate()),
                    q.candidateChildren());
        }
    }

    /** "Others at risk": your child is linked to this entity, which is linked to this many other children. */
    record RiskNoticeView(String id, String youngPersonId, String entityId, String kind, String label,
                          int otherChildren, Instant createdAt) {
        static RiskNoticeView of(RiskNotice n) {
            return new RiskNoticeView(n.id(), n.youngPersonId(), n.entityId(), n.kind().name(), n.label(),
                    n.otherChildren(), n.createdAt());
        }
    }
}
