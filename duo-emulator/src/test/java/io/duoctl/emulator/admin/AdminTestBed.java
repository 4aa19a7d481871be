package io.duoctl.emulator.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.emulator.DuoEmulator;
import io.duoctl.emulator.admin.AdminClient.Reply;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.EmulatorClock;
import io.duoctl.emulator.model.World;
import io.duoctl.emulator.ratelimit.RateLimits;
import java.time.Instant;

/** One started emulator with an account and a full-grant Admin API client; close after use. */
final class AdminTestBed implements AutoCloseable {

  static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

  final DuoEmulator duo;
  final Account account;
  final AdminClient admin;

  AdminTestBed() {
    duo =
        DuoEmulator.builder()
            .clock(EmulatorClock.fixedAt(NOW))
            .tls(false)
            .rateLimits(RateLimits.none())
            .build()
            .start();
    account = duo.givenParentAccount("Acme");
    admin = new AdminClient(duo, duo.givenAdminApi(account));
  }

  World world() {
    return duo.world();
  }

  /** Creates a user over the API and returns its ID. */
  String createUser(String username, String... more) {
    String[] params = new String[more.length + 2];
    params[0] = "username";
    params[1] = username;
    System.arraycopy(more, 0, params, 2, more.length);
    Reply reply = admin.post("/admin/v1/users", params);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.response().get("user_id").asText();
  }

  static void assertOk(Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.json().get("stat").asText()).isEqualTo("OK");
  }

  static void assertInvalid(Reply reply, String detail) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo(40002);
    assertThat(reply.detail()).isEqualTo(detail);
  }

  static void assertNotFound(Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
    assertThat(reply.code()).isEqualTo(40401);
    assertThat(reply.json().get("message").asText()).isEqualTo("Resource not found");
  }

  @Override
  public void close() {
    duo.close();
  }
}
