package io.duoctl.emulator.admin;

import static io.duoctl.emulator.admin.AdminTestBed.assertInvalid;
import static io.duoctl.emulator.admin.AdminTestBed.assertNotFound;
import static io.duoctl.emulator.admin.AdminTestBed.assertOk;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.emulator.admin.AdminClient.Reply;
import io.duoctl.emulator.admin.tokens.Hotp;
import io.duoctl.emulator.admin.webauthn.WebAuthnCredential;
import io.duoctl.emulator.admin.webauthn.WebAuthnCredentials;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Hardware tokens (§5.5, §6.3) and WebAuthn credentials (§5.6, §6.6) over real HTTP. */
class TokensAndWebAuthnApiTest {

  private static final String SECRET = "3132333435363738393031323334353637383930";

  private final AdminTestBed bed = new AdminTestBed();
  private final AdminClient admin = bed.admin;

  @AfterEach
  void stop() {
    bed.close();
  }

  private String hotp(String serial) {
    Reply reply = admin.post("/admin/v1/tokens", "type", "h6", "serial", serial, "secret", SECRET);
    assertOk(reply);
    return reply.response().get("token_id").asText();
  }

  @Test
  void create_returnsTokenWithoutSecrets_section6_3() {
    Reply reply = admin.post("/admin/v1/tokens", "type", "t6", "serial", "T-1", "secret", SECRET);

    assertOk(reply);
    JsonNode token = reply.response();
    assertThat(token.get("token_id").asText()).matches("DH[A-Z0-9]{18}");
    assertThat(token.get("type").asText()).isEqualTo("t6");
    assertThat(token.get("totp_step").asInt()).isEqualTo(30);
    assertThat(token.get("users")).isEmpty();
    assertThat(reply.json().toString()).doesNotContain(SECRET);
  }

  @Test
  void create_validatesTypeSerialAndSecrets_section5_5() {
    assertInvalid(admin.post("/admin/v1/tokens", "type", "d1", "serial", "1"), "type");
    assertInvalid(admin.post("/admin/v1/tokens", "type", "zz", "serial", "1"), "type");
    assertInvalid(admin.post("/admin/v1/tokens", "type", "h6", "secret", SECRET), "serial");
    assertInvalid(
        admin.post("/admin/v1/tokens", "type", "h6", "serial", "x".repeat(129), "secret", SECRET),
        "serial");
    assertInvalid(admin.post("/admin/v1/tokens", "type", "h6", "serial", "1"), "secret");
    assertInvalid(
        admin.post("/admin/v1/tokens", "type", "yk", "serial", "1", "private_id", "abc"),
        "private_id");
  }

  @Test
  void create_duplicateTypeAndSerial_is400Serial() {
    hotp("S-1");

    assertInvalid(
        admin.post("/admin/v1/tokens", "type", "h6", "serial", "S-1", "secret", SECRET), "serial");
  }

  @Test
  void list_byTypeAndSerial_needsBoth() {
    String id = hotp("S-2");
    hotp("S-3");

    Reply found = admin.get("/admin/v1/tokens", "type", "h6", "serial", "S-2");

    assertThat(found.response()).hasSize(1);
    assertThat(found.response().get(0).get("token_id").asText()).isEqualTo(id);
    assertInvalid(admin.get("/admin/v1/tokens", "type", "h6"), "serial");
  }

  @Test
  void resync_withThreeConsecutiveCodes_succeeds_andWrongCodesAre400() {
    String id = hotp("S-4");

    Reply good =
        admin.post(
            "/admin/v1/tokens/" + id + "/resync",
            "code1",
            Hotp.code(SECRET, 5, 6),
            "code2",
            Hotp.code(SECRET, 6, 6),
            "code3",
            Hotp.code(SECRET, 7, 6));
    Reply bad =
        admin.post(
            "/admin/v1/tokens/" + id + "/resync", "code1", "000000", "code2", "1", "code3", "2");

    assertOk(good);
    assertInvalid(bad, "code1");
  }

  @Test
  void hotp_matchesRfc4226Vectors() {
    assertThat(Hotp.code(SECRET, 0, 6)).isEqualTo("755224");
    assertThat(Hotp.code(SECRET, 9, 6)).isEqualTo("520489");
  }

  @Test
  void associateDisassociateAndDelete_areIdempotent_section7_2() {
    String user = bed.createUser("alice");
    String token = hotp("S-5");

    assertOk(admin.post("/admin/v1/users/" + user + "/tokens", "token_id", token));
    JsonNode withUser = admin.get("/admin/v1/tokens/" + token).response();
    JsonNode userTokens = admin.get("/admin/v1/users/" + user + "/tokens").response();
    assertOk(admin.delete("/admin/v1/users/" + user + "/tokens/" + token));
    assertOk(admin.delete("/admin/v1/users/" + user + "/tokens/" + token));
    assertOk(admin.delete("/admin/v1/tokens/" + token));
    assertOk(admin.delete("/admin/v1/tokens/" + token));

    assertThat(withUser.get("users").get(0).get("username").asText()).isEqualTo("alice");
    assertThat(userTokens.get(0).get("serial").asText()).isEqualTo("S-5");
    assertNotFound(admin.get("/admin/v1/tokens/" + token));
  }

  @Test
  void webauthn_seeded_isListedFetchedAndDeleted() {
    String user = bed.createUser("alice");
    WebAuthnCredential credential =
        WebAuthnCredentials.of(bed.world(), bed.account)
            .seed(WebAuthnCredential.securityKey(user, "YubiKey 5"));

    Reply list = admin.get("/admin/v1/webauthncredentials");
    Reply one = admin.get("/admin/v1/webauthncredentials/" + credential.webauthnkey());
    Reply ofUser = admin.get("/admin/v1/users/" + user + "/webauthncredentials");
    assertOk(admin.delete("/admin/v1/webauthncredentials/" + credential.webauthnkey()));

    assertThat(list.response()).hasSize(1);
    assertThat(one.response().get("webauthnkey").asText()).startsWith("WA");
    assertThat(one.response().get("credential_name").asText()).isEqualTo("YubiKey 5");
    assertThat(one.response().get("user").get("username").asText()).isEqualTo("alice");
    assertThat(ofUser.response().get(0).has("user")).isFalse();
    assertNotFound(admin.get("/admin/v1/webauthncredentials/" + credential.webauthnkey()));
    assertNotFound(admin.delete("/admin/v1/webauthncredentials/" + credential.webauthnkey()));
    assertThat(admin.get("/admin/v1/users/" + user).response().get("is_enrolled").asBoolean())
        .isFalse();
  }
}
