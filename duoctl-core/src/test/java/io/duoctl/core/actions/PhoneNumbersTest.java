package io.duoctl.core.actions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

  @ParameterizedTest
  @CsvSource({
    "'+1 (415) 555-0123', +14155550123",
    "'+44 20 7946 0958', +442079460958",
    "'+49-151-1234.5678', +4915112345678",
    "'+61 4 1234 5678', +61412345678",
    "'+91 98765 43210', +919876543210",
    "' +33 6 12 34 56 78 ', +33612345678"
  })
  void normalise_acceptsE164FromAnyCountryWithSeparators(String typed, String expected) {
    assertThat(PhoneNumbers.normalise(typed)).hasValue(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "4155550123",
        "0151 12345678",
        "+0 123 456 789",
        "+1 23",
        "+44 (0)20 7946 0958",
        "00491511234567",
        "+1 415 CALL NOW"
      })
  void normalise_rejectsWhatIsNotE164(String typed) {
    assertThat(PhoneNumbers.normalise(typed)).isEmpty();
    assertThat(PhoneNumbers.problem(typed)).isNotBlank();
  }

  @org.junit.jupiter.api.Test
  void problem_forTheInternationalPrefix_showsTheFixedNumber() {
    assertThat(PhoneNumbers.problem("0049 151 12345678")).contains("\"+4915112345678\"");
  }

  @org.junit.jupiter.api.Test
  void problem_forTheTrunkZero_saysToDropIt() {
    assertThat(PhoneNumbers.problem("+44 (0)20 7946 0958")).contains("(0)");
  }
}
