package io.duoctl.core.workflows.schedules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.duoctl.core.errors.FieldError;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Cron expressions and time zones as operators write them, and the due times they give. */
class CronTest {
  private static final Instant SUNDAY_NOON = Instant.parse("2026-03-01T12:00:00Z");

  @Test
  void fiveFields_areCrontabs_readInTheZone() {
    Cron cron = Cron.parse("0 7 * * MON-FRI", "Europe/Berlin");

    assertThat(cron.firstAfter(SUNDAY_NOON)).isEqualTo(Instant.parse("2026-03-02T06:00:00Z"));
    assertThat(cron.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
  }

  @Test
  void sixFields_startWithSeconds() {
    Cron cron = Cron.parse("0/2 * * * * *", "UTC");

    assertThat(cron.firstAfter(SUNDAY_NOON)).isEqualTo(SUNDAY_NOON.plusSeconds(2));
    assertThat(cron.firstAfter(SUNDAY_NOON.plusSeconds(1))).isEqualTo(SUNDAY_NOON.plusSeconds(2));
  }

  @Test
  void theZone_followsDaylightSavingTime() {
    Cron cron = Cron.parse("0 7 * * *", "America/New_York");

    assertThat(cron.firstAfter(Instant.parse("2026-03-07T12:00:00Z")))
        .isEqualTo(Instant.parse("2026-03-08T11:00:00Z"));
    assertThat(cron.firstAfter(Instant.parse("2026-03-06T12:00:00Z")))
        .isEqualTo(Instant.parse("2026-03-07T12:00:00Z"));
  }

  @Test
  void spacesAreTidied_andTheExpressionIsKeptAsWritten() {
    assertThat(Cron.parse("  0  7 * *   MON-FRI ", " UTC ").expression())
        .isEqualTo("0 7 * * MON-FRI");
  }

  @Test
  void aBadExpressionAndABadZone_areBothNamed() {
    assertThatThrownBy(() -> Cron.parse("61 7 * * *", "Mars/Olympus"))
        .isInstanceOfSatisfying(
            InvalidScheduleException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactlyInAnyOrder("cron", "time_zone"));
  }

  @Test
  void theFieldCount_isExplained() {
    assertThatThrownBy(() -> Cron.parse("0 7 * *", "UTC"))
        .isInstanceOfSatisfying(
            InvalidScheduleException.class,
            e ->
                assertThat(e.errors())
                    .singleElement()
                    .satisfies(
                        error -> {
                          assertThat(error.field()).isEqualTo("cron");
                          assertThat(error.message()).contains("has 4 fields").contains("5 fields");
                        }));
  }

  @Test
  void blankValues_areRequired_withAnExample() {
    assertThatThrownBy(() -> Cron.parse(" ", null))
        .isInstanceOfSatisfying(
            InvalidScheduleException.class,
            e -> {
              assertThat(e.errors())
                  .extracting(FieldError::field)
                  .containsExactly("time_zone", "cron");
              assertThat(e.getMessage()).contains("Europe/Berlin").contains("0 7 * * MON-FRI");
            });
  }

  @Test
  void offsetsAndAbbreviations_areNotIanaZones_andCaseIsSuggested() {
    for (String zone : new String[] {"+02:00", "CEST", "GMT+2"}) {
      assertThatThrownBy(() -> Cron.parse("0 7 * * *", zone))
          .as(zone)
          .isInstanceOfSatisfying(
              InvalidScheduleException.class,
              e ->
                  assertThat(e.errors())
                      .extracting(FieldError::field)
                      .containsExactly("time_zone"));
    }
    assertThatThrownBy(() -> Cron.parse("0 7 * * *", "europe/berlin"))
        .hasMessageContaining("did you mean Europe/Berlin?");
  }

  @Test
  void anExpressionThatNeverComes_isRefused() {
    assertThatThrownBy(() -> Cron.parse("0 7 30 2 *", "UTC")).hasMessageContaining("never comes");
  }

  @Test
  void theDisabledDash_isNotATime() {
    assertThatThrownBy(() -> Cron.parse("-", "UTC")).hasMessageContaining("disable the schedule");
  }

  @Test
  void namesOfMonthsAndDays_listsAndSteps_areRead() {
    Cron cron = Cron.parse("0 9 1 JAN,JUL *", "UTC");
    Cron quarterHours = Cron.parse("*/15 8-17 * * SAT", "UTC");

    assertThat(cron.firstAfter(SUNDAY_NOON)).isEqualTo(Instant.parse("2026-07-01T09:00:00Z"));
    assertThat(quarterHours.firstAfter(SUNDAY_NOON))
        .isEqualTo(Instant.parse("2026-03-07T08:00:00Z"));
  }
}
