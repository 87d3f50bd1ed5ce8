package org.homeward.api.sharing;

import java.time.Instant;
import java.util.List;

import reactor.core.publisher.Flux;

/**
 * What return home interviews found, as the meeting pack needs it: read from the interviews' records
 * by an adapter, so that sharing depends on this shape rather than on the interview record itself.
 */
public interface InterviewFindings {

    /** The findings of the organisation's interviews held in {@code [from, until)}. */
    Flux<Finding> heldIn(String organisationId, Instant from, Instant until);

    /**
     * One interview's findings, in words: associates as "name or nickname (about N)", places as
     * "name, area" (never coordinates), indicators as "domain: note".
     */
    record Finding(String interviewId, String youngPersonId, Instant heldAt, List<String> pushFactors,
                   List<String> pullFactors, List<Indicator> indicators, List<String> associates,
                   List<String> vehicles, List<String> places, List<String> handles, String harmExperienced,
                   String harmFeared) {
        public Finding {
            pushFactors = List.copyOf(pushFactors);
            pullFactors = List.copyOf(pullFactors);
            indicators = List.copyOf(indicators);
            associates = List.copyOf(associates);
            vehicles = List.copyOf(vehicles);
            places = List.copyOf(places);
            handles = List.copyOf(handles);
        }
    }

    /** An exploitation or vulnerability indicator: the domain's name (as the episodes' {@code RiskDomain}) and a note. */
    record Indicator(String domain, String note) {
    }
}
