package io.duoctl.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.duoctl.client.http.DuoRequest;
import io.duoctl.client.signing.HmacAlgorithm;
import io.duoctl.client.signing.SignatureVersion;
import io.duoctl.client.testing.RecordedRequest;
import io.duoctl.client.testing.RecordingServer;
import io.duoctl.client.testing.SignatureCheck;
import io.duoctl.client.testing.TunnelProxy;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Map;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** TLS trust (custom CA added or alone) and proxies, over real sockets. */
@Tag("slow")
class TlsAndProxyTest {

  static final String IKEY = "DIXXXXXXXXXXXXXXXXXX";
  static final String SKEY = "proxy-test-secret-key";
  static final char[] PASSWORD = "changeit".toCharArray();

  RecordingServer https;

  @BeforeEach
  void start() throws Exception {
    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (InputStream in = getClass().getResourceAsStream("/tls/server.p12")) {
      keys.load(in, PASSWORD);
    }
    KeyManagerFactory factory =
        KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    factory.init(keys, PASSWORD);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(factory.getKeyManagers(), null, null);
    https = RecordingServer.startHttps(context);
  }

  @AfterEach
  void stop() {
    https.close();
  }

  static Path resource(String name) throws URISyntaxException {
    return Path.of(TlsAndProxyTest.class.getResource(name).toURI());
  }

  DuoTarget httpsTarget() {
    return DuoTarget.of(https.host(), IKEY, SKEY);
  }

  @Test
  void https_withTheTestCaAddedToDefaultTrust_succeeds() throws Exception {
    try (DuoClient duo = DuoClient.builder().trustCaPemFile(resource("/tls/ca.pem")).build()) {
      duo.apiClient(httpsTarget()).call(DuoRequest.get("/auth/v2/check"));
    }
    assertThat(https.onlyRequest().path()).isEqualTo("/auth/v2/check");
  }

  @Test
  void https_withOnlyTheTestTrustStore_succeeds() throws Exception {
    try (DuoClient duo =
        DuoClient.builder()
            .trustStore(resource("/tls/truststore.p12"), "PKCS12", PASSWORD)
            .replaceDefaultTrust(true)
            .build()) {
      duo.apiClient(httpsTarget()).call(DuoRequest.get("/auth/v2/check"));
    }
    assertThat(https.requests()).hasSize(1);
  }

  @Test
  void https_withDefaultTrust_failsAsTlsWithoutRetrying() {
    try (DuoClient duo = DuoClient.builder().build()) {
      assertThatThrownBy(
              () -> duo.apiClient(httpsTarget()).call(DuoRequest.post("/auth/v2/preauth")))
          .isInstanceOfSatisfying(
              DuoConnectionException.class,
              e -> {
                assertThat(e.kind()).isEqualTo(DuoConnectionException.Kind.TLS);
                assertThat(e.getMessage()).contains("TLS").doesNotContain(SKEY);
              });
    }
    assertThat(https.requests()).isEmpty();
  }

  @Test
  void trustStore_withWrongPassword_isRefusedNamingTheFile() throws Exception {
    Path store = resource("/tls/truststore.p12");
    assertThatThrownBy(
            () -> DuoClient.builder().trustStore(store, "PKCS12", "wrong".toCharArray()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("truststore.p12")
        .hasMessageContaining("password");
  }

  @Test
  void plainHttp_throughExplicitProxy_sendsAbsoluteFormWithProxyCredentials() throws Exception {
    try (RecordingServer proxy = RecordingServer.start();
        DuoClient duo =
            DuoClient.builder()
                .allowPlainHttp(true)
                .proxy("127.0.0.1", proxy.port(), "alice", "s3cret")
                .build()) {
      DuoTarget remote = DuoTarget.of("API-abcd1234.duosecurity.test", IKEY, SKEY);
      duo.apiClient(remote).call(DuoRequest.get("/admin/v1/users").param("limit", "1"));

      RecordedRequest request = proxy.onlyRequest();
      assertThat(request.target().toString())
          .isEqualTo("http://API-abcd1234.duosecurity.test/admin/v1/users?limit=1");
      assertThat(request.header("proxy-authorization")).contains("Basic YWxpY2U6czNjcmV0");
      assertThat(
              SignatureCheck.verifies(
                  request,
                  "API-abcd1234.duosecurity.test",
                  SignatureVersion.V5,
                  HmacAlgorithm.SHA512,
                  IKEY,
                  SKEY))
          .isTrue();
      assertThat(duo.toString()).doesNotContain("s3cret");
    }
  }

  @Test
  void noProxyHost_isReachedDirectly_withoutProxyCredentials() throws Exception {
    try (RecordingServer proxy = RecordingServer.start();
        RecordingServer origin = RecordingServer.start();
        DuoClient duo =
            DuoClient.builder()
                .allowPlainHttp(true)
                .proxyFromEnvironment(
                    Map.of(
                        "HTTPS_PROXY",
                        "http://bob:pw@127.0.0.1:" + proxy.port(),
                        "NO_PROXY",
                        "example.com, 127.0.0.1"))
                .build()) {
      duo.apiClient(DuoTarget.of(origin.host(), IKEY, SKEY)).call(DuoRequest.get("/x"));

      assertThat(proxy.requests()).isEmpty();
      assertThat(origin.onlyRequest().target().toString()).isEqualTo("/x");
      assertThat(origin.onlyRequest().header("proxy-authorization")).isEmpty();
    }
  }

  @Test
  void https_throughProxy_tunnelsWithConnect() throws Exception {
    try (TunnelProxy proxy = new TunnelProxy();
        DuoClient duo =
            DuoClient.builder()
                .trustCaPemFile(resource("/tls/ca.pem"))
                .proxy("127.0.0.1", proxy.port())
                .build()) {
      duo.apiClient(httpsTarget()).call(DuoRequest.get("/auth/v2/check"));

      assertThat(proxy.heads()).hasSize(1);
      assertThat(proxy.heads().get(0)).startsWith("CONNECT " + https.host() + " HTTP/1.1");
      assertThat(https.onlyRequest().path()).isEqualTo("/auth/v2/check");
      assertThat(
              SignatureCheck.verifies(
                  https.onlyRequest(),
                  https.host(),
                  SignatureVersion.V5,
                  HmacAlgorithm.SHA512,
                  IKEY,
                  SKEY))
          .isTrue();
    }
  }

  /**
   * The JDK drops Basic credentials from CONNECT unless the JVM runs with {@code
   * -Djdk.http.auth.tunneling.disabledSchemes=}; whatever it does, they must never reach Duo.
   */
  @Test
  void https_throughProxyWithCredentials_neverSendsThemToDuo() throws Exception {
    try (TunnelProxy proxy = new TunnelProxy();
        DuoClient duo =
            DuoClient.builder()
                .trustCaPemFile(resource("/tls/ca.pem"))
                .proxy("127.0.0.1", proxy.port(), "alice", "s3cret")
                .build()) {
      duo.apiClient(httpsTarget()).call(DuoRequest.get("/auth/v2/check"));

      assertThat(proxy.heads()).singleElement().asString().startsWith("CONNECT ");
      assertThat(https.onlyRequest().header("proxy-authorization")).isEmpty();
    }
  }
}
