package io.duoctl.client.admin.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.duoctl.client.fake.FakeTransport;
import io.duoctl.client.http.HttpMethod;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountSettingsTest {

  private static final String SETTINGS =
      """
      {"name": "Acme Dental", "caller_id": "+15555550000", "fraud_email": "sec@acme.example",
       "fraud_email_enabled": true, "helpdesk_bypass": "limit", "helpdesk_bypass_expiration": 60,
       "helpdesk_message": null, "inactive_user_expiration": 0, "language": "EN",
       "lockout_threshold": 10, "lockout_expire_duration": null, "log_retention_days": null,
       "minimum_password_length": 12, "sms_batch": 1, "sms_expiration": 0,
       "sms_message": "Duo passcode", "sms_refresh": 0, "telephony_warning_min": 0,
       "timezone": "America/Chicago", "user_telephony_cost_max": 20.0,
       "security_checkup_enabled": 1, "push_enabled": true}
      """;

  private final FakeTransport duo = new FakeTransport();
  private final AccountSettings settings = new AccountSettings(duo.client());

  @Test
  void get_readsTypedSettingsAndKeepsTheRest() {
    duo.ok(SETTINGS);

    Settings read = settings.get();

    assertThat(read.lockoutThreshold()).isEqualTo(10);
    assertThat(read.lockoutExpireDuration()).isNull();
    assertThat(read.userTelephonyCostMax()).isEqualTo(20.0);
    assertThat(read.extra()).containsKeys("security_checkup_enabled", "sms_refresh");
    assertThat(duo.onlyRequest().path()).isEqualTo("/admin/v1/settings");
  }

  @Test
  void update_postsOnlyTheChangedSettingsInDuosSpelling() {
    duo.ok(SETTINGS);

    settings.update(
        SettingsUpdate.builder()
            .lockoutThreshold(5)
            .lockoutExpireDuration(0)
            .fraudEmailEnabled(false)
            .set("keypress_fraud", "#")
            .build());

    assertThat(duo.onlyRequest().method()).isEqualTo(HttpMethod.POST);
    assertThat(duo.onlyRequest().params().asMap())
        .containsOnly(
            entry("lockout_threshold", List.of("5")),
            entry("lockout_expire_duration", List.of("0")),
            entry("fraud_email_enabled", List.of("0")),
            entry("keypress_fraud", List.of("#")));
  }

  @Test
  void update_needsAtLeastOneSettingAndValidRanges() {
    assertThatThrownBy(() -> SettingsUpdate.builder().build())
        .hasMessageContaining("at least one setting");
    assertThatThrownBy(() -> SettingsUpdate.builder().lockoutThreshold(0))
        .hasMessageContaining("lockoutThreshold");
    assertThatThrownBy(() -> SettingsUpdate.builder().lockoutExpireDuration(3))
        .hasMessageContaining("lockoutExpireDuration");
    assertThatThrownBy(() -> SettingsUpdate.builder().helpdeskBypass("sometimes"))
        .hasMessageContaining("helpdeskBypass");
  }
}
