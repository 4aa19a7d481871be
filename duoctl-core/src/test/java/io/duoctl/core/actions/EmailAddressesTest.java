package io.duoctl.core.actions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressesTest {

  @ParameterizedTest
  @CsvSource({
    "jdoe@example.com, jdoe@example.com",
    "' j.doe+mfa@mail.example.co.uk ', j.doe+mfa@mail.example.co.uk",
    "anna@münchen.de, anna@münchen.de",
    "x@xn--mnchen-3ya.de, x@xn--mnchen-3ya.de"
  })
  void normalise_acceptsAddressesAndTrims(String typed, String expected) {
    assertThat(EmailAddresses.normalise(typed)).hasValue(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "jdoe",
        "jdoe@",
        "@example.com",
        "jdoe@example",
        "jdoe@@example.com",
        "j doe@example.com",
        "jdoe@exa mple.com",
        "jdoe@example.c",
        "jdoe@-example.com",
        "jdoe@example..com",
        ".jdoe@example.com",
        "j..doe@example.com",
        "jdoe@example.com.",
        "\"jdoe\"@example.com",
        "jdoe@example.com\u0000",
        "a,b@example.com"
      })
  void normalise_refusesWhatIsNotAnAddress_andProblemSaysTheFix(String typed) {
    assertThat(EmailAddresses.normalise(typed)).isEmpty();
    assertThat(EmailAddresses.problem(typed)).contains("jdoe@example.com");
  }

  @ParameterizedTest
  @ValueSource(ints = {65, 300})
  void normalise_refusesOverlongAddresses(int length) {
    assertThat(EmailAddresses.normalise("a".repeat(length) + "@example.com")).isEmpty();
  }
}
