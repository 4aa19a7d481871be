package io.duoctl.emulator.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.duoctl.client.DuoInvalidRequestException;
import io.duoctl.client.admin.AdminApi;
import io.duoctl.client.admin.administrators.NewAdministrator;
import io.duoctl.client.admin.info.AuthenticationAttempts;
import io.duoctl.client.admin.info.Summary;
import io.duoctl.client.admin.logs.ActivityLogEntry;
import io.duoctl.client.admin.logs.LogWindow;
import io.duoctl.client.admin.logs.TrustMonitorEvent;
import io.duoctl.client.admin.settings.Settings;
import io.duoctl.client.admin.settings.SettingsUpdate;
import io.duoctl.emulator.admin.authlog.AuthLog;
import io.duoctl.emulator.admin.authlog.AuthLogEntry;
import io.duoctl.emulator.admin.authlog.AuthLogEntry.AccessDevice;
import io.duoctl.emulator.admin.authlog.AuthLogEntry.Party;
import io.duoctl.emulator.admin.authlog.AuthLogEntry.Subject;
import io.duoctl.emulator.admin.settings.AccountSettings;
import io.duoctl.emulator.admin.trustmonitor.TrustMonitor;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import io.duoctl.emulator.model.Account;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Settings, info reports, the activity log and Trust Monitor through duo-client's typed API
 * (admin-api.md §5.14–§5.16, §6.14, §6.18–§6.20), each change checked through a second read.
 */
class SettingsInfoAndEventsRoundTripTest {

  @RegisterExtension static DuoEmulatorExtension duo = new DuoEmulatorExtension();

  private RoundTrip roundTrip;
  private Account account;
  private AdminApi admin;

  @BeforeEach
  void connect() {
    roundTrip = RoundTrip.direct(duo);
    account = duo.givenParentAccount("Acme Dental");
    admin = roundTrip.admin(account);
  }

  @AfterEach
  void disconnect() {
    roundTrip.close();
  }

  @Test
  void settings_update_thenGetShowsTheNewLockoutPolicy_section6_14() {
    Settings before = admin.settings().get();

    Settings after =
        admin
            .settings()
            .update(
                SettingsUpdate.builder()
                    .lockoutThreshold(5)
                    .lockoutExpireDuration(30)
                    .helpdeskBypass("limit")
                    .fraudEmailEnabled(true)
                    .build());

    assertThat(before.lockoutThreshold()).isEqualTo(10);
    assertThat(before.name()).isEqualTo("Acme Dental");
    assertThat(admin.settings().get()).isEqualTo(after);
    assertThat(after.lockoutThreshold()).isEqualTo(5);
    assertThat(after.lockoutExpireDuration()).isEqualTo(30);
    assertThat(after.helpdeskBypass()).isEqualTo("limit");
    assertThat(after.fraudEmailEnabled()).isTrue();
    assertThat(AccountSettings.of(account).lockoutThreshold()).isEqualTo(5);
  }

  @Test
  void settings_outOfRange_isInvalidNamingTheField_andChangesNothing() {
    assertThatThrownBy(
            () ->
                admin
                    .settings()
                    .update(SettingsUpdate.builder().set("lockout_threshold", "0").build()))
        .isInstanceOfSatisfying(
            DuoInvalidRequestException.class,
            e -> assertThat(e.messageDetail()).contains("lockout_threshold"));
    assertThat(admin.settings().get().lockoutThreshold()).isEqualTo(10);
  }

  @Test
  void info_summaryAndAttempts_agreeWithTheState_section5_15() {
    admin.administrators().create(NewAdministrator.builder("pat@acme.example", "Pat").build());
    Instant now = duo.clock().instant();
    Subject ana = new Subject("DUANA0000000000000001", "ana", List.of(), List.of());
    AuthLog log = AuthLog.of(account);
    log.record(entry("t1", now.minusSeconds(600), ana, "success"));
    log.record(entry("t2", now.minusSeconds(500), ana, "denied"));

    Summary summary = admin.info().summary();
    AuthenticationAttempts attempts =
        admin.info().authenticationAttempts(now.minus(Duration.ofHours(1)), now);

    assertThat(summary.adminCount()).isEqualTo(1);
    assertThat(summary.integrationCount()).isEqualTo(1);
    assertThat(summary.telephonyCreditsRemaining()).isEqualTo(account.telephonyCredits());
    assertThat(summary.userCount()).isZero();
    assertThat(attempts.count("SUCCESS")).isEqualTo(1);
    assertThat(attempts.count("FAILURE")).isEqualTo(1);
    assertThat(admin.info().telephonyCreditsUsed().telephonyCreditsUsed()).isZero();
  }

  @Test
  void activityAndTrustMonitor_areReadBackOnceOlderThanTwoMinutes_section7_8() {
    admin.administrators().create(NewAdministrator.builder("pat@acme.example", "Pat").build());
    TrustMonitor.of(account)
        .bypassEnabled(
            duo.world(),
            new Party("DEOLGA00000000000001", "Olga"),
            new Party("DUANA0000000000000001", "ana"));
    Instant start = duo.clock().instant().minusSeconds(60);
    duo.clock().advance(Duration.ofMinutes(3));
    LogWindow window = LogWindow.between(start, duo.clock().instant());

    List<ActivityLogEntry> activity = admin.logs().activity(window).all();
    List<TrustMonitorEvent> events = admin.logs().trustMonitorEvents(window).all();

    assertThat(activity)
        .singleElement()
        .satisfies(a -> assertThat(a.akey()).isEqualTo(account.id()));
    assertThat(activity.get(0).action().get("name").asText()).isEqualTo("admin_create");
    assertThat(events)
        .singleElement()
        .satisfies(e -> assertThat(e.type()).isEqualTo("bypass_status"));
  }

  private static AuthLogEntry entry(String txid, Instant at, Subject user, String result) {
    return new AuthLogEntry(
        txid,
        at,
        "authentication",
        "duo_push",
        result,
        result.equals("success") ? "user_approved" : "user_mistake",
        user,
        new Party("DIVPN0000000000000001", "VPN"),
        new AccessDevice("198.51.100.7", null, null, null, null),
        null,
        "",
        user.name());
  }
}
