package org.homeward.moderation.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;
import reactor.core.publisher.Mono;

/**
 * Automatic screening, run before any human looks: contact details (phone numbers, e-mail addresses,
 * social-media handles, street addresses, UK postcodes), links, names of real people the organisation
 * knows, and configured harmful terms.
 */
public class Screening {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    /** Shorter digit runs are years, counts and house numbers, not something anyone can dial. */
    private static final int MIN_PHONE_DIGITS = 7;
    private static final LinkExtractor LINKS = LinkExtractor.builder()
            .linkTypes(EnumSet.of(LinkType.URL, LinkType.WWW, LinkType.EMAIL)).build();
    /** An @handle not preceded by a word character (so not the middle of an e-mail address). */
    private static final Pattern HANDLE = Pattern.compile("(?<![\\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?");
    /** "snap: jess_x", "insta - jess.x", "tiktok jess_x" style handles without an @. */
    private static final Pattern NAMED_HANDLE = Pattern.compile(
            "\\b(?:snap(?:chat)?|insta(?:gram)?|tik ?tok|discord|telegram|kik|whats ?app|twitter|x)\\s*[:\\-]\\s*@?[A-Za-z0-9_.]{3,30}",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern POSTCODE = Pattern.compile(
            "\\b(?:GIR ?0AA|[A-PR-UWYZ](?:[0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPS-UW]|[A-HK-Y][0-9][ABEHMNPRV-Y]) ?[0-9][ABD-HJLNP-UW-Z]{2})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STREET_ADDRESS = Pattern.compile(
            "\\b\\d{1,4}[A-Za-z]?,?\\s+(?:[A-Za-z'\\-]+\\s+){1,3}"
                    + "(?:street|st|road|rd|lane|ln|avenue|ave|close|drive|dr|way|court|ct|crescent|place|pl|gardens"
                    + "|terrace|grove|hill|square|sq|row|mews|walk|parade)\\b",
            Pattern.CASE_INSENSITIVE);

    private final KnownNames knownNames;
    private final List<Pattern> harmfulTerms;
    private final String region;

    public Screening(KnownNames knownNames, List<String> harmfulTerms, String region) {
        this.knownNames = knownNames;
        this.harmfulTerms = harmfulTerms.stream()
                .map(String::strip).filter(term -> !term.isEmpty())
                .map(term -> Pattern.compile("\\b" + Pattern.quote(term) + "\\b",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toList();
        this.region = region;
    }

    /**
     * Screens the text of something submitted in (or reported to) the given organisation; {@code what}
     * names it in ids only (e.g. {@code content-item/<id>/<version>}) for the audit of the names read.
     */
    public Mono<List<Finding>> screen(String organisationId, String what, String text) {
        return knownNames.forScreening(organisationId, what)
                .filter(name -> name != null && name.strip().length() >= 3)
                .collectList()
                .map(names -> screen(text, names));
    }

    List<Finding> screen(String text, List<String> names) {
        List<Finding> findings = new ArrayList<>();
        contactDetails(text, findings);
        names.forEach(name -> matches(Pattern.compile("\\b" + Pattern.quote(name.strip()) + "\\b",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), text, FindingKind.KNOWN_NAME, findings));
        harmfulTerms.forEach(term -> matches(term, text, FindingKind.HARMFUL_TERM, findings));
        findings.sort(Comparator.comparingInt(Finding::start).thenComparing(Finding::kind));
        return List.copyOf(findings);
    }

    private void contactDetails(String text, List<Finding> findings) {
        for (LinkSpan link : LINKS.extractLinks(text)) {
            FindingKind kind = link.getType() == LinkType.EMAIL ? FindingKind.EMAIL_ADDRESS : FindingKind.LINK;
            add(findings, new Finding(kind, text.substring(link.getBeginIndex(), link.getEndIndex()),
                    link.getBeginIndex(), link.getEndIndex()));
        }
        // POSSIBLE, not VALID: anything that could be dialled is worth a moderator's look.
        for (PhoneNumberMatch match : PHONES.findNumbers(text, region, PhoneNumberUtil.Leniency.POSSIBLE, Long.MAX_VALUE)) {
            if (match.rawString().chars().filter(Character::isDigit).count() >= MIN_PHONE_DIGITS) {
                add(findings, new Finding(FindingKind.PHONE_NUMBER, match.rawString(), match.start(), match.end()));
            }
        }
        matches(HANDLE, text, FindingKind.SOCIAL_HANDLE, findings);
        matches(NAMED_HANDLE, text, FindingKind.SOCIAL_HANDLE, findings);
        matches(STREET_ADDRESS, text, FindingKind.STREET_ADDRESS, findings);
        matches(POSTCODE, text, FindingKind.POSTCODE, findings);
    }

    private static void matches(Pattern pattern, String text, FindingKind kind, List<Finding> findings) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            add(findings, new Finding(kind, matcher.group(), matcher.start(), matcher.end()));
        }
    }

    /** Keeps the first finding of each span of text, so an e-mail address is not also a handle. */
    private static void add(List<Finding> findings, Finding candidate) {
        boolean sameKindOverlap = findings.stream().anyMatch(found -> found.overlaps(candidate)
                && (found.kind() == candidate.kind() || candidate.kind() == FindingKind.SOCIAL_HANDLE
                || candidate.kind() == FindingKind.POSTCODE && found.kind() == FindingKind.STREET_ADDRESS));
        if (!sameKindOverlap) {
            findings.add(candidate);
        }
    }
}
