package org.homeward.api.interviews;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.homeward.api.episodes.RiskDomain;
import org.homeward.infra.errors.InvalidField;
import org.homeward.infra.errors.RuleViolation;

/**
 * What the interview found, before, during and after the episode, in a form that can be used: the
 * people, vehicles, online handles and places as structured entries (what risk mapping reads), push
 * and pull factors from the organisation's lists, indicators per exploitation domain, the child's own
 * words, and actions each with an owner and a due instant. Never shown to the child or to carers.
 */
public record InterviewRecord(Instant heldAt, String place, List<String> present, String before, String during,
                              String after, String whereTheyWent, String howTheyTravelled, List<Associate> people,
                              List<Vehicle> vehicles, List<Handle> handles, List<Place> places,
                              List<String> pushFactors, List<String> pullFactors, Harm harm,
                              List<Indicator> indicators, List<String> childsWords, String wishes,
                              String whatWouldHelp, List<String> safetyInformation, List<Action> actions,
                              boolean readBack, String recordedBy, Instant recordedAt) {

    /** Someone the child was with: a name or nickname, and roughly how old. */
    public record Associate(String name, String nickname, Integer approximateAge, String note) {
        public Associate {
            name = Words.optional("people.name", name, Words.SHORT);
            nickname = Words.optional("people.nickname", nickname, Words.SHORT);
            if (name == null && nickname == null) {
                throw new InvalidField("people.name", "give a name or a nickname");
            }
            if (approximateAge != null && (approximateAge < 0 || approximateAge > 120)) {
                throw new InvalidField("people.approximateAge", "must be between 0 and 120");
            }
            note = Words.optional("people.note", note, Words.LONG);
        }
    }

    public record Vehicle(String description, String registration) {
        public Vehicle {
            description = Words.optional("vehicles.description", description, Words.SHORT);
            registration = Words.optional("vehicles.registration", registration, 12);
            if (description == null && registration == null) {
                throw new InvalidField("vehicles.description", "describe the vehicle or give its registration");
            }
        }
    }

    public record Handle(String platform, String handle) {
        public Handle {
            platform = Words.required("handles.platform", platform, 60);
            handle = Words.required("handles.handle", handle, Words.SHORT);
        }
    }

    /**
     * A named place or an address, with its area rounded (two decimal places, about a kilometre) so
     * that places can be mapped without pinpointing anyone's home.
     */
    public record Place(String name, String address, String area, Double latitude, Double longitude) {
        public Place {
            name = Words.optional("places.name", name, Words.SHORT);
            address = Words.optional("places.address", address, Words.SHORT);
            area = Words.optional("places.area", area, 60);
            if (name == null && address == null) {
                throw new InvalidField("places.name", "give a name or an address");
            }
            if ((latitude == null) != (longitude == null)) {
                throw new InvalidField("places.latitude", "give both latitude and longitude, or neither");
            }
            if (latitude != null && (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180)) {
                throw new InvalidField("places.latitude", "is not on Earth");
            }
            latitude = rounded(latitude);
            longitude = rounded(longitude);
        }

        private static Double rounded(Double degrees) {
            return degrees == null ? null : BigDecimal.valueOf(degrees).setScale(2, RoundingMode.HALF_UP).doubleValue();
        }
    }

    public record Harm(String experienced, String feared) {
        public Harm {
            experienced = Words.optional("harm.experienced", experienced, Words.LONG);
            feared = Words.optional("harm.feared", feared, Words.LONG);
        }
    }

    public record Indicator(RiskDomain domain, String note) {
        public Indicator {
            if (domain == null) {
                throw new InvalidField("indicators.domain", "is required");
            }
            note = Words.required("indicators.note", note, Words.LONG);
        }
    }

    /** Something to be done, by whom and when; reminded at its due instant and escalated after. */
    public record Action(String what, String ownerId, Instant due, Instant doneAt) {
        public Action {
            what = Words.required("actions.what", what, Words.LONG);
            if (ownerId == null || ownerId.isBlank()) {
                throw new InvalidField("actions.ownerId", "is required");
            }
            if (due == null) {
                throw new InvalidField("actions.due", "is required");
            }
        }
    }

    public InterviewRecord {
        if (heldAt == null) {
            throw new InvalidField("heldAt", "is required");
        }
        place = Words.required("place", place, Words.SHORT);
        present = Words.lines("present", present, 20, Words.SHORT);
        before = Words.optional("before", before, Words.LONG);
        during = Words.optional("during", during, Words.LONG);
        after = Words.optional("after", after, Words.LONG);
        whereTheyWent = Words.optional("whereTheyWent", whereTheyWent, Words.LONG);
        howTheyTravelled = Words.optional("howTheyTravelled", howTheyTravelled, Words.LONG);
        people = Words.list("people", people, 50);
        vehicles = Words.list("vehicles", vehicles, 20);
        handles = Words.list("handles", handles, 50);
        places = Words.list("places", places, 50);
        pushFactors = Words.lines("pushFactors", pushFactors, 30, 60);
        pullFactors = Words.lines("pullFactors", pullFactors, 30, 60);
        indicators = Words.list("indicators", indicators, 30);
        childsWords = Words.lines("childsWords", childsWords, 30, Words.LONG);
        wishes = Words.optional("wishes", wishes, Words.LONG);
        whatWouldHelp = Words.optional("whatWouldHelp", whatWouldHelp, Words.LONG);
        safetyInformation = Words.lines("safetyInformation", safetyInformation, 20, Words.SHORT);
        actions = Words.list("actions", actions, 30);
    }

    /** Every factor must come from the organisation's lists. */
    public void checkFactors(List<String> pushList, List<String> pullList) {
        for (String factor : pushFactors) {
            if (!pushList.contains(factor)) {
                throw new InvalidField("pushFactors", "'" + factor + "' is not one of " + pushList);
            }
        }
        for (String factor : pullFactors) {
            if (!pullList.contains(factor)) {
                throw new InvalidField("pullFactors", "'" + factor + "' is not one of " + pullList);
            }
        }
    }

    InterviewRecord actionDone(int index, Instant at) {
        if (index < 0 || index >= actions.size()) {
            throw new InvalidField("action", "is not an action of this interview");
        }
        Action action = actions.get(index);
        if (action.doneAt() != null) {
            throw new RuleViolation("That action is already done");
        }
        List<Action> all = new ArrayList<>(actions);
        all.set(index, new Action(action.what(), action.ownerId(), action.due(), at));
        return new InterviewRecord(heldAt, place, present, before, during, after, whereTheyWent, howTheyTravelled,
                people, vehicles, handles, places, pushFactors, pullFactors, harm, indicators, childsWords, wishes,
                whatWouldHelp, safetyInformation, all, readBack, recordedBy, recordedAt);
    }
}
