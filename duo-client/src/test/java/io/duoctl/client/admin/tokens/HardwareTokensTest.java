package io.duoctl.client.admin.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.duoctl.client.fake.FakeTransport;
import java.util.List;
import org.junit.jupiter.api.Test;

class HardwareTokensTest {

  private static final String TOKEN =
      """
      {"token_id": "DHEKH0JJIYC1LX3AZWO4", "type": "t6", "serial": "0012345", "totp_step": 30,
       "admins": [], "users": [{"user_id": "DU1", "username": "jdoe", "status": "active"}]}
      """;

  private final FakeTransport duo = new FakeTransport();
  private final HardwareTokens tokens = new HardwareTokens(duo.client());

  @Test
  void findBySerial_sendsTypeAndSerialAndReadsTheToken() {
    duo.ok("[" + TOKEN + "]");

    HardwareToken token = tokens.findBySerial(TokenType.T6, "0012345").orElseThrow();

    assertThat(duo.onlyRequest().params().asMap())
        .containsOnly(entry("type", List.of("t6")), entry("serial", List.of("0012345")));
    assertThat(token.serial()).isEqualTo("0012345");
    assertThat(token.totpStep()).isEqualTo(30);
    assertThat(token.users()).extracting(u -> u.username()).containsExactly("jdoe");
  }

  @Test
  void create_sendsTheSecretsButNeverPrintsThem() {
    duo.ok(TOKEN);
    NewHardwareToken yubiKey =
        NewHardwareToken.yubiKey("8123456", "a1b2c3d4e5f6", "00112233445566778899aabbccddeeff");

    tokens.create(yubiKey);

    assertThat(duo.onlyRequest().params().asMap())
        .containsOnly(
            entry("type", List.of("yk")),
            entry("serial", List.of("8123456")),
            entry("private_id", List.of("a1b2c3d4e5f6")),
            entry("aes_key", List.of("00112233445566778899aabbccddeeff")));
    assertThat(yubiKey.toString()).doesNotContain("a1b2c3d4e5f6").doesNotContain("0011223344");
  }

  @Test
  void newHardwareToken_checksWhatEachTypeNeeds() {
    assertThatThrownBy(() -> NewHardwareToken.otp(TokenType.H6, "1", null))
        .hasMessageContaining("secret");
    assertThatThrownBy(() -> NewHardwareToken.otp(TokenType.D1, "1", "ab"))
        .hasMessageContaining("d1");
    assertThatThrownBy(() -> NewHardwareToken.yubiKey("1", "xyz", "00"))
        .hasMessageContaining("privateId");
    assertThatThrownBy(() -> NewHardwareToken.otp(TokenType.T6, "1", "ab").withCounter(3))
        .hasMessageContaining("counter");
  }

  @Test
  void getDeleteResync_addressOneToken() {
    duo.ok(TOKEN).ok("\"\"").ok("\"\"");

    tokens.get("DH1");
    tokens.delete("DH1");
    tokens.resync("DH1", "111111", "222222", "333333");

    assertThat(duo.requests())
        .extracting(r -> r.method() + " " + r.path() + " " + r.params().asMap())
        .containsExactly(
            "GET /admin/v1/tokens/DH1 {}",
            "DELETE /admin/v1/tokens/DH1 {}",
            "POST /admin/v1/tokens/DH1/resync {code1=[111111], code2=[222222], code3=[333333]}");
  }

  @Test
  void list_pagesAt500() {
    duo.ok("[" + TOKEN + "]", "{\"total_objects\": 1}");

    assertThat(tokens.list().all()).hasSize(1);
    assertThat(duo.onlyRequest().params().first("limit")).hasValue("500");
  }
}
