package io.duoctl.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.emulator.SignedCall.Reply;
import io.duoctl.emulator.admin.authlog.AuthLogEntry.Party;
import io.duoctl.emulator.admin.trustmonitor.TrustMonitor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The activity log v2 ("ts,id" string cursor, admin-api.md §2.3, §6.18) and Trust Monitor events
 * (cursor sent back as {@code offset}, §2.4, §6.19).
 */
class ActivityAndTrustMonitorTest {

  private final AuthWorld world = new AuthWorld();

  @AfterEach
  void stop() {
    world.close();
  }

  private SignedCall activity() {
    return SignedCall.get(world.duo, world.admin, "/admin/v2/logs/activity")
        .param("mintime", Long.toString(AuthWorld.NOW.minus(Duration.ofDays(1)).toEpochMilli()))
        .param("maxtime", Long.toString(world.duo.clock().instant().toEpochMilli()));
  }

  @Test
  void adminWrites_appearInTheActivityLog_pagedWithAStringCursor() {
    for (int i = 0; i < 3; i++) {
      SignedCall.post(world.duo, world.admin, "/admin/v1/admins")
          .param("email", "a" + i + "@acme.test")
          .param("name", "Admin " + i)
          .param("role", "Read-only")
          .send();
      world.duo.clock().advance(Duration.ofSeconds(1));
    }
    world.duo.clock().advance(Duration.ofMinutes(3));

    Reply first = activity().param("limit", "2").send();
    String cursor = first.response().get("metadata").get("next_offset").asText();
    Reply second = activity().param("limit", "2").param("next_offset", cursor).send();

    assertThat(first.response().get("items")).hasSize(2);
    assertThat(cursor).matches("\\d{13},[0-9a-f-]{36}");
    assertThat(first.response().get("metadata").get("total_objects").get("value").asInt())
        .isEqualTo(3);
    JsonNode item = first.response().get("items").get(0);
    assertThat(item.get("action").get("name").asText()).isEqualTo("admin_create");
    assertThat(item.get("akey").asText()).isEqualTo(world.account.id());
    assertThat(item.get("target").get("name").asText()).isEqualTo("Admin 2");
    assertThat(second.response().get("items")).hasSize(1);
    assertThat(second.response().get("metadata").get("next_offset").isNull()).isTrue();
  }

  @Test
  void trustMonitor_pagesWithOffset_andFiltersBypassStatusEvents() {
    TrustMonitor monitor = TrustMonitor.of(world.account);
    for (int i = 0; i < 3; i++) {
      monitor.bypassEnabled(
          world.duo.world(),
          new Party("DEADMIN000000000000" + i, "Olga"),
          new Party("DUUSER0000000000000" + i, "user" + i));
      world.duo.clock().advance(Duration.ofSeconds(1));
    }
    world.duo.clock().advance(Duration.ofMinutes(3));
    List<String> seen = new ArrayList<>();
    String offset = null;
    do {
      SignedCall call =
          SignedCall.get(world.duo, world.admin, "/admin/v1/trust_monitor/events")
              .param("mintime", Long.toString(AuthWorld.NOW.minusSeconds(60).toEpochMilli()))
              .param("maxtime", Long.toString(world.duo.clock().instant().toEpochMilli()))
              .param("type", "bypass_status_enabled")
              .param("limit", "2");
      if (offset != null) {
        call.param("offset", offset);
      }
      JsonNode response = call.send().response();
      response.get("events").forEach(e -> seen.add(e.get("enabled_for").get("name").asText()));
      JsonNode next = response.get("metadata").get("next_offset");
      offset = next.isNull() ? null : next.asText();
    } while (offset != null);

    assertThat(seen).containsExactly("user0", "user1", "user2");
  }

  @Test
  void puttingAUserInBypassThroughTheUsersApi_raisesABypassStatusEvent_andPreauthAllows() {
    String userId =
        SignedCall.post(world.duo, world.admin, "/admin/v1/users")
            .param("username", "ana")
            .send()
            .response()
            .get("user_id")
            .asText();

    SignedCall.post(world.duo, world.admin, "/admin/v1/users/" + userId)
        .param("status", "bypass")
        .send();
    world.duo.clock().advance(Duration.ofMinutes(3));
    JsonNode events =
        SignedCall.get(world.duo, world.admin, "/admin/v1/trust_monitor/events")
            .param("mintime", Long.toString(AuthWorld.NOW.minusSeconds(60).toEpochMilli()))
            .param("maxtime", Long.toString(world.duo.clock().instant().toEpochMilli()))
            .send()
            .response()
            .get("events");
    JsonNode preauth = world.post("/auth/v2/preauth").param("user_id", userId).send().response();

    assertThat(events).hasSize(1);
    assertThat(events.get(0).get("type").asText()).isEqualTo("bypass_status");
    assertThat(events.get(0).get("enabled_for").get("key").asText()).isEqualTo(userId);
    assertThat(events.get(0).get("enabled_by").get("name").asText()).startsWith("API (");
    assertThat(preauth.get("result").asText()).isEqualTo("allow");
  }
}
