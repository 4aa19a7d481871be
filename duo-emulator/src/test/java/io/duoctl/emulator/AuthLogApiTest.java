package io.duoctl.emulator;

import static io.duoctl.emulator.RequestVerificationTest.assertFailure;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.emulator.SignedCall.Reply;
import io.duoctl.emulator.admin.authlog.AuthHistory;
import io.duoctl.emulator.admin.authlog.AuthLog;
import io.duoctl.emulator.admin.authlog.AuthLogEntry;
import io.duoctl.emulator.admin.authlog.AuthLogEntry.AccessDevice;
import io.duoctl.emulator.admin.authlog.AuthLogEntry.Party;
import io.duoctl.emulator.admin.authlog.AuthLogEntry.Subject;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.EmulatorClock;
import io.duoctl.emulator.model.Permission;
import io.duoctl.emulator.ratelimit.RateLimits;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The authentication log v2 and v1 (admin-api.md §2.3, §2.5, §5.14, §6.15, §7.8;
 * signing-auth-accounts.md §6).
 */
@Tag("slow")
class AuthLogApiTest {

  private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");
  private static final Subject ANA =
      new Subject(
          "DUANA0000000000000001", "ana", List.of("Staff"), List.of("DGSTAFF00000000000001"));
  private static final Subject BEN =
      new Subject("DUBEN0000000000000001", "ben", List.of(), List.of());
  private static final Party VPN = new Party("DIVPN0000000000000001", "VPN");

  private DuoEmulator duo;
  private Account account;
  private IntegrationKeys logs;

  @BeforeEach
  void start() {
    duo = DuoEmulator.builder().clock(EmulatorClock.fixedAt(NOW)).build().start();
    duo.rateLimits(RateLimits.none());
    account = duo.givenParentAccount("Acme");
    logs = duo.givenAdminApi(account, Permission.ADMIN_READ_LOG);
  }

  @AfterEach
  void stop() {
    duo.close();
  }

  private static AuthLogEntry entry(String txid, Instant time, Subject user, String result) {
    return new AuthLogEntry(
        txid,
        time,
        "authentication",
        "duo_push",
        result,
        result.equals("success") ? "user_approved" : "user_marked_fraud",
        user,
        VPN,
        new AccessDevice("198.51.100.7", "ws-1", null, "Chrome", "Windows"),
        null,
        "",
        user.name());
  }

