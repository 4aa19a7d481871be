package io.duoctl.core.workflows.connections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.duoctl.core.audit.AuditQuery;
import io.duoctl.core.errors.FieldError;
import io.duoctl.core.secrets.Secret;
import io.duoctl.core.testing.Backend;
import io.duoctl.core.testing.CoreFixture;
import io.duoctl.core.testing.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Requests through stored connections, against a stand-in PSA over real HTTP. */
@Tag("slow")
class StoredConnectionsTest {
  private static final String BASIC = ConnectionServiceContract.BASIC;
  private static final String CLIENT_ID = ConnectionServiceContract.CLIENT_ID;

  @TempDir Path dir;
  CoreFixture fixture;
  ConnectionService connections;
  StoredConnections calls;
  LocalPsa psa;

  @BeforeEach
  void start() {
    fixture = new CoreFixture(Backend.H2, dir);
    connections =
        new ConnectionService(fixture.jdbi(), fixture.vault, fixture.audit, fixture.clock);
    calls = new StoredConnections(connections, Duration.ofSeconds(5), 4096);
    psa = new LocalPsa();
    store("psa", psa.url("/v4_6_release/apis/3.0"));
  }

  @AfterEach
  void stop() {
    calls.close();
    psa.close();
    fixture.close();
  }

  private void store(String name, String baseUrl) {
    Map<String, Secret> headers = new LinkedHashMap<>();
    headers.put("Authorization", Secret.of(BASIC));
    headers.put("clientId", Secret.of(CLIENT_ID));
    connections.create(new NewConnection(name, baseUrl, headers, null), "alice");
  }

  @Test
  void send_addsTheStoredHeaders_sendsTheBodyAsJson_andParsesTheJsonAnswer() {
    psa.on(
        "/v4_6_release/apis/3.0/service/tickets/42/notes",
        r -> LocalPsa.Answer.json(201, "{\"id\": 7, \"text\": \"MFA reset\"}"));

    HttpReply reply =
        calls.send(
            "psa",
            "post",
            "/service/tickets/42/notes?fields=id,text",
            Json.of("{'text': 'MFA reset', 'internalAnalysisFlag': true}"));

    assertThat(reply.status()).isEqualTo(201);
    assertThat(reply.ok()).isTrue();
    assertThat(reply.body()).isEqualTo(Json.of("{'id': 7, 'text': 'MFA reset'}"));
    LocalPsa.Received got = psa.received().get(0);
    assertThat(got.method()).isEqualTo("POST");
    assertThat(got.pathAndQuery())
        .isEqualTo("/v4_6_release/apis/3.0/service/tickets/42/notes?fields=id,text");
    assertThat(got.header("authorization")).isEqualTo(BASIC);
    assertThat(got.header("clientid")).isEqualTo(CLIENT_ID);
    assertThat(got.header("accept")).isEqualTo("application/json");
    assertThat(got.header("content-type")).isEqualTo("application/json");
    assertThat(Json.of(got.body().replace('"', '\'')))
        .isEqualTo(Json.of("{'text': 'MFA reset', 'internalAnalysisFlag': true}"));
  }

  @Test
  void send_withoutABody_sendsNoContentType_andAnEmptyAnswerIsNull() {
    psa.on("/v4_6_release/apis/3.0/system/info", r -> new LocalPsa.Answer(204, null, "", Map.of()));

    HttpReply reply = calls.send("psa", "GET", "/system/info", null);

    assertThat(reply.status()).isEqualTo(204);
    assertThat(reply.body().isNull()).isTrue();
    assertThat(psa.received().get(0).header("content-type")).isNull();
    assertThat(psa.received().get(0).body()).isEmpty();
  }

  @Test
  void aStoredAccept_replacesTheDefault() {
    connections.replaceHeaders(
        "psa",
        Map.of("Accept", Secret.of("application/vnd.connectwise.com+json; version=2022.1")),
        "alice");

    calls.send("psa", "GET", "/system/info", null);

    assertThat(psa.received().get(0).header("accept"))
        .isEqualTo("application/vnd.connectwise.com+json; version=2022.1");
  }

