package io.duoctl.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.client.signing.HmacAlgorithm;
import io.duoctl.emulator.SignedCall.Reply;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.EmulatorClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The credential checks of signing-auth-accounts.md §7 and admin-api.md §7.1, over real HTTP. */
@Tag("slow")
class RequestVerificationTest {

  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

  private DuoEmulator duo;
  private IntegrationKeys auth;

  @BeforeEach
  void start() {
    duo = DuoEmulator.builder().clock(EmulatorClock.fixedAt(NOW)).build().start();
    Account account = duo.givenParentAccount("Acme");
    auth = duo.givenAuthApi(account);
  }

  @AfterEach
  void stop() {
    duo.close();
  }

  private SignedCall check() {
    return SignedCall.get(duo, auth, "/auth/v2/check");
  }

  @Test
  void v5SignedGet_isAccepted() {
    Reply reply = check().send();

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.json().get("stat").asText()).isEqualTo("OK");
    assertThat(reply.response().get("time").asLong()).isEqualTo(NOW.getEpochSecond());
  }

  @Test
  void v2HmacSha1_isAccepted_section1_1() {
    assertThat(check().param("x", "a b").v2(HmacAlgorithm.SHA1).send().status()).isEqualTo(200);
  }

  @Test
  void v2HmacSha512_isAccepted_section1_1() {
    assertThat(check().param("x", "1").v2(HmacAlgorithm.SHA512).send().status()).isEqualTo(200);
  }

  @Test
  void v4_isAccepted() {
    assertThat(check().v4().param("a", "1").send().status()).isEqualTo(200);
  }

  @Test
  void v5_coversXDuoHeadersPresent_section1_4() {
    assertThat(check().xDuoHeader("X-Duo-Extra", "v1").send().status()).isEqualTo(200);
  }

  @Test
  void dateInXDuoDate_isAccepted_section1_5() {
    assertThat(check().dateInXDuoDate().v2(HmacAlgorithm.SHA512).send().status()).isEqualTo(200);
  }

  @Test
  void tamperedParameter_is40103() {
    Reply reply = check().param("username", "alice").tamper("username", "mallory").send();

    assertFailure(reply, 401, 40103, "Invalid signature in request credentials");
  }

  @Test
  void wrongSecret_is40103() {
    Reply reply = check().secretKey("x".repeat(40)).send();

    assertFailure(reply, 401, 40103, "Invalid signature in request credentials");
  }

  @Test
  void signedForAnotherHost_is40103() {
    Reply reply = check().signedFor("api-00000000.duo.test").send();

    assertFailure(reply, 401, 40103, "Invalid signature in request credentials");
  }

  @Test
  void dateHeaderDifferentFromSignedDate_is40103() {
    String other = io.duoctl.client.signing.DuoDates.format(NOW.plusSeconds(1));
    Reply reply = check().xDuoHeader("X-Duo-Date", other).v2(HmacAlgorithm.SHA1).send();

    assertFailure(reply, 401, 40103, "Invalid signature in request credentials");
  }

  @Test
  void staleDate_is40105() {
    Reply reply = check().date(NOW.minus(Duration.ofSeconds(301))).send();

    assertFailure(reply, 401, 40105, "Bad request timestamp");
  }

  @Test
  void dateWithinSkew_isAccepted() {
    assertThat(check().date(NOW.minus(Duration.ofSeconds(299))).send().status()).isEqualTo(200);
  }

  @Test
  void unparsableDate_is40105() {
    assertFailure(
        check().rawDate("Cum, 01 Mar 2026 12:00:00 -0000").send(),
        401,
        40105,
        "Bad request timestamp");
  }

  @Test
  void missingDate_is40104() {
    assertFailure(check().withoutDate().send(), 401, 40104, "Missing request timestamp");
  }

  @Test
  void unknownIntegrationKey_is40102() {
    IntegrationKeys ghost =
        new IntegrationKeys(
            "DIXXXXXXXXXXXXXXXXXX",
            auth.secretKey(),
            auth.apiHostname(),
            auth.accountId(),
            auth.type());
    Reply reply = SignedCall.get(duo, ghost, "/auth/v2/check").send();

    assertFailure(reply, 401, 40102, "Invalid integration key in request credentials");
  }

  @Test
  void missingAuthorization_is40101() {
    assertFailure(check().unsigned().send(), 401, 40101, "Missing request credentials");
  }

  @Test
  void nonBasicAuthorization_is40101() {
    assertFailure(
        check().authorization("Bearer abc").send(), 401, 40101, "Missing request credentials");
  }

  @Test
  void signatureOfOtherLength_is40103() {
    String header =
        io.duoctl.client.signing.Signatures.authorizationHeader(auth.integrationKey(), "abc123");
    assertFailure(
        check().authorization(header).send(),
        401,
        40103,
        "Invalid signature in request credentials");
  }

  @Test
  void unknownPath_is404() {
    Reply reply = SignedCall.get(duo, auth, "/admin/v1/nothing-here").send();

    assertFailure(reply, 404, 40401, "Resource not found");
  }

  @Test
  void ping_isUnsignedAndTellsTheTime_section4() {
    Reply reply = SignedCall.get(duo, null, "/auth/v2/ping").unsigned().send();

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.response().get("time").asLong()).isEqualTo(NOW.getEpochSecond());
  }

  @Test
  void localhostHost_fallsBackToTheKeysAccount() {
    Reply reply = check().host("127.0.0.1:" + duo.port()).send();

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
  }

  @Test
  void hostWithPort_signedForTheBareHost_isAccepted() {
    Reply reply = check().host("127.0.0.1:" + duo.port()).signedFor("127.0.0.1").send();

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
  }

  @Test
  void accountHostnameWithPort_signedForTheBareHostname_isAccepted() {
    Reply reply =
        check()
            .host(auth.apiHostname() + ":" + duo.port())
            .signedFor(auth.apiHostname())
            .v2(HmacAlgorithm.SHA1)
            .send();

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
  }

  @Test
  void hostWithPort_signedForAnotherPort_is40103() {
    Reply reply = check().host("127.0.0.1:" + duo.port()).signedFor("127.0.0.1:1").send();

    assertFailure(reply, 401, 40103, "Invalid signature in request credentials");
  }

  @Test
  void bareHost_signedWithAPort_is40103() {
    Reply reply = check().signedFor(auth.apiHostname() + ":443").send();

    assertFailure(reply, 401, 40103, "Invalid signature in request credentials");
  }

  static void assertFailure(Reply reply, int status, int code, String message) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    assertThat(reply.json().get("stat").asText()).isEqualTo("FAIL");
    assertThat(reply.code()).isEqualTo(code);
    assertThat(reply.json().get("message").asText()).isEqualTo(message);
  }
}
