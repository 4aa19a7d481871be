package io.duoctl.core.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.duoctl.core.actions.handlers.StandardActions;
import io.duoctl.core.errors.FieldError;
import io.duoctl.core.testing.Json;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InputValidatorTest {

  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  private final ActionCatalog catalog = StandardActions.catalog();
  private final InputValidator validator = new InputValidator(Clock.fixed(NOW, ZoneOffset.UTC));

  private ActionInput valid(String action, String json) {
    return validator.validate(catalog.require(action), Json.of(json));
  }

  private InvalidActionInputException invalid(String action, String json) {
    return catchThrowableOfType(
        InvalidActionInputException.class,
        () -> validator.validate(catalog.require(action), Json.of(json)));
  }

  @Test
  void everyBadField_isReportedAtOnceWithItsFix() {
    InvalidActionInputException e =
        invalid(
            "bypass_codes.create",
            "{'count': 2.5, 'reuse_count': -1, 'valid_secs': 'soon', 'colour': 'red'}");

    assertThat(e.errors())
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder("count", "valid_secs", "reuse_count", "colour", "user");
    assertThat(e.errors())
        .filteredOn(f -> f.field().equals("count"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("whole number", "2.5"));
    assertThat(e.errors())
        .filteredOn(f -> f.field().equals("colour"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("not a field", "user, count"));
    assertThat(e.errors())
        .filteredOn(f -> f.field().equals("user"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("required", "username"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"3", "3.0", "'3'", "' 3 '", "'3.00'"})
  void integers_acceptIntFloatWithZeroFractionAndNumericText(String typed) {
    ActionInput input = valid("bypass_codes.create", "{'user': 'jdoe', 'count': " + typed + "}");

    assertThat(input.integer("count")).hasValue(3);
  }

  @Test
  void integers_outOfRange_sayTheLimit() {
    InvalidActionInputException e = invalid("bypass_codes.create", "{'user': 'jdoe', 'count': 11}");

    assertThat(e.errors()).containsExactly(new FieldError("count", "must be at most 10"));
  }

  @Test
  void defaults_areApplied() {
    ActionInput input = valid("bypass_codes.create", "{'user': 'jdoe'}");

    assertThat(input.integer("reuse_count")).hasValue(1);
  }

  @Test
  void strings_acceptNumbersAsTheirDigits_soIdsAndUsernamesNeverBecomeInts() {
    ActionInput input = valid("users.get", "{'user': 12345}");

    assertThat(input.text("user")).hasValue("12345");
  }

  @Test
  void requiredText_thatIsBlank_isRefusedLikeAMissingOne_soNoBlankIdReachesDuo() {
    InvalidActionInputException e =
        invalid("tokens.resync", "{'token_id': '  ', 'code1': '1', 'code2': '2', 'code3': '\\t'}");

    assertThat(e.errors())
        .containsExactlyInAnyOrder(
            new FieldError("token_id", "must not be blank: it is required"),
            new FieldError("code3", "must not be blank: it is required"));
  }

  @Test
  void phoneNumbers_fromAnyCountry_areNormalisedToE164() {
    ActionInput input = valid("phones.create", "{'number': '+49 (151) 1234-5678'}");

    assertThat(input.text("number")).hasValue("+4915112345678");
  }

  @Test
  void phoneNumbers_national_areRejectedWithTheFix() {
    InvalidActionInputException e = invalid("phones.create", "{'number': '0151 12345678'}");

    assertThat(e.errors())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.field()).isEqualTo("number");
              assertThat(f.message()).contains("country code", "no country is assumed");
            });
  }

  @Test
  void phoneNumbers_asJsonNumbers_areRejectedWithAQuotedSuggestion() {
    InvalidActionInputException e = invalid("phones.create", "{'number': 4915112345678}");

    assertThat(e.errors().get(0).message()).contains("\"+4915112345678\"");
  }

  @Test
  void emails_areCheckedLikePhoneNumbers_everywhereTheCatalogHasOne() {
    InvalidActionInputException e =
        invalid("users.create", "{'username': 'jdoe', 'email': 'jdoe@example'}");

    assertThat(e.errors())
        .singleElement()
        .satisfies(f -> assertThat(f.field()).isEqualTo("email"))
        .satisfies(f -> assertThat(f.message()).contains("domain with a dot", "jdoe@example.com"));
    assertThat(invalid("users.enroll", "{'username': 'jdoe', 'email': 42}").errors())
        .extracting(FieldError::field)
        .containsExactly("email");
    assertThat(invalid("admins.create", "{'name': 'Ann', 'email': 'ann at example.com'}").errors())
        .extracting(FieldError::field)
        .containsExactly("email");
  }

  @Test
  void emails_areTrimmed() {
    ActionInput input =
        valid("users.create", "{'username': 'jdoe', 'email': ' jdoe@example.com '}");

    assertThat(input.text("email")).hasValue("jdoe@example.com");
  }

  @Test
  void booleans_acceptTextForms() {
    assertThat(valid("users.list", "{'enrolled': 'no'}").bool("enrolled")).hasValue(false);
    assertThat(valid("users.list", "{'enrolled': 1}").bool("enrolled")).hasValue(true);
  }

  @Test
  void enums_listTheAllowedValues() {
    InvalidActionInputException e = invalid("users.list", "{'status': 'asleep'}");

    assertThat(e.errors().get(0).message()).contains("active", "bypass", "disabled", "locked out");
  }

  @Test
  void times_acceptAgesAndIsoForms() {
    ActionInput input = valid("logs.authentication", "{'since': '24h', 'until': '2026-03-01'}");

    assertThat(input.time("since")).hasValue(NOW.minusSeconds(86_400));
    assertThat(input.time("until")).hasValue(Instant.parse("2026-03-01T00:00:00Z"));
  }

  @Test
  void times_defaultToTheActionsWindow() {
    ActionInput input = valid("logs.telephony", "{}");

    assertThat(input.time("since")).hasValue(NOW.minusSeconds(86_400));
  }

  @Test
  void secretFields_areNeverEchoedInMessages() {
    InvalidActionInputException e =
        invalid("auth.enroll_status", "{'user_id': 'DU1', 'activation_code': {'x': 'hunter2'}}");

    assertThat(e.getMessage()).doesNotContain("hunter2");
    assertThat(e.errors()).extracting(FieldError::field).containsExactly("activation_code");
  }

  @Test
  void redacted_hidesSecretInputs() {
    ActionInput input =
        valid("bypass_codes.create", "{'user': 'jdoe', 'codes': ['12345678', '23456789']}");

    assertThat(input.redacted().toString()).doesNotContain("12345678").contains("[redacted]");
    assertThat(input.list("codes")).containsExactly("12345678", "23456789");
  }

  @Test
  void nonObjectInput_isRejected() {
    InvalidActionInputException e =
        catchThrowableOfType(
            InvalidActionInputException.class,
            () -> validator.validate(catalog.require("users.get"), Json.of("['jdoe']")));

    assertThat(e.errors()).extracting(FieldError::field).containsExactly("input");
  }

  @Test
  void readingAFieldTheActionDidNotDeclare_failsLoudly() {
    ActionInput input = valid("users.get", "{'user': 'jdoe'}");

    assertThatThrownBy(() -> input.text("usr"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("usr");
    assertThatThrownBy(() -> input.list("usr")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> input.map("usr")).isInstanceOf(IllegalStateException.class);
    assertThat(input.requireText("user")).isEqualTo("jdoe");
  }
}
