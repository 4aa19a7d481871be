package io.duoctl.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.duoctl.core.reports.snapshots.SnapshotSettings;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnapshotVariablesTest {

  @Test
  void withNothingSet_theSnapshotIsTakenAtTwoUtc_andKept400Days() {
    AppConfig config = AppConfig.fromEnvironment(Map.of(), "/home/alice", "alice");

    assertThat(config.snapshots()).isEqualTo(SnapshotSettings.defaults());
    assertThat(config.snapshots().retentionDays()).isEqualTo(400);
  }

  @Test
  void readsTheTimeZoneAndRetention() {
    SnapshotSettings settings =
        SnapshotVariables.read(
            Map.of(
                "DUOCTL_SNAPSHOT_TIME", "05:30",
                "DUOCTL_SNAPSHOT_ZONE", "Europe/Berlin",
                "DUOCTL_SNAPSHOT_RETENTION_DAYS", "30"));

    assertThat(settings)
        .isEqualTo(new SnapshotSettings(LocalTime.of(5, 30), ZoneId.of("Europe/Berlin"), 30));
  }

  @Test
  void aMalformedValue_namesItsVariable() {
    assertThatThrownBy(() -> SnapshotVariables.read(Map.of("DUOCTL_SNAPSHOT_TIME", "2am")))
        .hasMessageStartingWith("DUOCTL_SNAPSHOT_TIME must be a time of day");
    assertThatThrownBy(() -> SnapshotVariables.read(Map.of("DUOCTL_SNAPSHOT_ZONE", "Mars/Base")))
        .hasMessageStartingWith("DUOCTL_SNAPSHOT_ZONE must be an IANA time zone");
    assertThatThrownBy(() -> SnapshotVariables.read(Map.of("DUOCTL_SNAPSHOT_RETENTION_DAYS", "0")))
        .hasMessageStartingWith("DUOCTL_SNAPSHOT_RETENTION_DAYS must be a whole number");
  }
}
