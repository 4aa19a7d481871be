package io.duoctl.core.actions;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.core.testing.Json;
import org.junit.jupiter.api.Test;

class OutcomeTest {

  @Test
  void isNoChange_forTheOutcomesThatSentNothing() {
    assertThat(Outcome.isNoChange(Json.of("{'user_id': 'DU1', 'outcome': 'already_exists'}")))
        .isTrue();
    assertThat(Outcome.isNoChange(Json.of("{'outcome': 'already_absent'}"))).isTrue();
    assertThat(Outcome.isNoChange(Json.of("{'outcome': 'unchanged'}"))).isTrue();
  }

  @Test
  void isNoChange_isFalseForChangesReadsAndOutcomesItDoesNotKnow() {
    assertThat(Outcome.isNoChange(Json.of("{'user_id': 'DU1'}"))).isFalse();
    assertThat(Outcome.isNoChange(Json.of("{'outcome': 'created_unanswered'}"))).isFalse();
    assertThat(Outcome.isNoChange(Json.of("{'outcome': 'deleted_unanswered'}"))).isFalse();
    assertThat(Outcome.isNoChange(Json.of("{'outcome': 'sort_of'}"))).isFalse();
    assertThat(Outcome.isNoChange(Json.of("[{'outcome': 'unchanged'}]"))).isFalse();
    assertThat(Outcome.isNoChange(null)).isFalse();
  }

  @Test
  void of_readsTheWireValue() {
    assertThat(Outcome.of(Json.of("{'outcome': 'unchanged'}"))).contains(Outcome.UNCHANGED);
    assertThat(Outcome.of(Json.of("{'outcome': 1}"))).isEmpty();
    assertThat(Outcome.ALREADY_EXISTS.wireValue()).isEqualTo("already_exists");
  }
}
