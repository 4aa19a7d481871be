package io.duoctl.core.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

@Tag("postgres")
class MissingPostgresTest {
  @Test
  void inCi_aPostgresTestFailsInsteadOfSkipping() {
    assertThatThrownBy(() -> MissingPostgres.skipOrFail("initdb not found", Map.of("CI", "true")))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("CI is set")
        .hasMessageContaining("initdb not found");
  }

  @Test
  void onADevelopersMachine_itIsSkippedWithTheReason() {
    assertThatThrownBy(() -> MissingPostgres.skipOrFail("initdb not found", Map.of()))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("skipped")
        .hasMessageContaining("initdb not found");
  }

  @Test
  void ciSetToFalseOrEmpty_countsAsNotInCi() {
    assertThatThrownBy(() -> MissingPostgres.skipOrFail("no server", Map.of("CI", "false")))
        .isInstanceOf(TestAbortedException.class);
    assertThatThrownBy(() -> MissingPostgres.skipOrFail("no server", Map.of("CI", "")))
        .isInstanceOf(TestAbortedException.class);
  }
}
