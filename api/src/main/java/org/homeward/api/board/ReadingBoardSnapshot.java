package org.homeward.api.board;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.homeward.api.alerts.Alert;
import org.homeward.api.alerts.Alerts;
import org.homeward.api.episodes.MissingEpisode;
import org.homeward.api.episodes.MissingEpisodes;
import org.homeward.api.help.HelpRequest;
import org.homeward.api.help.HelpRequests;
import org.homeward.api.people.YoungPeople;
import org.homeward.api.people.YoungPerson;
import org.homeward.api.plans.GoingOutPlans;
import reactor.core.publisher.Mono;

/**
 * Reads what needs attention now from the database (never from this instance's memory), so that every
 * instance sees a change made through any other. It reads only what is open: plans agreed, out or
 * missing (of which those agreed or out and past their return time are late), help requests not
 * closed, episodes not closed, return interviews not yet held or closed.
 */
public class ReadingBoardSnapshot {

    private static final int CONCURRENCY = 8;

    private final GoingOutPlans plans;
    private final Alerts alerts;
    private final HelpRequests helpRequests;
    private final MissingEpisodes episodes;
    private final DueInterviews interviews;
    private final YoungPeople youngPeople;
    private final Clock clock;

    public ReadingBoardSnapshot(GoingOutPlans plans, Alerts alerts, HelpRequests helpRequests,
                                MissingEpisodes episodes, DueInterviews interviews, YoungPeople youngPeople,
                                Clock clock) {
        this.plans = plans;
        this.alerts = alerts;
        this.helpRequests = helpRequests;
        this.episodes = episodes;
        this.interviews = interviews;
        this.youngPeople = youngPeople;
        this.clock = clock;
    }

    public Mono<BoardSnapshot> read() {
        return Mono.defer(() -> {
            Instant now = clock.instant();
            return Mono.zip(late(now), helpRequests.findOpen().collectList(), episodes.findOpen().collectList(),
                            interviews.findOpen().collectList())
                    .flatMap(read -> named(now, read.getT1(), read.getT2(), read.getT3(), read.getT4()));
        });
    }

    private Mono<List<BoardSnapshot.Late>> late(Instant now) {
        return plans.findWatched()
                .filter(plan -> plan.isLate(now))
                .flatMap(plan -> alerts.findByPlan(plan.id())
                        .filter(alert -> alert.kind() == Alert.Kind.LATE_RETURN)
                        .collectList()
                        .map(ladder -> new BoardSnapshot.Late(plan, ladder)), CONCURRENCY)
                .collectList();
    }

    private Mono<BoardSnapshot> named(Instant now, List<BoardSnapshot.Late> late, List<HelpRequest> help,
                                      List<MissingEpisode> missing, List<DueInterviews.DueInterview> due) {
        Set<String> ids = new HashSet<>();
        late.forEach(entry -> ids.add(entry.plan().youngPersonId()));
        help.forEach(request -> ids.add(request.youngPersonId()));
        missing.forEach(episode -> ids.add(episode.youngPersonId()));
        due.forEach(interview -> ids.add(interview.youngPersonId()));
        Mono<Map<String, String>> names = ids.isEmpty() ? Mono.just(Map.of())
                : youngPeople.findByIds(ids).collect(Collectors.toMap(YoungPerson::id, YoungPerson::name));
        return names.map(found -> new BoardSnapshot(now, late, help, missing, due, found));
    }
}