  private List<AuthLogEntry> seedFive() {
    List<AuthLogEntry> out = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      AuthLogEntry e =
          entry("tx-" + i, NOW.minus(Duration.ofHours(5 - i)), i % 2 == 0 ? ANA : BEN, "success");
      AuthLog.of(account).record(e);
      out.add(e);
    }
    return out;
  }

  private SignedCall query() {
    return SignedCall.get(duo, logs, "/admin/v2/logs/authentication")
        .param("mintime", Long.toString(NOW.minus(Duration.ofDays(1)).toEpochMilli()))
        .param("maxtime", Long.toString(NOW.toEpochMilli()));
  }

  @Test
  void v2_missingMintimeOrMaxtime_is40002NamingIt() {
    Reply noMin =
        SignedCall.get(duo, logs, "/admin/v2/logs/authentication")
            .param("maxtime", Long.toString(NOW.toEpochMilli()))
            .send();
    Reply noMax =
        SignedCall.get(duo, logs, "/admin/v2/logs/authentication")
            .param("mintime", Long.toString(NOW.minusSeconds(600).toEpochMilli()))
            .send();

    assertFailure(noMin, 400, 40002, "Invalid request parameters");
    assertThat(noMin.json().get("message_detail").asText()).isEqualTo("mintime");
    assertFailure(noMax, 400, 40002, "Invalid request parameters");
    assertThat(noMax.json().get("message_detail").asText()).isEqualTo("maxtime");
  }

  @Test
  void v2_mintimeOlderThan180Days_is400_section7_8() {
    Reply reply =
        SignedCall.get(duo, logs, "/admin/v2/logs/authentication")
            .param("mintime", Long.toString(NOW.minus(Duration.ofDays(181)).toEpochMilli()))
            .param("maxtime", Long.toString(NOW.toEpochMilli()))
            .send();

    assertFailure(reply, 400, 40002, "Invalid request parameters");
    assertThat(reply.json().get("message_detail").asText())
        .isEqualTo("mintime must be within the past 180 days");
  }

  @Test
  void v2_mintimeNotBeforeMaxtime_is400_section7_8() {
    String t = Long.toString(NOW.minusSeconds(600).toEpochMilli());
    Reply reply =
        SignedCall.get(duo, logs, "/admin/v2/logs/authentication")
            .param("mintime", t)
            .param("maxtime", t)
            .send();

    assertFailure(reply, 400, 40002, "Invalid request parameters");
  }

  @Test
  void v2_entriesYoungerThanTwoMinutes_appearOnlyOnceOldEnough_section7_8() {
    AuthLog.of(account).record(entry("fresh", NOW.minusSeconds(30), ANA, "success"));

    Reply early = query().send();
    duo.clock().advance(Duration.ofSeconds(91));
    Reply later =
        SignedCall.get(duo, logs, "/admin/v2/logs/authentication")
            .param("mintime", Long.toString(NOW.minus(Duration.ofDays(1)).toEpochMilli()))
            .param("maxtime", Long.toString(duo.clock().instant().toEpochMilli()))
            .send();

    assertThat(early.response().get("authlogs")).isEmpty();
    assertThat(later.response().get("authlogs")).hasSize(1);
    assertThat(later.response().get("authlogs").get(0).get("txid").asText()).isEqualTo("fresh");
  }

  @Test
  void v2_entryShape_section6_15() {
    seedFive();

    JsonNode entry = query().param("limit", "1").send().response().get("authlogs").get(0);

    assertThat(entry.get("txid").asText()).isEqualTo("tx-4");
    assertThat(entry.get("timestamp").asLong())
        .isEqualTo(NOW.minus(Duration.ofHours(1)).getEpochSecond());
    assertThat(entry.get("isotimestamp").asText()).isEqualTo("2026-03-02T11:00:00.000000+00:00");
    assertThat(entry.get("event_type").asText()).isEqualTo("authentication");
    assertThat(entry.get("factor").asText()).isEqualTo("duo_push");
    assertThat(entry.get("result").asText()).isEqualTo("success");
    assertThat(entry.get("reason").asText()).isEqualTo("user_approved");
    assertThat(entry.get("user").get("key").asText()).isEqualTo(ANA.key());
    assertThat(entry.get("user").get("groups").get(0).asText()).isEqualTo("Staff");
    assertThat(entry.get("application").get("name").asText()).isEqualTo("VPN");
    assertThat(entry.get("access_device").get("ip").asText()).isEqualTo("198.51.100.7");
    assertThat(entry.get("access_device").get("location").has("country")).isTrue();
  }

  @Test
  void v2_metadataInsideResponse_cursorIsTsTxidPair_andLastPageNull_section2_3() {
    seedFive();

    Reply first = query().param("limit", "2").param("sort", "ts:asc").send();

    JsonNode metadata = first.response().get("metadata");
    assertThat(first.json().has("metadata")).isFalse();
    assertThat(metadata.get("total_objects").asInt()).isEqualTo(5);
    assertThat(metadata.get("next_offset"))
        .extracting(JsonNode::asText)
        .containsExactly(Long.toString(NOW.minus(Duration.ofHours(4)).toEpochMilli()), "tx-1");
  }

  @Test
  void v2_cursorSentBackAsOneValueOrTwoRepeatedParams_givesTheSamePage_section6() {
    seedFive();
    JsonNode cursor =
        query()
            .param("limit", "2")
            .param("sort", "ts:asc")
            .send()
            .response()
            .get("metadata")
            .get("next_offset");

    Reply joined =
        query()
            .param("limit", "2")
            .param("sort", "ts:asc")
            .param("next_offset", cursor.get(0).asText() + "," + cursor.get(1).asText())
            .send();
    Reply repeated =
        query()
            .param("limit", "2")
            .param("sort", "ts:asc")
            .param("next_offset", cursor.get(0).asText())
            .param("next_offset", cursor.get(1).asText())
            .send();

    assertThat(txids(joined)).containsExactly("tx-2", "tx-3");
    assertThat(txids(repeated)).containsExactly("tx-2", "tx-3");
  }

  @Test
  void v2_followingTheCursorVisitsEveryEntryOnce_descendingByDefault() {
    seedFive();
    List<String> seen = new ArrayList<>();
    JsonNode cursor = null;
    do {
      SignedCall call = query().param("limit", "2");
      if (cursor != null) {
        call.param("next_offset", cursor.get(0).asText())
            .param("next_offset", cursor.get(1).asText());
      }
      Reply page = call.send();
      seen.addAll(txids(page));
      cursor = page.response().get("metadata").get("next_offset");
    } while (!cursor.isNull());

    assertThat(seen).containsExactly("tx-4", "tx-3", "tx-2", "tx-1", "tx-0");
  }

  @Test
  void v2_limitDefaults100_andIsClampedTo1000() {
    AuthLog log = AuthLog.of(account);
    for (int i = 0; i < 1100; i++) {
      log.record(entry(String.format("tx-%04d", i), NOW.minusSeconds(3600 + i), ANA, "success"));
    }

    Reply byDefault = query().send();
    Reply clamped = query().param("limit", "5000").send();

    assertThat(byDefault.response().get("authlogs")).hasSize(100);
    assertThat(clamped.response().get("authlogs")).hasSize(1000);
    assertThat(clamped.response().get("metadata").get("total_objects").asInt()).isEqualTo(1100);
  }

  @Test
  void v2_repeatedKeyFilters_matchAnyValue_section3() {
    seedFive();
    AuthLog.of(account).record(entry("fraud-1", NOW.minusSeconds(900), BEN, "fraud"));

    Reply byUser = query().param("users", BEN.key()).send();
    Reply byResults = query().param("results", "fraud").param("results", "denied").send();
    Reply byGroup = query().param("groups", "DGSTAFF00000000000001").send();
    Reply badResult = query().param("results", "maybe").send();

    assertThat(txids(byUser)).containsExactly("fraud-1", "tx-3", "tx-1");
    assertThat(txids(byResults)).containsExactly("fraud-1");
    assertThat(txids(byGroup)).containsExactly("tx-4", "tx-2", "tx-0");
    assertFailure(badResult, 400, 40002, "Invalid request parameters");
    assertThat(badResult.json().get("message_detail").asText()).isEqualTo("results");
  }

  @Test
  void v1_takesMintimeInSeconds_andListsOldestFirst_section2_5() {
    seedFive();

    Reply reply =
        SignedCall.get(duo, logs, "/admin/v1/logs/authentication")
            .param("mintime", Long.toString(NOW.minus(Duration.ofHours(3)).getEpochSecond()))
            .send();

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.response()).hasSize(3);
    assertThat(reply.response().get(0).get("username").asText()).isEqualTo("ana");
    assertThat(reply.response().get(0).get("result").asText()).isEqualTo("SUCCESS");
    assertThat(reply.response().get(0).get("factor").asText()).isEqualTo("Duo Push");
  }

  @Test
  void seededHistory_isDeterministic_andServedThroughTheApi() {
    Account other = duo.givenParentAccount("Twin");
    List<AuthLogEntry> a =
        AuthHistory.seed(account, NOW, 7, 20, 42, List.of(ANA, BEN), List.of(VPN));
    List<AuthLogEntry> b = AuthHistory.seed(other, NOW, 7, 20, 42, List.of(ANA, BEN), List.of(VPN));

    Reply reply =
        SignedCall.get(duo, logs, "/admin/v2/logs/authentication")
            .param("mintime", Long.toString(NOW.minus(Duration.ofDays(8)).toEpochMilli()))
            .param("maxtime", Long.toString(NOW.toEpochMilli()))
            .param("limit", "1000")
            .send();

    assertThat(a).isEqualTo(b);
    assertThat(a).hasSizeGreaterThan(60);
    assertThat(a).extracting(AuthLogEntry::result).contains("success", "denied");
    assertThat(reply.response().get("metadata").get("total_objects").asInt()).isEqualTo(a.size());
  }

  private static List<String> txids(Reply reply) {
    List<String> out = new ArrayList<>();
    reply.response().get("authlogs").forEach(e -> out.add(e.get("txid").asText()));
    return out;
  }
}
