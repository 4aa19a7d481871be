package io.duoctl.emulator.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.client.admin.AdminApi;
import io.duoctl.client.admin.logs.ActivityLogEntry;
import io.duoctl.client.admin.logs.AdminLogEntry;
import io.duoctl.client.admin.logs.LogSort;
import io.duoctl.client.admin.logs.LogWindow;
import io.duoctl.client.admin.logs.Logs;
import io.duoctl.client.admin.logs.TelephonyLogEntry;
import io.duoctl.client.admin.logs.TrustMonitorEvent;
import io.duoctl.client.admin.users.NewUser;
import io.duoctl.client.admin.users.User;
import io.duoctl.client.admin.users.UserUpdate;
import io.duoctl.emulator.admin.activity.ActivityEntry;
import io.duoctl.emulator.admin.activity.ActivityLog;
import io.duoctl.emulator.admin.authlog.AuthLogEntry.Party;
import io.duoctl.emulator.admin.logs.AdminLog;
import io.duoctl.emulator.admin.logs.TelephonyLog;
import io.duoctl.emulator.admin.trustmonitor.TrustMonitor;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.record.RecordedRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The administrator (v1, mintime paging), telephony and activity (v2, {@code "ts,id"} cursor) logs
 * and Trust Monitor ({@code offset} cursor), each walked to the end with the client's {@code Paged}
 * (admin-api.md §2.3–§2.5, §5.14; signing-auth-accounts.md §6).
 */
class LogsRoundTripTest {

  @RegisterExtension static DuoEmulatorExtension duo = new DuoEmulatorExtension();

  private RoundTrip roundTrip;
  private Account account;
  private AdminApi admin;
  private Instant start;

  @BeforeEach
  void connect() {
    roundTrip = RoundTrip.direct(duo);
    account = duo.givenParentAccount("Acme Dental");
    admin = roundTrip.admin(account);
    start = duo.clock().instant().minus(Duration.ofDays(2));
  }

  @AfterEach
  void disconnect() {
    roundTrip.close();
  }

  @Test
  void administratorLog_recordsEveryAdminWrite_section6_16() {
    User user = admin.users().create(NewUser.of("jdoe"));
    admin.users().update(user.userId(), UserUpdate.builder().realname("John Doe").build());
    admin.users().delete(user.userId());
    duo.clock().advance(Duration.ofMinutes(3));

    List<AdminLogEntry> entries = admin.logs().administrator(start).all();

    assertThat(entries)
        .extracting(AdminLogEntry::action)
        .containsSubsequence("user_create", "user_update", "user_delete");
    assertThat(entries).extracting(AdminLogEntry::username).allMatch(u -> u.startsWith("API ("));
  }

  @Test
  void administratorLog_walksPastTheThousandPerQuery_withoutLosingOrRepeating_section2_5() {
    AdminLog log = AdminLog.of(account);
    int total = 2_500;
    for (int i = 0; i < total; i++) {
      log.record(start.plusSeconds(i / 7), "System", "user_update", "user" + i, Map.of("n", i));
    }

    List<AdminLogEntry> entries = admin.logs().administrator(start).all();

    assertThat(entries).extracting(AdminLogEntry::object).doesNotHaveDuplicates().hasSize(total);
    assertThat(duo.requests().toPath("/admin/v1/logs/administrator").size()).isGreaterThan(2);
  }

  @Test
  void telephonyLog_walksTheStringCursorAcrossPages_section2_3() {
    TelephonyLog log = TelephonyLog.of(duo.world(), account);
    int total = Logs.V2_PAGE_SIZE * 2 + 5;
    for (int i = 0; i < total; i++) {
      log.record(
          start.plusSeconds(i), "authentication", i % 2 == 0 ? "sms" : "phone", "+15555550100", 1);
    }

    List<TelephonyLogEntry> entries =
        admin.logs().telephony(window().sorted(LogSort.OLDEST_FIRST)).all();

    assertThat(entries)
        .extracting(TelephonyLogEntry::telephonyId)
        .doesNotHaveDuplicates()
        .hasSize(total);
    List<RecordedRequest> sent = duo.requests().toPath("/admin/v2/logs/telephony");
    assertThat(sent).hasSize(3);
    TelephonyLogEntry lastOfFirstPage = entries.get(Logs.V2_PAGE_SIZE - 1);
    assertThat(sent.get(1).param("next_offset"))
        .endsWith("," + lastOfFirstPage.telephonyId())
        .matches("[0-9]+,.+");
  }

  @Test
  void telephonyLog_showsTheSmsSentThroughTheAdminApi() {
    String phoneId =
        admin
            .phones()
            .create(io.duoctl.client.admin.phones.PhoneDetails.mobile("+15555550100"))
            .phoneId();
    admin.phones().sendSmsPasscodes(phoneId);
    duo.clock().advance(Duration.ofMinutes(3));

    List<TelephonyLogEntry> entries = admin.logs().telephony(window()).all();

    assertThat(entries)
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.type()).isEqualTo("sms");
              assertThat(entry.phone()).isEqualTo("+15555550100");
            });
  }

  @Test
  void activityLog_walksTheStringCursorAcrossPages_section2_3() {
    ActivityLog log = ActivityLog.of(account);
    int total = Logs.V2_PAGE_SIZE + 10;
    for (int i = 0; i < total; i++) {
      log.record(
          new ActivityEntry(
              UUID.nameUUIDFromBytes(("a" + i).getBytes(StandardCharsets.UTF_8)).toString(),
              start.plusSeconds(i),
              account.id(),
              "admin_login",
              "SUCCESS",
              new ActivityEntry.Party("DE00000000000000000A", "Pat", "admin"),
              null,
              null));
    }

    List<ActivityLogEntry> entries = admin.logs().activity(window()).all();

    assertThat(entries)
        .extracting(ActivityLogEntry::activityId)
        .doesNotHaveDuplicates()
        .hasSize(total);
    assertThat(entries.get(0).actionName()).isEqualTo("admin_login");
    assertThat(duo.requests().toPath("/admin/v2/logs/activity")).hasSize(2);
  }

  @Test
  void trustMonitor_walksTheOffsetCursor_andFiltersByType_section2_4() {
    TrustMonitor monitor = TrustMonitor.of(account);
    int total = Logs.TRUST_MONITOR_PAGE_SIZE * 2 + 3;
    for (int i = 0; i < total; i++) {
      monitor.bypassEnabled(
          duo.world(),
          new Party("DE00000000000000000A", "Pat"),
          new Party("DU0000000000000000" + String.format("%02d", i % 100), "user" + i));
    }
    duo.clock().advance(Duration.ofMinutes(3));

    List<TrustMonitorEvent> all = admin.logs().trustMonitorEvents(window()).all();
    List<TrustMonitorEvent> auth = admin.logs().trustMonitorEvents(window(), "auth").all();

    assertThat(all).extracting(TrustMonitorEvent::sekey).doesNotHaveDuplicates().hasSize(total);
    assertThat(all).extracting(TrustMonitorEvent::type).containsOnly("bypass_status");
    assertThat(auth).isEmpty();
    List<RecordedRequest> sent = duo.requests().toPath("/admin/v1/trust_monitor/events");
    assertThat(sent.get(0).param("offset")).isNull();
    assertThat(sent.get(1).param("offset")).matches("[0-9]+");
    assertThat(sent.get(1).param("next_offset")).isNull();
  }

  private LogWindow window() {
    return LogWindow.between(start, duo.clock().instant());
  }
}
