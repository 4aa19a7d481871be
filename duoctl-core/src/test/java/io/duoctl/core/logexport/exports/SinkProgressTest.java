package io.duoctl.core.logexport.exports;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.core.logexport.LogKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SinkProgressTest {
  private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
  private static final Checkpoint START =
      Checkpoint.start(
          new Partition("siem", "org-1", LogKind.AUTHENTICATION),
          "Harbor Dental",
          "file",
          "0,",
          NOW.minus(Duration.ofDays(1)));

  @Test
  void eventsPerMinute_countsFromTheFirstDeliveryUntilNow() {
    Checkpoint twoDeliveries =
        START
            .advanced("1,a", NOW.minusSeconds(3600), List.of("a"), 300, NOW.minusSeconds(600))
            .advanced("2,b", NOW.minusSeconds(1800), List.of("b"), 300, NOW.minusSeconds(540));

    assertThat(SinkProgress.of(twoDeliveries, NOW).eventsPerMinute())
        .as("600 events over the 10 minutes since the first delivery, not the 1 between the two")
        .isEqualTo(60.0);
  }

  @Test
  void eventsPerMinute_ofOneFreshDelivery_isCountedOverAMinute_notMultipliedUp() {
    Checkpoint justNow = START.advanced("1,a", NOW.minusSeconds(60), List.of("a"), 1000, NOW);

    assertThat(SinkProgress.of(justNow, NOW).eventsPerMinute()).isEqualTo(1000.0);
    assertThat(SinkProgress.of(START, NOW).eventsPerMinute()).isNull();
  }
}
