package io.duoctl.emulator.admin;

import static io.duoctl.emulator.admin.AdminTestBed.assertInvalid;
import static io.duoctl.emulator.admin.AdminTestBed.assertOk;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.emulator.admin.AdminClient.Reply;
import io.duoctl.emulator.admin.logs.TelephonyLog;
import io.duoctl.emulator.model.Permission;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Administrator and telephony logs (admin-api.md §2.3, §2.5, §6.16, §6.17, §7.8). */
class LogsApiTest {

  private final AdminTestBed bed = new AdminTestBed();
  private final AdminClient admin = bed.admin;

  @AfterEach
  void stop() {
    bed.close();
  }

  private long nowMs() {
    return bed.duo.clock().instant().toEpochMilli();
  }

  @Test
  void adminWrite_isLoggedAfterTheTwoMinuteDelay_section7_8() {
    bed.createUser("alice");

    Reply fresh = admin.get("/admin/v1/logs/administrator", "mintime", "0");
    bed.duo.clock().advance(Duration.ofMinutes(2));
    Reply aged = admin.get("/admin/v1/logs/administrator", "mintime", "0");

    assertOk(fresh);
    assertThat(fresh.response()).isEmpty();
    JsonNode entry = aged.response().get(0);
    assertThat(entry.get("action").asText()).isEqualTo("user_create");
    assertThat(entry.get("object").asText()).isEqualTo("alice");
    assertThat(entry.get("username").asText()).startsWith("API (");
    assertThat(entry.get("timestamp").asLong()).isEqualTo(AdminTestBed.NOW.getEpochSecond());
    assertThat(entry.get("isotimestamp").asText()).isEqualTo("2026-03-01T12:00:00+00:00");
    assertThat(entry.get("description").isTextual()).isTrue();
    assertThat(entry.get("description").asText()).contains("\"username\":\"alice\"");
  }

  @Test
  void everyAdminWrite_recordsItsAction_section6_16() {
    String user = bed.createUser("alice");
    admin.post("/admin/v1/users/" + user, "realname", "Alice L");
    admin.post("/admin/v1/phones", "number", "+15555550100");
    admin.post("/admin/v1/groups", "name", "Sales");
    admin.post(
        "/admin/v1/tokens",
        "type",
        "h6",
        "serial",
        "S-1",
        "secret",
        "3132333435363738393031323334353637383930");
    admin.post("/admin/v1/users/" + user + "/bypass_codes", "count", "1");
    admin.delete("/admin/v1/users/" + user);
    admin.get("/admin/v1/users");
    bed.duo.clock().advance(Duration.ofMinutes(2));

    Reply log = admin.get("/admin/v1/logs/administrator");

    assertThat(log.response())
        .extracting(e -> e.get("action").asText())
        .containsExactly(
            "user_create",
            "user_update",
            "phone_create",
            "group_create",
            "hardtoken_create",
            "bypass_create",
            "user_delete");
    assertThat(log.toString()).doesNotContain("3132333435363738393031323334353637383930");
  }

  @Test
  void adminLog_mintimeFiltersInSeconds_section2_5() {
    bed.createUser("early");
    bed.duo.clock().advance(Duration.ofMinutes(10));
    bed.createUser("late");
    bed.duo.clock().advance(Duration.ofMinutes(3));
    long lateSecond = AdminTestBed.NOW.plus(Duration.ofMinutes(10)).getEpochSecond();

    Reply reply = admin.get("/admin/v1/logs/administrator", "mintime", String.valueOf(lateSecond));

    assertThat(reply.response()).extracting(e -> e.get("object").asText()).containsExactly("late");
  }

  @Test
  void logs_needTheReadLogGrant() {
    AdminClient noLog =
        new AdminClient(
            bed.duo, bed.duo.givenAdminApi(bed.account, Permission.ADMIN_READ_RESOURCE));

    assertThat(noLog.get("/admin/v1/logs/administrator").status()).isEqualTo(403);
  }

  private void givenCalls(int count) {
    TelephonyLog log = TelephonyLog.of(bed.world(), bed.account);
    for (int i = 0; i < count; i++) {
      log.record(
          AdminTestBed.NOW.minus(Duration.ofHours(1)).plusSeconds(i),
          "authentication",
          i % 2 == 0 ? "sms" : "phone",
          "+1555555" + String.format("%04d", i),
          1);
    }
  }

