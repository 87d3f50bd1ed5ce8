package org.homeward.moderation.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

class ScreeningTest {

    private final Screening screening = new Screening((organisation, screening) -> Flux.empty(),
            List.of("keep it secret", "meet me alone"), "GB");

    private List<FindingKind> kinds(String text, String... names) {
        return screening.screen(text, List.of(names)).stream().map(Finding::kind).toList();
    }

    @Test
    void findsUkPhoneNumbersWrittenAnyWay() {
        assertThat(kinds("call 07700 900123 tonight")).containsExactly(FindingKind.PHONE_NUMBER);
        assertThat(kinds("or +44 20 7946 0018")).containsExactly(FindingKind.PHONE_NUMBER);
        assertThat(kinds("in 2026 we had 12 sessions")).isEmpty();
    }

    @Test
    void findsEmailAddressesWithoutAlsoCallingThemHandles() {
        assertThat(kinds("write to sam.jones@example.com")).containsExactly(FindingKind.EMAIL_ADDRESS);
    }

    @Test
    void findsLinksAndSocialMediaHandles() {
        assertThat(kinds("see www.example.org or add @sam_j99")).containsExactly(FindingKind.LINK,
                FindingKind.SOCIAL_HANDLE);
        assertThat(kinds("my snap: sammy.j")).containsExactly(FindingKind.SOCIAL_HANDLE);
    }

    @Test
    void findsStreetAddressesAndPostcodes() {
        assertThat(kinds("meet at 14 Station Road, M1 1AE")).containsExactly(FindingKind.STREET_ADDRESS,
                FindingKind.POSTCODE);
        assertThat(kinds("postcode sw1a1aa")).containsExactly(FindingKind.POSTCODE);
    }

    @Test
    void findsNamesOfKnownPeopleAndHarmfulTermsInAnyCase() {
        assertThat(kinds("I saw JORDAN RILEY who said Keep It Secret", "Jordan Riley"))
                .containsExactly(FindingKind.KNOWN_NAME, FindingKind.HARMFUL_TERM);
        assertThat(kinds("Jordan went out", "Jordan Riley")).isEmpty();
    }

    @Test
    void contactDetailsBlockButOtherFindingsDoNot() {
        assertThat(FindingKind.PHONE_NUMBER.contactDetails()).isTrue();
        assertThat(FindingKind.POSTCODE.contactDetails()).isTrue();
        assertThat(FindingKind.KNOWN_NAME.contactDetails()).isFalse();
        assertThat(FindingKind.HARMFUL_TERM.contactDetails()).isFalse();
    }

    @Test
    void cleanSafetyAdviceHasNoFindings() {
        assertThat(kinds("Tell your carer where you are going and when you will be back.")).isEmpty();
    }
}
