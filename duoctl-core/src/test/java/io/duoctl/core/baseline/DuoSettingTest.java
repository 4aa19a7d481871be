package io.duoctl.core.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.duoctl.core.testing.Json;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Baseline values compared to Duo's answers with Duo's meaning of its values (admin-api §6.14). */
class DuoSettingTest {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @ParameterizedTest(name = "{0}={1} against Duo''s {2}: {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "lockout_threshold       | 5     | 5         | true",
        "lockout_threshold       | 5     | 10        | false",
        "lockout_expire_duration | 0     | null      | true",
        "lockout_expire_duration | 0     | 15        | false",
        "lockout_expire_duration | 15    | null      | false",
        "inactive_user_expiration| 0     | 0         | true",
        "inactive_user_expiration| 0     | null      | false",
        "user_telephony_cost_max | 20    | 20.0      | true",
        "user_telephony_cost_max | 7.5   | 20.0      | false",
        "fraud_email_enabled     | true  | true      | true",
        "fraud_email_enabled     | false | true      | false",
        "fraud_email_enabled     | false | null      | false",
        "sms_refresh             | true  | 1         | true",
        "sms_refresh             | false | 1         | false",
        "helpdesk_bypass         | deny  | '\"deny\"'  | true",
        "helpdesk_bypass         | deny  | '\"allow\"' | false",
        "language                | de    | '\"DE\"'    | true",
        "caller_id               | ''    | null      | true",
        "sms_message             | Code  | '\"code\"'  | false",
      })
  void matches_withDuosValueSemantics(String field, String given, String duo, boolean same) {
    DuoSetting setting = DuoSetting.byField(field).orElseThrow();
    JsonNode value = setting.canonical(NODES.textNode(given)).orElseThrow();
    JsonNode actual = Json.of("{'v': " + duo.replace('"', '\'') + "}").get("v");

    assertThat(setting.matches(value, actual)).isEqualTo(same);
  }

  @ParameterizedTest(name = "{0}={1} goes to Duo as {2}")
  @CsvSource({
    "fraud_email_enabled, true, 1",
    "sms_refresh, no, 0",
    "user_telephony_cost_max, 20.50, 20.5",
    "language, fr, FR",
    "lockout_threshold, 7.0, 7"
  })
  void wire_isTheParameterDuoTakes(String field, String given, String wire) {
    DuoSetting setting = DuoSetting.byField(field).orElseThrow();

    assertThat(setting.wire(setting.canonical(NODES.textNode(given)).orElseThrow()))
        .isEqualTo(wire);
  }
}