  @Test
  void send_returnsANon2xxAnswer_asAReply_jsonOrText() {
    psa.on(
        "/v4_6_release/apis/3.0/service/tickets/404",
        r -> LocalPsa.Answer.json(404, "{\"code\": \"NotFound\"}"));
    psa.on(
        "/v4_6_release/apis/3.0/service/tickets/500",
        r -> new LocalPsa.Answer(500, "text/html", "<h1>Oops</h1>", Map.of()));
    psa.on(
        "/v4_6_release/apis/3.0/service/tickets/bad-json",
        r -> LocalPsa.Answer.json(200, "{not json"));

    HttpReply missing = calls.send("psa", "GET", "/service/tickets/404", null);
    HttpReply broken = calls.send("psa", "DELETE", "/service/tickets/500", null);
    HttpReply garbled = calls.send("psa", "GET", "/service/tickets/bad-json", null);

    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.ok()).isFalse();
    assertThat(missing.body().path("code").asText()).isEqualTo("NotFound");
    assertThat(broken.status()).isEqualTo(500);
    assertThat(broken.body().isTextual()).isTrue();
    assertThat(broken.body().asText()).isEqualTo("<h1>Oops</h1>");
    assertThat(garbled.body().asText()).isEqualTo("{not json");
  }

  @Test
  void send_neverFollowsARedirect() {
    psa.on(
        "/v4_6_release/apis/3.0/moved",
        r -> new LocalPsa.Answer(302, null, "", Map.of("Location", psa.url("/elsewhere"))));

    HttpReply reply = calls.send("psa", "GET", "/moved", null);

    assertThat(reply.status()).isEqualTo(302);
    assertThat(psa.received())
        .extracting(LocalPsa.Received::pathAndQuery)
        .containsExactly("/v4_6_release/apis/3.0/moved");
  }

  @Test
  void anAnswerOverTheCap_isDropped_withANote() {
    psa.on(
        "/v4_6_release/apis/3.0/big",
        r -> LocalPsa.Answer.json(200, "[" + "1,".repeat(5000) + "1]"));

    HttpReply reply = calls.send("psa", "GET", "/big", null);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body().asText()).contains("over 4096 bytes");
  }

  @Test
  void aRefusedConnection_failsNamingTheConnection_neverAHeaderValue() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    store("gone", "http://127.0.0.1:" + closedPort + "/api");

    assertThatThrownBy(() -> calls.send("gone", "POST", "/tickets", Json.of("{'a': 1}")))
        .isInstanceOfSatisfying(
            ConnectionFailedException.class,
            e -> {
              assertThat(e.getMessage())
                  .contains("connection gone", "POST /tickets", "127.0.0.1:" + closedPort)
                  .contains("could not connect", "duoctl connections show gone");
              String trace = trace(e);
              assertThat(trace).doesNotContain(BASIC, CLIENT_ID, "bm9ydGh3aW5k");
            });
    assertThat(fixture.audit.find(AuditQuery.all()).toString()).doesNotContain(BASIC, CLIENT_ID);
  }

  @Test
  void aSlowAnswer_failsAfterTheTimeout() throws InterruptedException {
    CountDownLatch release = new CountDownLatch(1);
    psa.on(
        "/v4_6_release/apis/3.0/slow",
        r -> {
          release.await();
          return LocalPsa.Answer.json(200, "{}");
        });
    StoredConnections impatient = new StoredConnections(connections, Duration.ofMillis(300), 4096);

    try {
      assertThatThrownBy(() -> impatient.send("psa", "GET", "/slow", null))
          .isInstanceOf(ConnectionFailedException.class)
          .hasMessageContaining("within 300 ms")
          .hasMessageNotContaining(CLIENT_ID);
    } finally {
      release.countDown();
      impatient.close();
    }
  }

  @Test
  void pathsThatLeaveTheBaseUrl_andOtherBadRequests_areRefused_andNothingIsSent() {
    Map<String, String> refused = new LinkedHashMap<>();
    refused.put("http://evil.example.com/x", "path");
    refused.put("//evil.example.com/x", "path");
    refused.put("tickets/42", "path");
    refused.put("/tickets/../../admin", "path");
    refused.put("/tickets/%2E%2e/admin", "path");
    refused.put("/tickets/./42", "path");
    refused.put("/with space", "path");
    refused.put("/café", "path");
    refused.put("/x#top", "path");
    refused.put("/x{y}", "path");
    refused.put("", "path");

    refused.forEach(
        (path, field) ->
            assertThatThrownBy(() -> calls.send("psa", "GET", path, null))
                .as(path)
                .isInstanceOfSatisfying(
                    InvalidHttpCallException.class,
                    e -> assertThat(e.errors()).extracting(FieldError::field).containsOnly(field)));
    assertThatThrownBy(() -> calls.send("psa", "TRACE", "/x", null))
        .isInstanceOfSatisfying(
            InvalidHttpCallException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("method"));
    assertThatThrownBy(() -> calls.send("psa", "GET", "/x", Json.of("{'a': 1}")))
        .isInstanceOfSatisfying(
            InvalidHttpCallException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("body"));
    assertThat(psa.received()).isEmpty();
  }

  @Test
  void anEncodedPathAndQuery_goAsGiven() {
    calls.send(
        "psa",
        "PATCH",
        "/company/contacts/5%2F6?conditions=name%20like%20%22A%25%22",
        Json.of("[]"));

    assertThat(psa.received().get(0).pathAndQuery())
        .isEqualTo(
            "/v4_6_release/apis/3.0/company/contacts/5%2F6?conditions=name%20like%20%22A%25%22");
    assertThat(psa.received().get(0).method()).isEqualTo("PATCH");
  }

  @Test
  void anUnknownConnection_isNamed() {
    assertThatThrownBy(() -> calls.send("nope", "GET", "/x", null))
        .isInstanceOf(UnknownConnectionException.class)
        .hasMessageContaining("nope")
        .hasMessageContaining("duoctl connections list");
    assertThat(psa.received()).isEmpty();
  }

  private static String trace(Throwable e) {
    StringWriter text = new StringWriter();
    e.printStackTrace(new PrintWriter(text));
    return text + String.valueOf(e);
  }
}
