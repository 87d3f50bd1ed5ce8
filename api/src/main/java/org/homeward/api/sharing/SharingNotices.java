package org.homeward.api.sharing;

import java.util.List;

import reactor.core.publisher.Mono;

/**
 * Who is told what about the meeting, through the alerts' store-before-send path (each notice stored
 * under its own id before it leaves), so that a retried timer tells nobody twice. Answers the ids told.
 */
public interface SharingNotices {

    /** The pack is ready for the organisation's managers to review. */
    Mono<List<String>> packReady(MeetingPack pack);

    /** The pack was released to an agency: its members may read their view. */
    Mono<List<String>> packReleased(MeetingPack pack, MeetingPack.AgencyRelease agency, List<String> memberIds);

    /** An action falls due soon (its owner), or is overdue (the organisation's managers). */
    Mono<List<String>> actionDue(MeetingAction action, boolean overdue);
}
