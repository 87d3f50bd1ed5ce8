package org.homeward.api.sharing;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.homeward.api.episodes.MissingEpisode;
import org.homeward.api.episodes.MissingPolicy;
import org.homeward.api.episodes.RiskDomain;
import org.homeward.api.episodes.RiskGrade;
import org.homeward.api.people.YoungPerson;

/**
 * Turns what happened in the period into the pack's items, one section per kind of fact (so that an
 * agency's policy redacts exactly), in plain words a partner can read. Pure: everything it needs is
 * handed to it.
 *
 * @param episodes       the organisation's episodes open at some time in the period
 * @param repeatWindow   its episodes that started within the repeat-missing rule's window before the period's end
 * @param children       the children those, the findings and the actions are about
 * @param findings       interviews held in the period
 * @param links          entities newly linked to two or more children
 * @param actions        the organisation's actions: open ones, and those closed in the period
 */
public record PackContents(Instant from, Instant until, MissingPolicy policy, List<MissingEpisode> episodes,
                           List<MissingEpisode> repeatWindow, Map<String, YoungPerson> children,
                           List<InterviewFindings.Finding> findings, List<LinksAcrossChildren.CrossChildLink> links,
                           List<MeetingAction> actions) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    private static final Set<String> HEALTH_DOMAINS = Set.of(RiskDomain.MENTAL_HEALTH_AND_SELF_HARM.name(),
            RiskDomain.SUBSTANCE_MISUSE.name());

    public List<PackItem> items() {
        List<PackItem> items = new ArrayList<>();
        Map<String, List<MissingEpisode>> byChild = episodes.stream()
                .collect(Collectors.groupingBy(MissingEpisode::youngPersonId, LinkedHashMap::new, Collectors.toList()));
        byChild.forEach((child, theirs) -> {
            items.add(missing(child, theirs));
            highRisk(child, theirs).ifPresent(items::add);
            outOfArea(child, theirs).ifPresent(items::add);
            attendance(child, theirs).ifPresent(items::add);
        });
        items.addAll(repeatMissing());
        findings.stream().sorted(Comparator.comparing(InterviewFindings.Finding::heldAt)).forEach(finding -> {
            factors(finding).ifPresent(items::add);
            list(Section.INDICATORS, finding, finding.indicators().stream()
                    .map(i -> words(i.domain()) + (i.note() == null ? "" : ": " + i.note())).toList(),
                    "Indicators").ifPresent(items::add);
            list(Section.ASSOCIATES, finding, finding.associates(), "People named").ifPresent(items::add);
            list(Section.VEHICLES, finding, finding.vehicles(), "Vehicles named").ifPresent(items::add);
            list(Section.PLACES, finding, finding.places(), "Places named").ifPresent(items::add);
            list(Section.ONLINE_HANDLES, finding, finding.handles(), "Online handles named").ifPresent(items::add);
            healthNeeds(finding).ifPresent(items::add);
            schoolConcerns(finding).ifPresent(items::add);
        });
        items.addAll(summaries(byChild));
        links.forEach(link -> items.add(PackItem.assembled(Section.LINKS_ACROSS_CHILDREN, "entity:" + link.entityId(),
                link.childIds(), link.kind() + ": " + link.label(), "A " + link.kind() + " (" + link.label()
                        + ") is now linked to " + link.childIds().size() + " children: "
                        + link.childIds().stream().map(this::name).collect(Collectors.joining(", ")) + ".")));
        actions.forEach(action -> items.add(action(action)));
        return items;
    }

    private PackItem missing(String child, List<MissingEpisode> theirs) {
        long away = theirs.stream().filter(e -> e.whereabouts() == MissingEpisode.Whereabouts.AWAY).count();
        Duration longest = theirs.stream().map(this::length).max(Comparator.naturalOrder()).orElse(Duration.ZERO);
        boolean open = theirs.stream().anyMatch(MissingEpisode::isOpen);
        String places = theirs.stream().filter(e -> e.expected() != null)
                .map(e -> words(e.expected().place().name())).distinct().collect(Collectors.joining(", "));
        return PackItem.assembled(Section.MISSING, "child:" + child, List.of(child), name(child),
                name(child) + ": " + count(theirs.size(), "episode") + " in the period"
                        + (away > 0 ? " (" + away + " away from placement, the rest missing)" : "")
                        + "; longest " + hours(longest) + (open ? "; missing now" : "; back now")
                        + (places.isEmpty() ? "" : "; expected at " + places) + ".");
    }

    private java.util.Optional<PackItem> highRisk(String child, List<MissingEpisode> theirs) {
        List<MissingEpisode> high = theirs.stream().filter(e -> (e.risk() != null && e.risk().grade() == RiskGrade.HIGH)
                || (e.police() != null && e.police().grade() == RiskGrade.HIGH)).toList();
        if (high.isEmpty()) {
            return java.util.Optional.empty();
        }
        String reasons = high.stream().filter(e -> e.risk() != null).flatMap(e -> e.risk().reasons().stream())
                .map(domain -> words(domain.name())).distinct().collect(Collectors.joining(", "));
        return java.util.Optional.of(PackItem.assembled(Section.HIGH_RISK, "child:" + child, List.of(child),
                name(child), name(child) + ": graded high risk in the period"
                        + (reasons.isEmpty() ? "" : " (" + reasons + ")") + "."));
    }

    private java.util.Optional<PackItem> outOfArea(String child, List<MissingEpisode> theirs) {
        return theirs.stream().filter(MissingEpisode::isOutOfArea).findFirst()
                .map(e -> PackItem.assembled(Section.OUT_OF_AREA, "child:" + child, List.of(child), name(child),
                        name(child) + ": placed out of area, hosted by " + e.outOfArea().hostAuthority()
                                + ", went missing there."));
    }

    private java.util.Optional<PackItem> attendance(String child, List<MissingEpisode> theirs) {
        List<MissingEpisode> school = theirs.stream().filter(e -> e.expected() != null
                && e.expected().place() == MissingEpisode.Place.SCHOOL_OR_COLLEGE).toList();
        if (school.isEmpty()) {
            return java.util.Optional.empty();
        }
        String days = school.stream().map(e -> DAY.format(e.reportedAt().atZone(zoneOf(child))))
                .distinct().collect(Collectors.joining(", "));
        return java.util.Optional.of(PackItem.assembled(Section.ATTENDANCE, "child:" + child, List.of(child),
                name(child), name(child) + ": missing from school or college on " + days + "."));
    }

    private List<PackItem> repeatMissing() {
        Map<String, Long> counts = repeatWindow.stream().collect(Collectors.groupingBy(MissingEpisode::youngPersonId,
                LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream().filter(entry -> entry.getValue() >= policy.repeatEpisodes())
                .map(entry -> PackItem.assembled(Section.REPEAT_MISSING, "child:" + entry.getKey(),
                        List.of(entry.getKey()), name(entry.getKey()), name(entry.getKey()) + ": "
                                + count(entry.getValue(), "episode") + " in the last " + policy.repeatWithinDays()
                                + " days (the rule is " + policy.repeatEpisodes() + ")."))
                .toList();
    }

    private java.util.Optional<PackItem> factors(InterviewFindings.Finding finding) {
        if (finding.pushFactors().isEmpty() && finding.pullFactors().isEmpty()) {
            return java.util.Optional.empty();
        }
        String child = finding.youngPersonId();
        return java.util.Optional.of(PackItem.assembled(Section.PUSH_AND_PULL_FACTORS, "interview:"
                + finding.interviewId(), List.of(child), name(child), name(child) + " (interview "
                + DAY.format(finding.heldAt().atZone(zoneOf(child))) + "): pushed by "
                + or(finding.pushFactors().stream().map(PackContents::words).toList()) + "; pulled by "
                + or(finding.pullFactors().stream().map(PackContents::words).toList()) + "."));
    }

    private java.util.Optional<PackItem> list(Section section, InterviewFindings.Finding finding, List<String> what,
                                              String heading) {
        if (what.isEmpty()) {
            return java.util.Optional.empty();
        }
        String child = finding.youngPersonId();
        return java.util.Optional.of(PackItem.assembled(section, "interview:" + finding.interviewId(), List.of(child),
                name(child), heading + " in " + name(child) + "'s interview: " + String.join("; ", what) + "."));
    }

    private java.util.Optional<PackItem> healthNeeds(InterviewFindings.Finding finding) {
        List<String> needs = new ArrayList<>(finding.indicators().stream()
                .filter(i -> HEALTH_DOMAINS.contains(i.domain()))
                .map(i -> words(i.domain()) + (i.note() == null ? "" : ": " + i.note())).toList());
        if (finding.harmExperienced() != null && !finding.harmExperienced().isBlank()) {
            needs.add("harm experienced: " + finding.harmExperienced());
        }
        return list(Section.HEALTH_NEEDS, finding, needs, "Health needs");
    }

    private java.util.Optional<PackItem> schoolConcerns(InterviewFindings.Finding finding) {
        List<String> concerns = new ArrayList<>(finding.indicators().stream()
                .filter(i -> i.domain().equals(RiskDomain.MISSING_FROM_SCHOOL.name()))
                .map(i -> "missing from school" + (i.note() == null ? "" : ": " + i.note())).toList());
        finding.pushFactors().stream().filter(f -> f.contains("SCHOOL") || f.contains("BULLYING"))
                .map(PackContents::words).forEach(concerns::add);
        return list(Section.ATTENDANCE, finding, concerns, "School-related concerns");
    }

    private List<PackItem> summaries(Map<String, List<MissingEpisode>> byChild) {
        Set<String> children = new TreeSet<>(byChild.keySet());
        findings.forEach(finding -> children.add(finding.youngPersonId()));
        List<PackItem> summaries = new ArrayList<>();
        for (String child : children) {
            List<MissingEpisode> theirs = byChild.getOrDefault(child, List.of());
            RiskGrade highest = theirs.stream().filter(e -> e.risk() != null).map(e -> e.risk().grade())
                    .max(Comparator.naturalOrder()).orElse(null);
            Set<String> domains = new TreeSet<>();
            theirs.stream().filter(e -> e.risk() != null).forEach(e -> e.risk().reasons()
                    .forEach(domain -> domains.add(words(domain.name()))));
            findings.stream().filter(f -> f.youngPersonId().equals(child))
                    .forEach(f -> f.indicators().forEach(i -> domains.add(words(i.domain()))));
            boolean interviewed = findings.stream().anyMatch(f -> f.youngPersonId().equals(child));
            summaries.add(PackItem.assembled(Section.SAFEGUARDING_SUMMARY, "child:" + child, List.of(child),
                    name(child), name(child) + ": " + (theirs.isEmpty() ? "not missing" : "missing "
                            + count(theirs.size(), "time")) + " in the period"
                            + (highest == null ? "" : "; highest risk grade " + words(highest.name()))
                            + (domains.isEmpty() ? "" : "; concerns: " + String.join(", ", domains))
                            + (interviewed ? "; a return interview was held" : "") + "."));
        }
        return summaries;
    }

    private PackItem action(MeetingAction action) {
        String about = action.youngPersonId() == null ? "" : " (about " + name(action.youngPersonId()) + ")";
        String state = action.isOpen() ? (action.isOverdue(until) ? "OVERDUE" : "open")
                : action.status().name().toLowerCase(Locale.ROOT);
        return PackItem.assembled(Section.ACTIONS, "action:" + action.id(),
                action.youngPersonId() == null ? List.of() : List.of(action.youngPersonId()), action.ownerName(),
                action.what() + about + " — " + action.ownerName() + ", due "
                        + DAY.format(action.due().atZone(java.time.ZoneId.of("Europe/London"))) + ": " + state
                        + (action.note() == null ? "" : " (" + action.note() + ")") + ".");
    }

    private Duration length(MissingEpisode episode) {
        Instant end = episode.endedAt() == null ? until : episode.endedAt();
        Duration length = Duration.between(episode.startedAt(), end);
        return length.isNegative() ? Duration.ZERO : length;
    }

    private String name(String child) {
        YoungPerson person = children.get(child);
        if (person == null) {
            return "a child (" + child + ")";
        }
        return person.name() + (person.dateOfBirth() == null ? "" : " (born " + DAY.format(person.dateOfBirth()) + ")");
    }

    private java.time.ZoneId zoneOf(String child) {
        YoungPerson person = children.get(child);
        return person == null || person.homeZone() == null ? java.time.ZoneId.of("Europe/London") : person.homeZone();
    }

    private static String hours(Duration duration) {
        long hours = duration.toHours();
        return hours < 1 ? duration.toMinutes() + " minutes" : count(hours, "hour");
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String or(Collection<String> words) {
        return words.isEmpty() ? "nothing recorded" : String.join(", ", words);
    }

    /** {@code CONFLICT_AT_PLACEMENT} as "conflict at placement". */
    static String words(String code) {
        return code.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
