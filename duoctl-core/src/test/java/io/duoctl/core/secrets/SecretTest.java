package io.duoctl.core.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretTest {
  private static final String SKEY = "Zh5eGmUq9zpfQnyUIu5OL9iWoMMv5ZNmk3zLJ4Ep";

  @Test
  void toString_showsOnlyTheLastFourCharacters() {
    Secret secret = Secret.of(SKEY);

    assertThat(secret.toString()).isEqualTo("••••J4Ep").doesNotContain(SKEY.substring(0, 36));
    assertThat(secret.masked()).isEqualTo("••••J4Ep");
  }

  @Test
  void json_containsTheMaskNotTheValue() throws Exception {
    String json = new ObjectMapper().writeValueAsString(Map.of("skey", Secret.of(SKEY)));

    assertThat(json).isEqualTo("{\"skey\":\"••••J4Ep\"}");
  }

  @Test
  void mask_hidesShortValuesEntirely() {
    assertThat(Secret.of("hunter2").masked()).isEqualTo("••••");
    assertThat(Secret.mask("12345678901")).isEqualTo("••••");
    assertThat(Secret.mask("123456789012")).isEqualTo("••••9012");
  }

  @Test
  void recordsHoldingSecrets_doNotRevealThemInToString() {
    record Holder(String name, Secret key) {}

    assertThat(new Holder("x", Secret.of(SKEY)).toString()).doesNotContain(SKEY);
  }

  @Test
  void reveal_returnsThePlainValue_andEqualityComparesValues() {
    assertThat(Secret.of(SKEY).reveal()).isEqualTo(SKEY);
    assertThat(Secret.of(SKEY)).isEqualTo(Secret.of(SKEY)).isNotEqualTo(Secret.of(SKEY + "x"));
  }

  @Test
  void of_refusesAMaskReadBackFromOutput() {
    assertThatThrownBy(() -> Secret.of(Secret.of(SKEY).masked()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("enter the real value");
  }

  @Test
  void of_rejectsEmptyValues() {
    assertThatThrownBy(() -> Secret.of("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Secret.of(null)).isInstanceOf(IllegalArgumentException.class);
  }
}
