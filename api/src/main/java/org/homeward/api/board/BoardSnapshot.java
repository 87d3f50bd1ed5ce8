package org.homeward.api.board;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.homeward.api.alerts.Alert;
import org.homeward.api.episodes.MissingEpisode;
import org.homeward.api.help.HelpRequest;
import org.homeward.api.plans.GoingOutPlan;

/**
 * What needs someone's attention now, across every organisation, as read from the database at one
 * instant: open plans past their return time with their late-return alerts, help requests not yet
 * closed, open missing episodes, return interviews still to be held, and the names of the young people concerned. Each caller sees only
 * the part they are entitled to ({@link NowBoard#of}).
 */
public record BoardSnapshot(Instant at, List<Late> late, List<HelpRequest> help, List<MissingEpisode> missing,
                            List<DueInterviews.DueInterview> interviews, Map<String, String> names) {

    /** An open plan past its return time, with the ladder's alerts for it so far (oldest step first). */
    public record Late(GoingOutPlan plan, List<Alert> alerts) {
        public Late {
            alerts = List.copyOf(alerts);
        }
    }

    public BoardSnapshot {
        late = List.copyOf(late);
        help = List.copyOf(help);
        missing = List.copyOf(missing);
        interviews = List.copyOf(interviews);
        names = Map.copyOf(names);
    }
}
