package io.duoctl.emulator.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.client.admin.AdminApi;
import io.duoctl.client.admin.settings.Settings;
import io.duoctl.client.admin.settings.SettingsUpdate;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import io.duoctl.emulator.model.Permission;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /admin/v1/settings} through {@code admin.settings()} (admin-api.md §5.16, §6.14). */
class SettingsRoundTripTest {

  @RegisterExtension static DuoEmulatorExtension duo = new DuoEmulatorExtension();

  private RoundTrip roundTrip;
  private AdminApi admin;

  @BeforeEach
  void connect() {
    roundTrip = RoundTrip.direct(duo);
    admin = roundTrip.admin(duo.givenParentAccount("Acme Dental"), Permission.ADMIN_SETTINGS);
  }

  @AfterEach
  void disconnect() {
    roundTrip.close();
  }

  @Test
  void get_readsDuosDefaults_section6_14() {
    Settings settings = admin.settings().get();

    assertThat(settings.name()).isEqualTo("Acme Dental");
    assertThat(settings.lockoutThreshold()).isEqualTo(10);
    assertThat(settings.lockoutExpireDuration()).isNull();
    assertThat(settings.language()).isEqualTo("EN");
    assertThat(settings.minimumPasswordLength()).isEqualTo(12);
    assertThat(settings.userTelephonyCostMax()).isEqualTo(20.0);
    assertThat(settings.extra()).containsKey("pending_deletion_days");
  }

  @Test
  void json_readsEveryFieldWithDuosOwnTypes_nullsIncluded() {
    JsonNode settings = admin.settings().json();

    assertThat(settings.path("lockout_threshold").isIntegralNumber()).isTrue();
    assertThat(settings.has("lockout_expire_duration")).isTrue();
    assertThat(settings.get("lockout_expire_duration").isNull()).isTrue();
    assertThat(settings.path("fraud_email_enabled").isBoolean()).isTrue();
    assertThat(settings.path("sms_refresh").isIntegralNumber()).isTrue();
    assertThat(settings.path("helpdesk_bypass").asText()).isEqualTo("allow");
  }

  @Test
  void update_thenGetShowsTheChanges() {
    Settings returned =
        admin
            .settings()
            .update(
                SettingsUpdate.builder()
                    .lockoutThreshold(3)
                    .lockoutExpireDuration(15)
                    .helpdeskBypass("limit")
                    .inactiveUserExpiration(90)
                    .fraudEmailEnabled(true)
                    .language("DE")
                    .timezone("Europe/Berlin")
                    .build());

    Settings read = admin.settings().get();
    assertThat(read).isEqualTo(returned);
    assertThat(read.lockoutThreshold()).isEqualTo(3);
    assertThat(read.lockoutExpireDuration()).isEqualTo(15);
    assertThat(read.helpdeskBypass()).isEqualTo("limit");
    assertThat(read.inactiveUserExpiration()).isEqualTo(90);
    assertThat(read.fraudEmailEnabled()).isTrue();
    assertThat(read.language()).isEqualTo("DE");
    assertThat(read.timezone()).isEqualTo("Europe/Berlin");
  }

  @Test
  void update_ofTheName_renamesTheAccount() {
    admin.settings().update(SettingsUpdate.builder().set("name", "Acme Dental Group").build());

    assertThat(admin.settings().get().name()).isEqualTo("Acme Dental Group");
  }
}
