package io.duoctl.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.client.http.ApiClient;
import io.duoctl.client.http.DuoRequest;
import io.duoctl.client.signing.HmacAlgorithm;
import io.duoctl.client.signing.SignatureVersion;
import io.duoctl.client.testing.ManualTime;
import io.duoctl.client.testing.RecordedRequest;
import io.duoctl.client.testing.RecordingServer;
import io.duoctl.client.testing.Reply;
import io.duoctl.client.testing.SignatureCheck;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Nothing the transport adds on the way out (a child account's account_id, the encoding into a JSON
 * body, the signature's headers, paging and retries) replaces a value the caller set: it is kept,
 * or the request is refused before anything is sent.
 */
class CallerValuesOverHttpTest {

  static final String IKEY = "DIWJ8X6AEYOR5OMC6TQ1";
  static final String SKEY = "Zh5eGmUq9zpfQnyUIu5OL9iWoMMv5ZNmk3zLJ4Ep";
  static final String BOUND_CHILD = "DA012345678901234567";
  static final String OTHER_ACCOUNT = "DANOSUCHACCOUNT00001";

  RecordingServer server;
  ManualTime time = new ManualTime(Instant.parse("2026-12-07T01:00:00Z"));

  @BeforeEach
  void start() throws IOException {
    server = RecordingServer.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  DuoClient client(SignatureVersion version) {
    return DuoClient.builder()
        .signatureVersion(version)
        .allowPlainHttp(true)
        .clock(time)
        .sleeper(time)
        .jitter(() -> 0)
        .build();
  }

  ApiClient child(DuoClient duo) {
    DuoTarget parent = DuoTarget.of(server.host(), IKEY, SKEY);
    return duo.apiClient(DuoTarget.childAccount(parent, BOUND_CHILD, server.host()));
  }

  @Test
  void post_childTarget_callerAccountIdOfAnotherAccount_isRefusedNamingBothIds() {
    try (DuoClient duo = client(SignatureVersion.V5)) {
      DuoRequest delete =
          DuoRequest.post("/accounts/v1/account/delete").param("account_id", OTHER_ACCOUNT);

      assertThatThrownBy(() -> child(duo).call(delete))
          .isInstanceOf(ConflictingParameterException.class)
          .hasMessageContaining(OTHER_ACCOUNT)
          .hasMessageContaining(BOUND_CHILD)
          .hasMessageContaining("nothing was sent");
    }
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void get_childTarget_callerAccountIdOfAnotherAccount_isRefusedUnderV2Too() {
    try (DuoClient duo = client(SignatureVersion.V2)) {
      DuoRequest get = DuoRequest.get("/admin/v1/users").param("account_id", OTHER_ACCOUNT);

      assertThatThrownBy(() -> child(duo).call(get))
          .isInstanceOf(ConflictingParameterException.class)
          .hasMessageContaining(OTHER_ACCOUNT)
          .hasMessageContaining(BOUND_CHILD);
    }
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void post_childTarget_accountIdOfAnotherAccountInTheJsonBody_isRefused() {
    ObjectNode body = JsonNodeFactory.instance.objectNode().put("account_id", OTHER_ACCOUNT);
    try (DuoClient duo = client(SignatureVersion.V5)) {
      DuoRequest post = DuoRequest.post("/admin/v3/integrations").withJsonBody(body);

      assertThatThrownBy(() -> child(duo).call(post))
          .isInstanceOf(ConflictingParameterException.class)
          .hasMessageContaining(OTHER_ACCOUNT)
          .hasMessageContaining(BOUND_CHILD);
    }
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void childTarget_callerAccountIdOfTheSameAccount_isSentOnceAndSigned() {
    server.enqueue(Reply.ok("{}")).enqueue(Reply.ok("{}"));
    ObjectNode body = JsonNodeFactory.instance.objectNode().put("account_id", BOUND_CHILD);
    try (DuoClient duo = client(SignatureVersion.V5)) {
      child(duo).call(DuoRequest.get("/admin/v1/users").param("account_id", BOUND_CHILD));
      child(duo).call(DuoRequest.post("/admin/v3/integrations").withJsonBody(body));
    }

    List<RecordedRequest> requests = server.requests();
    assertThat(requests.get(0).queryParams()).isEqualTo(Map.of("account_id", List.of(BOUND_CHILD)));
    assertThat(requests.get(1).bodyText()).isEqualTo("{\"account_id\":\"" + BOUND_CHILD + "\"}");
    requests.forEach(
        request ->
            assertThat(
                    SignatureCheck.verifies(
                        request,
                        server.host(),
                        SignatureVersion.V5,
                        HmacAlgorithm.SHA512,
                        IKEY,
                        SKEY))
                .isTrue());
  }

  @Test
  void post_parameterAlsoInTheJsonBody_isRefusedInsteadOfReplacingTheBodyField() {
    ObjectNode body = JsonNodeFactory.instance.objectNode().put("name", "from body");
    try (DuoClient duo = client(SignatureVersion.V5)) {
      ApiClient api = duo.apiClient(DuoTarget.of(server.host(), IKEY, SKEY));
      DuoRequest post =
          DuoRequest.post("/admin/v3/integrations").withJsonBody(body).param("name", "from param");

      assertThatThrownBy(() -> api.call(post))
          .isInstanceOf(ConflictingParameterException.class)
          .hasMessageContaining("name")
          .hasMessageNotContaining("from body")
          .hasMessageNotContaining("from param");
    }
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void headers_otherThanXDuo_areRefused_soNoneCanCollideWithTheSignaturesHeaders() {
    DuoRequest request = DuoRequest.get("/admin/v1/info/summary");

    for (String name : List.of("Authorization", "Date", "Content-Type", "Host", "User-Agent")) {
      assertThatThrownBy(() -> request.header(name, "mine"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(name)
          .hasMessageContaining("X-Duo-");
    }
  }

  @Test
  void xDuoHeader_isSentAsGivenBesideTheTransportsDateAndAuthorization() {
    server.enqueue(Reply.ok("{}"));
    try (DuoClient duo = client(SignatureVersion.V5)) {
      duo.apiClient(DuoTarget.of(server.host(), IKEY, SKEY))
          .call(
              DuoRequest.get("/admin/v1/info/summary")
                  .header("x-duo-trace", "first")
                  .header("X-Duo-Trace", "second"));
    }

    RecordedRequest request = server.onlyRequest();
    assertThat(request.headers().get("x-duo-trace")).containsExactly("second");
    assertThat(request.headers().get("authorization")).hasSize(1);
    assertThat(request.headers().get("date")).hasSize(1);
  }

  @Test
  void retryAndPaging_reSendTheCallersParametersUnchanged_onlyTheCursorMoves() {
    server
        .enqueue(Reply.fail(429, 42901, "Too Many Requests"))
        .enqueue(Reply.json(200, page("[{\"user_id\":\"DU1\"}]", "7")))
        .enqueue(Reply.json(200, page("[{\"user_id\":\"DU2\"}]", "null")));
    try (DuoClient duo = client(SignatureVersion.V5)) {
      child(duo)
          .offsetPaged(
              DuoRequest.get("/admin/v1/users")
                  .param("username", "jane")
                  .param("limit", "1")
                  .param("offset", "5"),
              User.class,
              300)
          .all();
    }

    List<Map<String, List<String>>> sent =
        server.requests().stream().map(RecordedRequest::queryParams).toList();
    Map<String, List<String>> first =
        Map.of(
            "account_id", List.of(BOUND_CHILD),
            "username", List.of("jane"),
            "limit", List.of("1"),
            "offset", List.of("5"));
    assertThat(sent.get(0)).isEqualTo(first);
    assertThat(sent.get(1)).as("the retry").isEqualTo(first);
    assertThat(sent.get(2))
        .isEqualTo(
            Map.of(
                "account_id", List.of(BOUND_CHILD),
                "username", List.of("jane"),
                "limit", List.of("1"),
                "offset", List.of("7")));
  }

  @Test
  void directorySyncPath_isSentExactlyAsBuilt() {
    server.enqueue(Reply.ok("{}"));
    try (DuoClient duo = client(SignatureVersion.V5)) {
      child(duo)
          .call(
              DuoRequest.post("/admin/v1/users/directorysync/DKEY%2F1/syncuser")
                  .param("username", "jane"));
    }

    RecordedRequest request = server.onlyRequest();
    assertThat(request.path()).isEqualTo("/admin/v1/users/directorysync/DKEY%2F1/syncuser");
    assertThat(request.bodyText())
        .isEqualTo("{\"account_id\":\"" + BOUND_CHILD + "\",\"username\":\"jane\"}");
  }

  static String page(String users, String nextOffset) {
    return "{\"stat\":\"OK\",\"response\":"
        + users
        + ",\"metadata\":{\"next_offset\":"
        + nextOffset
        + "}}";
  }

  record User(String userId) {}
}