  @Test
  void telephonyV2_followsTheCursorUntilExhausted_section2_3() {
    givenCalls(5);
    List<String> phones = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      Reply reply =
          cursor == null
              ? admin.get(
                  "/admin/v2/logs/telephony",
                  "mintime",
                  String.valueOf(nowMs() - 86_400_000L),
                  "maxtime",
                  String.valueOf(nowMs()),
                  "limit",
                  "2",
                  "sort",
                  "ts:asc")
              : admin.get(
                  "/admin/v2/logs/telephony",
                  "mintime",
                  String.valueOf(nowMs() - 86_400_000L),
                  "maxtime",
                  String.valueOf(nowMs()),
                  "limit",
                  "2",
                  "sort",
                  "ts:asc",
                  "next_offset",
                  cursor);
      assertOk(reply);
      reply.response().get("items").forEach(i -> phones.add(i.get("phone").asText()));
      JsonNode next = reply.response().get("metadata").get("next_offset");
      assertThat(reply.response().get("metadata").get("total_objects").asInt()).isEqualTo(5);
      cursor = next.isNull() ? null : next.asText();
      if (cursor != null) {
        assertThat(cursor).matches("[0-9]{13},[0-9a-f-]{36}");
      }
      pages++;
    } while (cursor != null);

    assertThat(pages).isEqualTo(3);
    assertThat(phones)
        .containsExactly(
            "+15555550000", "+15555550001", "+15555550002", "+15555550003", "+15555550004");
  }

  @Test
  void telephonyV2_itemShape_andDefaultSortIsNewestFirst_section6_17() {
    givenCalls(2);

    Reply reply =
        admin.get(
            "/admin/v2/logs/telephony",
            "mintime",
            String.valueOf(nowMs() - 86_400_000L),
            "maxtime",
            String.valueOf(nowMs()));

    JsonNode item = reply.response().get("items").get(0);
    assertThat(item.get("phone").asText()).isEqualTo("+15555550001");
    assertThat(item.get("type").asText()).isEqualTo("phone");
    assertThat(item.get("context").asText()).isEqualTo("authentication");
    assertThat(item.get("credits").asInt()).isEqualTo(1);
    assertThat(item.get("ts").asText()).isEqualTo("2026-03-01T11:00:01.000000+00:00");
    assertThat(item.get("telephony_id").asText()).hasSize(36);
    assertThat(item.get("txid").asText()).hasSize(36);
  }

  @Test
  void telephonyV2_windowRules_section7_8() {
    assertInvalid(admin.get("/admin/v2/logs/telephony", "maxtime", "5"), "mintime");
    assertInvalid(
        admin.get(
            "/admin/v2/logs/telephony",
            "mintime",
            String.valueOf(nowMs()),
            "maxtime",
            String.valueOf(nowMs())),
        "mintime must be earlier than maxtime");
    long tooOld = AdminTestBed.NOW.minus(Duration.ofDays(181)).toEpochMilli();
    Reply old =
        admin.get(
            "/admin/v2/logs/telephony",
            "mintime",
            String.valueOf(tooOld),
            "maxtime",
            String.valueOf(nowMs()));
    assertThat(old.status()).isEqualTo(400);
    assertThat(old.json().get("message_detail").asText())
        .isEqualTo("mintime must be within the past 180 days");
  }

  @Test
  void telephonyV2_hidesEntriesYoungerThanTwoMinutes_section7_8() {
    TelephonyLog.of(bed.world(), bed.account).sms("authentication", "+15555550100");

    Reply reply =
        admin.get(
            "/admin/v2/logs/telephony",
            "mintime",
            String.valueOf(nowMs() - 60_000),
            "maxtime",
            String.valueOf(nowMs()));

    assertThat(reply.response().get("items")).isEmpty();
  }

  @Test
  void telephonyV1_returnsEarliestFromMintimeSeconds_section2_5() {
    givenCalls(3);
    long from = AdminTestBed.NOW.minus(Duration.ofHours(1)).plusSeconds(1).getEpochSecond();

    Reply reply = admin.get("/admin/v1/logs/telephony", "mintime", String.valueOf(from));

    assertThat(reply.response()).hasSize(2);
    JsonNode first = reply.response().get(0);
    assertThat(first.get("timestamp").asLong()).isEqualTo(from);
    assertThat(first.get("isotimestamp").asText()).isEqualTo("2026-03-01T11:00:01+00:00");
    assertThat(Instant.ofEpochSecond(first.get("timestamp").asLong())).isBefore(AdminTestBed.NOW);
  }
}
