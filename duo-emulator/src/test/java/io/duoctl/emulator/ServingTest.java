package io.duoctl.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.duoctl.emulator.SignedCall.Reply;
import io.duoctl.emulator.model.Account;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS and HTTP on one port, routing by Host, and the forward proxy for *.duo.test. */
class ServingTest {

  private DuoEmulator duo;
  private Account account;
  private IntegrationKeys auth;

  @BeforeEach
  void start() {
    duo = DuoEmulator.builder().build().start();
    account = duo.givenParentAccount("Acme");
    auth = duo.givenAuthApi(account);
  }

  @AfterEach
  void stop() {
    duo.close();
  }

  @Test
  void httpsAndHttp_areServedOnTheSamePort() {
    HttpClient tls = HttpClient.newBuilder().sslContext(duo.clientSslContext()).build();

    Reply overTls = SignedCall.get(duo, auth, "/auth/v2/check").send();
    Reply https =
        SignedCall.get(duo, auth, "/auth/v2/check")
            .host("127.0.0.1:" + duo.port())
            .via(tls, duo.httpsBaseUrl())
            .send();

    assertThat(overTls.status()).isEqualTo(200);
    assertThat(https.status()).as(https.toString()).isEqualTo(200);
  }

  @Test
  void replies_areDatedWithTheEmulatorsClock_soClientsCanMeasureSkew() throws Exception {
    duo.clock().advance(Duration.ofMinutes(10));
    Instant emulatorNow = duo.clock().instant();

    HttpResponse<String> ping =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(duo.baseUrl() + "/auth/v2/ping")).build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(ping.headers().allValues("date")).hasSize(1);
    Instant dated =
        Instant.from(
            DateTimeFormatter.RFC_1123_DATE_TIME.parse(ping.headers().firstValue("date").get()));
    assertThat(Duration.between(emulatorNow, dated).abs()).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void proxy_absoluteFormRequest_reachesTheAccountHostname() {
    HttpClient proxied = HttpClient.newBuilder().proxy(duo.proxySelector()).build();

    Reply reply =
        SignedCall.get(duo, auth, "/auth/v2/check")
            .via(proxied, "http://" + account.apiHostname())
            .send();

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
  }

  @Test
  void proxy_connectTunnel_reachesTheAccountOverTls() {
    HttpClient proxied =
        HttpClient.newBuilder()
            .proxy(duo.proxySelector())
            .sslContext(duo.clientSslContext())
            .build();

    Reply reply =
        SignedCall.get(duo, auth, "/auth/v2/check")
            .via(proxied, "https://" + account.apiHostname())
            .send();

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
  }

  @Test
  void accountHostnameOutsideDuoTest_isInTheCertificateAndReachableThroughTheProxy() {
    try (DuoEmulator custom =
        DuoEmulator.builder()
            .given(
                d ->
                    d.world()
                        .addAccount(
                            "DA" + "C".repeat(18),
                            "Custom",
                            "api-custom.example.net",
                            null,
                            io.duoctl.emulator.model.Edition.BEYOND,
                            0))
            .build()
            .start()) {
      Account account = custom.world().accounts().get(0);
      IntegrationKeys keys = custom.givenAuthApi(account);
      HttpClient proxied =
          HttpClient.newBuilder()
              .proxy(custom.proxySelector())
              .sslContext(custom.clientSslContext())
              .build();

      Reply reply =
          SignedCall.get(custom, keys, "/auth/v2/check")
              .via(proxied, "https://api-custom.example.net")
              .send();

      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }
  }

  @Test
  void proxy_refusesOtherDestinations() {
    HttpClient proxied =
        HttpClient.newBuilder()
            .proxy(duo.proxySelector())
            .sslContext(duo.clientSslContext())
            .build();
    HttpRequest elsewhere = HttpRequest.newBuilder(URI.create("https://example.com/")).build();

    assertThatThrownBy(() -> proxied.send(elsewhere, HttpResponse.BodyHandlers.discarding()))
        .isInstanceOf(IOException.class);
  }

  @Test
  void proxy_connectToAHostnameItDoesNotServe_failsWithBadGateway() throws IOException {
    try (Socket socket = new Socket("127.0.0.1", duo.port())) {
      socket
          .getOutputStream()
          .write(
              "CONNECT api-nowhere.duo.test:443 HTTP/1.1\r\nHost: api-nowhere.duo.test:443\r\n\r\n"
                  .getBytes(StandardCharsets.US_ASCII));
      String status =
          new BufferedReader(
                  new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
              .readLine();

      assertThat(status).startsWith("HTTP/1.1 502");
    }
  }

  @Test
  void proxy_unknownDuoHostname_isUnreachable_overATunnelAndInPlainHttp() {
    HttpClient tunnel =
        HttpClient.newBuilder()
            .proxy(duo.proxySelector())
            .sslContext(duo.clientSslContext())
            .build();
    HttpClient plain = HttpClient.newBuilder().proxy(duo.proxySelector()).build();

    assertThatThrownBy(
            () ->
                SignedCall.get(duo, auth, "/auth/v2/check")
                    .via(tunnel, "https://api-nowhere.duo.test")
                    .send())
        .hasRootCauseInstanceOf(IOException.class);
    assertThatThrownBy(
            () ->
                SignedCall.get(duo, auth, "/auth/v2/check")
                    .via(plain, "http://api-nowhere.duo.test")
                    .send())
        .hasRootCauseInstanceOf(IOException.class);
    assertThat(duo.requests().toPath("/auth/v2/check")).isEmpty();
  }

  @Test
  void caCertificate_isExportedAsPem(@TempDir Path dir) throws IOException {
    Path file = duo.writeCaCertificate(dir.resolve("duo-ca.pem"));

    assertThat(Files.readString(file))
        .startsWith("-----BEGIN CERTIFICATE-----")
        .isEqualTo(duo.caCertificatePem());
    assertThat(duo.caCertificate().getBasicConstraints()).isGreaterThanOrEqualTo(0);
  }

  @Test
  void tlsOff_servesPlainHttpOnly() {
    try (DuoEmulator plain = DuoEmulator.builder().tls(false).build().start()) {
      assertThatThrownBy(plain::caCertificatePem).isInstanceOf(IllegalStateException.class);
      assertThat(SignedCall.get(plain, null, "/auth/v2/ping").unsigned().send().status())
          .isEqualTo(200);
    }
  }
}
