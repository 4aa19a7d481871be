package io.duoctl.core.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.duoctl.core.access.TokenLifetime;
import io.duoctl.core.actions.TimeExpressions;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {
  private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "90s, PT1M30S",
    "15m, PT15M",
    "24h, PT24H",
    "7d, PT168H",
    "2w, PT336H",
    "' 12 H ', PT12H",
    "P7D, PT168H",
    "pt30m, PT30M"
  })
  void readsANumberAndAUnit_orIso8601(String typed, Duration expected) {
    assertThat(Durations.parse(typed, "field")).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "soon", "24", "h", "1.5h", "-5m", "3y", "10 days", "P"})
  void refusesAnythingElse_namingTheFieldAndTheForms(String typed) {
    assertThat(Durations.find(typed)).isEmpty();
    assertThatThrownBy(() -> Durations.parse(typed, "--since"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("--since: \"" + typed.strip() + "\" is not a duration")
        .hasMessageContaining("write a number and a unit: 90s, 15m, 24h, 7d or 2w");
  }

  @Test
  void everySurfacesParser_takesTheSameUnits() {
    assertThat(TokenLifetime.parse("90s")).isEqualTo(Duration.ofSeconds(90));
    assertThat(TokenLifetime.parse("2w")).isEqualTo(Duration.ofDays(14));
    assertThat(TimeExpressions.parse("2w", NOW)).contains(NOW.minus(Duration.ofDays(14)));
    assertThat(TimeExpressions.parse("90s", NOW)).contains(NOW.minusSeconds(90));
    assertThat(TimeExpressions.parse("P1D", NOW)).contains(NOW.minus(Duration.ofDays(1)));
  }

  @Test
  void tokenLifetimes_keepTheirRange() {
    assertThatThrownBy(() -> TokenLifetime.parse("30s"))
        .hasMessageContaining("expires_in: must be between 1 minute and 3650 days");
    assertThatThrownBy(() -> TokenLifetime.parse("soon"))
        .hasMessageContaining("expires_in: \"soon\" is not a duration");
  }
}
