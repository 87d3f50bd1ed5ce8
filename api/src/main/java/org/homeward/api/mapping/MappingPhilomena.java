package org.homeward.api.mapping;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.homeward.api.episodes.PhilomenaChanged;
import org.homeward.api.episodes.PhilomenaProfile;
import org.homeward.api.episodes.PhilomenaProfiles;
import org.homeward.infra.outbox.EventSubscriber;
import org.homeward.infra.outbox.OutboxEvent;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Puts a Philomena part 1 profile's friends and associates, places and social media on the map when
 * it changes ({@code philomena.changed}), source {@code PHILOMENA}, graded 2C. The entries are free
 * text as carers write them, so only the name before a comma, dash or bracket is taken ("Big T (older
 * friend)" is Big T), a place's trailing postcode district is its area ("Kirk Street flats, LS9"), and
 * a social media line is read as "platform: handle", "handle (platform)" or "handle on platform";
 * others are left on the profile. Phone numbers are not mapped. An entry's link is the same link at
 * every change of the profile; an entry removed from the profile is withdrawn by hand.
 */
public class MappingPhilomena implements EventSubscriber {

    /** The event is published before the profile is saved: a profile still older after this never changed. */
    static final Duration SAVE_GRACE = Duration.ofMinutes(10);

    private static final Pattern NAME = Pattern.compile("^([^,(\\-–:]+)");
    private static final Pattern DISTRICT = Pattern.compile("^(.*?)[,\\s]+([A-Za-z]{1,2}\\d[A-Za-z\\d]?(?:\\s*\\d[A-Za-z]{2})?)$");
    private static final Pattern PLATFORM_FIRST = Pattern.compile("^([\\p{L} ]{1,30}?)\\s*[:\\-–]\\s*@?(\\S+)$");
    private static final Pattern HANDLE_FIRST = Pattern.compile("^@?(\\S+)\\s*\\(([^)]{1,30})\\)$");
    private static final Pattern HANDLE_ON = Pattern.compile("^@?(\\S+)\\s+on\\s+([\\p{L} ]{1,30})$", Pattern.CASE_INSENSITIVE);

    private final PhilomenaProfiles profiles;
    private final LinkingMention linking;
    private final Clock clock;

    public MappingPhilomena(PhilomenaProfiles profiles, LinkingMention linking, Clock clock) {
        this.profiles = profiles;
        this.linking = linking;
        this.clock = clock;
    }

    @Override
    public String type() {
        return PhilomenaChanged.TYPE;
    }

    @Override
    public String name() {
        return "mapping.philomena-changed";
    }

    @Override
    public Mono<Void> on(OutboxEvent event) {
        PhilomenaChanged changed = PhilomenaChanged.from(event);
        return profiles.findByYoungPerson(changed.youngPersonId())
                .filter(profile -> profile.updatedAt() != null && !profile.updatedAt().isBefore(changed.updatedAt()))
                .flatMapMany(profile -> Flux.fromIterable(mentions(profile))
                        .concatMap(mention -> linking.link(newLink(profile, mention))))
                .then()
                .switchIfEmpty(Mono.defer(() -> clock.instant().isAfter(changed.updatedAt().plus(SAVE_GRACE))
                        ? Mono.empty()
                        : Mono.error(new IllegalStateException("The profile of " + changed.youngPersonId()
                        + " is not saved yet"))));
    }

    private static LinkingMention.NewLink newLink(PhilomenaProfile profile, Mention mention) {
        String ref = "philomena:" + profile.youngPersonId();
        return new LinkingMention.NewLink(
                LinkingMention.linkIdFor(Source.PHILOMENA, ref, profile.youngPersonId(), mention),
                profile.organisationId(), profile.youngPersonId(), mention, Source.PHILOMENA, ref, null,
                profile.updatedAt(), profile.updatedBy(), Grading.defaultFor(Source.PHILOMENA));
    }

    static List<Mention> mentions(PhilomenaProfile profile) {
        List<Mention> mentions = new ArrayList<>();
        profile.friendsAndAssociates().forEach(line -> {
            Matcher name = NAME.matcher(line.strip());
            if (name.find()) {
                MappingInterviews.add(mentions, () -> Mention.person(null, name.group(1).strip(), null));
            }
        });
        profile.places().forEach(line -> {
            Matcher district = DISTRICT.matcher(line.strip());
            MappingInterviews.add(mentions, () -> district.matches()
                    ? Mention.place(district.group(1).strip(), null, district.group(2), null, null)
                    : Mention.place(line.strip(), null, null, null, null));
        });
        profile.socialMedia().forEach(line -> handle(line.strip())
                .ifPresent(handle -> MappingInterviews.add(mentions, () -> handle)));
        return mentions;
    }

    private static java.util.Optional<Mention> handle(String line) {
        Matcher platformFirst = PLATFORM_FIRST.matcher(line);
        if (platformFirst.matches()) {
            return attempt(platformFirst.group(1), platformFirst.group(2));
        }
        Matcher handleFirst = HANDLE_FIRST.matcher(line);
        if (handleFirst.matches()) {
            return attempt(handleFirst.group(2), handleFirst.group(1));
        }
        Matcher handleOn = HANDLE_ON.matcher(line);
        if (handleOn.matches()) {
            return attempt(handleOn.group(2), handleOn.group(1));
        }
        return java.util.Optional.empty();
    }

    private static java.util.Optional<Mention> attempt(String platform, String handle) {
        List<Mention> one = new ArrayList<>();
        MappingInterviews.add(one, () -> Mention.handle(platform, handle));
        return one.stream().findFirst();
    }
}
