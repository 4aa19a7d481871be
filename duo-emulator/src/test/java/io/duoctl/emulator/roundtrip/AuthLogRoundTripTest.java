package io.duoctl.emulator.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.duoctl.client.DuoInvalidRequestException;
import io.duoctl.client.admin.AdminApi;
import io.duoctl.client.admin.logs.AuthLogEntry;
import io.duoctl.client.admin.logs.AuthLogQuery;
import io.duoctl.client.admin.logs.LogSort;
import io.duoctl.client.admin.logs.LogWindow;
import io.duoctl.emulator.admin.authlog.AuthLog;
import io.duoctl.emulator.admin.authlog.AuthLogEntry.AccessDevice;
import io.duoctl.emulator.admin.authlog.AuthLogEntry.Location;
import io.duoctl.emulator.admin.authlog.AuthLogEntry.Party;
import io.duoctl.emulator.admin.authlog.AuthLogEntry.Subject;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.Permission;
import io.duoctl.emulator.record.RecordedRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The v2 authentication log through {@code admin.logs().authentication(...)}: the {@code [ms,
 * txid]} cursor walked to the end, the two-minute delay and the 180-day window (admin-api.md §2.3,
 * §5.14, §7.8; signing-auth-accounts.md §6).
 */
class AuthLogRoundTripTest {

  @RegisterExtension static DuoEmulatorExtension duo = new DuoEmulatorExtension();

  private RoundTrip roundTrip;
  private Account account;
  private AdminApi admin;
  private Instant now;

  @BeforeEach
  void connect() {
    roundTrip = RoundTrip.direct(duo);
    account = duo.givenParentAccount("Acme Dental");
    admin = roundTrip.admin(account, Permission.ADMIN_READ_LOG);
    now = duo.clock().instant();
  }

  @AfterEach
  void disconnect() {
    roundTrip.close();
  }

  @Test
  void authentication_walksTheCursorAcrossEveryPage_section2_3() {
    Instant start = now.minus(Duration.ofHours(1));
    List<String> seeded = seed(25, start);
    AuthLogQuery query =
        AuthLogQuery.builder(
                LogWindow.between(now.minus(Duration.ofDays(1)), now).sorted(LogSort.OLDEST_FIRST))
            .limit(10)
            .build();

    List<AuthLogEntry> all = admin.logs().authentication(query).all();

    assertThat(all).extracting(AuthLogEntry::txid).containsExactlyElementsOf(seeded);
    List<RecordedRequest> sent = duo.requests().toPath("/admin/v2/logs/authentication");
    assertThat(sent).hasSize(3);
    AuthLogEntry tenth = all.get(9);
    assertThat(sent.get(0).param("next_offset")).isNull();
    assertThat(sent.get(1).param("next_offset"))
        .isEqualTo(start.plusSeconds(9).toEpochMilli() + "," + tenth.txid());
    assertThat(sent)
        .extracting(request -> request.param("mintime"))
        .containsOnly(Long.toString(now.minus(Duration.ofDays(1)).toEpochMilli()));
  }

  @Test
  void authentication_hidesEntriesYoungerThanTwoMinutes_section7_8() {
    List<String> old = seed(2, now.minus(Duration.ofMinutes(10)));
    seed(1, now.minus(Duration.ofSeconds(30)));

    List<AuthLogEntry> all =
        admin
            .logs()
            .authentication(AuthLogQuery.of(LogWindow.between(now.minus(Duration.ofHours(1)), now)))
            .all();

    assertThat(all).extracting(AuthLogEntry::txid).containsExactlyInAnyOrderElementsOf(old);
  }

  @Test
  void authentication_olderThan180Days_isRefusedNamingTheRule_section7_8() {
    LogWindow tooOld = LogWindow.between(now.minus(Duration.ofDays(181)), now);

    assertThatThrownBy(() -> admin.logs().authentication(AuthLogQuery.of(tooOld)).firstPage())
        .isInstanceOfSatisfying(
            DuoInvalidRequestException.class,
            e ->
                assertThat(e.messageDetail()).contains("mintime must be within the past 180 days"));
  }

  private List<String> seed(int count, Instant start) {
    List<String> txids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String txid =
          UUID.nameUUIDFromBytes(("tx" + start + i).getBytes(StandardCharsets.UTF_8)).toString();
      txids.add(txid);
      AuthLog.of(account)
          .record(
              new io.duoctl.emulator.admin.authlog.AuthLogEntry(
                  txid,
                  start.plusSeconds(i),
                  "authentication",
                  "duo_push",
                  "success",
                  "user_approved",
                  new Subject("DUUSER0000000000000" + (i % 10), "jdoe", List.of(), List.of()),
                  new Party("DIAPP00000000000000A", "VPN"),
                  new AccessDevice("192.0.2.1", "laptop", Location.UNKNOWN, "Chrome", "Mac OS X"),
                  null,
                  "jdoe@acme.example",
                  "jdoe"));
    }
    return txids;
  }
}
