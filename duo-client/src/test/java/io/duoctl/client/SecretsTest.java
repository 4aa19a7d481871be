package io.duoctl.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.client.http.DuoRequest;
import io.duoctl.client.internal.TrustMaterial;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Keys, passwords and parameter values never show in toString or exception texts. */
class SecretsTest {

  static final String SKEY = "SkeySkeySkey0123456789abcdefghijklmnopq";

  @Test
  void toStrings_holdNoSecrets() {
    DuoTarget target = DuoTarget.of("api-1.duosecurity.com", "DIXXXXXXXXXXXXXXXXXX", SKEY);
    ProxySettings proxy = ProxySettings.of("proxy", 3128, "alice", "proxy-password");
    try (DuoClient duo = DuoClient.builder().proxy(proxy).build()) {
      assertThat(duo.toString())
          .contains("proxy:3128")
          .doesNotContain("proxy-password")
          .contains("duoctl/");
    }
    assertThat(target.toString()).doesNotContain(SKEY);
    assertThat(proxy.toString()).doesNotContain("proxy-password");
    assertThat(DuoRequest.post("/auth/v2/auth").param("passcode", "123456").toString())
        .doesNotContain("123456");
    assertThat(
            new TrustMaterial.TrustStoreFile(Path.of("t.p12"), "PKCS12", "store-pass".toCharArray())
                .toString())
        .doesNotContain("store-pass");
  }

  @Test
  void connectionFailure_namesHostAndCallButNoSecretOrValue() {
    DuoTarget nowhere = DuoTarget.of("127.0.0.1:1", "DIXXXXXXXXXXXXXXXXXX", SKEY);
    try (DuoClient duo =
        DuoClient.builder().allowPlainHttp(true).retryPolicy(RetryPolicy.noRetries()).build()) {
      DuoRequest request = DuoRequest.post("/auth/v2/auth").param("passcode", "987654");
      try {
        duo.apiClient(nowhere).call(request);
      } catch (DuoConnectionException e) {
        assertThat(e.getMessage())
            .contains("127.0.0.1:1")
            .contains("POST /auth/v2/auth")
            .doesNotContain(SKEY)
            .doesNotContain("987654");
        return;
      }
      throw new AssertionError("expected a connection failure");
    }
  }
}
