package org.homeward.infra.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.homeward.infra.errors.InvalidField;
import org.junit.jupiter.api.Test;

class PhoneNumberTest {

    @Test
    void ukNumbersAsPeopleTypeThemBecomeE164() {
        assertThat(PhoneNumber.parse("phone", "07911 123456").e164()).isEqualTo("+447911123456");
        assertThat(PhoneNumber.parse("phone", "+44 (0)7911-123456").e164()).isEqualTo("+447911123456");
        assertThat(PhoneNumber.parse("phone", "+1 650 253 0000").e164()).isEqualTo("+16502530000");
    }

    @Test
    void nonsenseIsAnInvalidFieldNamingTheField() {
        assertThatThrownBy(() -> PhoneNumber.parse("carerPhone", "12")).isInstanceOf(InvalidField.class)
                .hasMessageStartingWith("carerPhone");
        assertThatThrownBy(() -> PhoneNumber.parse("phone", "call me maybe")).isInstanceOf(InvalidField.class);
        assertThatThrownBy(() -> PhoneNumber.parse("phone", "9".repeat(500))).isInstanceOf(InvalidField.class);
        assertThatThrownBy(() -> new PhoneNumber("07911 123456")).isInstanceOf(InvalidField.class);
    }

    @Test
    void aPhoneNumberNeverAppearsInLogs() {
        assertThat(PhoneNumber.parse("phone", "07911 123456").toString()).doesNotContain("7911");
    }
}
