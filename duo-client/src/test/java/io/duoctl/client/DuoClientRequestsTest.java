package io.duoctl.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.client.http.ApiClient;
import io.duoctl.client.http.DuoRequest;
import io.duoctl.client.http.Params;
import io.duoctl.client.signing.HmacAlgorithm;
import io.duoctl.client.signing.SignatureVersion;
import io.duoctl.client.testing.ManualTime;
import io.duoctl.client.testing.RecordedRequest;
import io.duoctl.client.testing.RecordingServer;
import io.duoctl.client.testing.SignatureCheck;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a local HTTP server receives from the client: method, path, parameters, headers. */
class DuoClientRequestsTest {

  static final String IKEY = "DIWJ8X6AEYOR5OMC6TQ1";
  static final String SKEY = "Zh5eGmUq9zpfQnyUIu5OL9iWoMMv5ZNmk3zLJ4Ep";
  static final String CHILD = "DA012345678901234567";
  static final Instant DEC_7_2012 = Instant.parse("2012-12-07T17:18:00Z");

  RecordingServer server;
  ManualTime time = new ManualTime(DEC_7_2012);

  @BeforeEach
  void start() throws IOException {
    server = RecordingServer.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  DuoClient client(DuoClient.Builder builder) {
    return builder.allowPlainHttp(true).clock(time).sleeper(time).jitter(() -> 0).build();
  }

  DuoTarget target() {
    return DuoTarget.of(server.host(), IKEY, SKEY);
  }

  @Test
  void get_sendsSortedQueryWithRfc2822UtcDateAndVerifiableV5Signature() {
    try (DuoClient duo = client(DuoClient.builder())) {
      duo.apiClient(target())
          .call(
              DuoRequest.get("/admin/v1/users")
                  .param("username", "Jane Doe")
                  .param("limit", "300")
                  .param("email", "jane+duo@example.com"));
    }

    RecordedRequest request = server.onlyRequest();
    assertThat(request.method()).isEqualTo("GET");
    assertThat(request.path()).isEqualTo("/admin/v1/users");
    assertThat(request.rawQuery())
        .isEqualTo("email=jane%2Bduo%40example.com&limit=300&username=Jane%20Doe");
    assertThat(request.body()).isEmpty();
    assertThat(request.header("content-type")).isEmpty();
    assertThat(request.header("date")).contains("Fri, 07 Dec 2012 17:18:00 -0000");
    assertThat(request.header("user-agent").orElseThrow())
        .startsWith("duoctl/")
        .doesNotContain("unknown");
    assertThat(
            SignatureCheck.verifies(
                request, server.host(), SignatureVersion.V5, HmacAlgorithm.SHA512, IKEY, SKEY))
        .isTrue();
  }

  @Test
  void get_childAccountTarget_addsAccountIdToQueryAndSignature() {
    DuoTarget accounts = target();
    try (DuoClient duo = client(DuoClient.builder())) {
      duo.apiClient(DuoTarget.childAccount(accounts, CHILD, server.host()))
          .call(DuoRequest.get("/admin/v1/billing/edition"));
    }

    RecordedRequest request = server.onlyRequest();
    assertThat(request.rawQuery()).isEqualTo("account_id=" + CHILD);
    assertThat(SignatureCheck.canonical(request, server.host(), SignatureVersion.V5))
        .contains("\naccount_id=" + CHILD + "\n");
    assertThat(
            SignatureCheck.verifies(
                request, server.host(), SignatureVersion.V5, HmacAlgorithm.SHA512, IKEY, SKEY))
        .isTrue();
  }

  @Test
  void delete_childAccountTarget_sendsAccountIdInQueryWithoutBody() {
    try (DuoClient duo = client(DuoClient.builder())) {
      duo.apiClient(DuoTarget.childAccount(target(), CHILD, server.host()))
          .call(DuoRequest.delete("/admin/v1/users/DUJZ2U4L80HT45MQ4EOQ"));
    }

    RecordedRequest request = server.onlyRequest();
    assertThat(request.method()).isEqualTo("DELETE");
    assertThat(request.path()).isEqualTo("/admin/v1/users/DUJZ2U4L80HT45MQ4EOQ");
    assertThat(request.queryParams()).isEqualTo(Map.of("account_id", List.of(CHILD)));
    assertThat(request.body()).isEmpty();
    assertThat(
            SignatureCheck.verifies(
                request, server.host(), SignatureVersion.V5, HmacAlgorithm.SHA512, IKEY, SKEY))
        .isTrue();
  }

  @Test
  void post_v5ChildAccount_sendsSortedCompactJsonBodyLikeThePythonClient() {
    try (DuoClient duo = client(DuoClient.builder())) {
      duo.apiClient(DuoTarget.childAccount(target(), CHILD, server.host()))
          .call(DuoRequest.post("/admin/v1/billing/edition").param("edition", "PLATFORM"));
    }

    RecordedRequest request = server.onlyRequest();
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.rawQuery()).isEmpty();
    assertThat(request.header("content-type")).contains("application/json");
    // Byte for byte the body of the official vector "account-id-json".
    assertThat(request.bodyText())
        .isEqualTo("{\"account_id\":\"DA012345678901234567\",\"edition\":\"PLATFORM\"}");
    String canonical = SignatureCheck.canonical(request, server.host(), SignatureVersion.V5);
    assertThat(canonical.split("\n", -1)[4]).as("params line of a JSON POST").isEmpty();
    assertThat(
            SignatureCheck.verifies(
                request, server.host(), SignatureVersion.V5, HmacAlgorithm.SHA512, IKEY, SKEY))
        .isTrue();
  }

  @Test
  void post_v5WithoutParams_sendsEmptyObject() {
    try (DuoClient duo = client(DuoClient.builder())) {
      duo.apiClient(target()).call(DuoRequest.post("/accounts/v1/account/list"));
    }

    assertThat(server.onlyRequest().bodyText()).isEqualTo("{}");
  }

  @Test
  void post_v5_repeatedValuesBecomeArraysAndNonAsciiIsEscaped() {
    try (DuoClient duo = client(DuoClient.builder())) {
      duo.apiClient(target())
          .call(
              DuoRequest.put("/admin/v1/things")
                  .params(Params.of("realname", "Zoë 中"))
                  .withParams(Params.of("realname", "Zoë 中").withAll("tags", List.of("b", "a"))));
    }

    assertThat(server.onlyRequest().method()).isEqualTo("PUT");
    assertThat(server.onlyRequest().bodyText())
        .isEqualTo("{\"realname\":\"Zo\\u00eb \\u4e2d\",\"tags\":[\"b\",\"a\"]}");
  }

  @Test
  void post_v5ExplicitJsonBody_carriesTheParamsAndAccountIdToo() {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.putObject("sso").put("enabled", true);
    try (DuoClient duo = client(DuoClient.builder())) {
      duo.apiClient(DuoTarget.childAccount(target(), CHILD, server.host()))
          .call(DuoRequest.post("/admin/v3/integrations").withJsonBody(body).param("name", "VPN"));
    }

    RecordedRequest request = server.onlyRequest();
    assertThat(request.bodyText())
        .isEqualTo(
            "{\"account_id\":\"DA012345678901234567\",\"name\":\"VPN\",\"sso\":{\"enabled\":true}}");
    assertThat(
            SignatureCheck.verifies(
                request, server.host(), SignatureVersion.V5, HmacAlgorithm.SHA512, IKEY, SKEY))
        .isTrue();
  }

  @Test
  void post_v2Sha1_sendsSortedFormBodySignedWithSha1() {
    try (DuoClient duo =
        client(DuoClient.builder().signing(SignatureVersion.V2, HmacAlgorithm.SHA1))) {
      duo.apiClient(DuoTarget.childAccount(target(), CHILD, server.host()))
          .call(
              DuoRequest.post("/auth/v2/preauth")
                  .param("username", "jane doe")
                  .param("ipaddr", "10.0.0.1"));
    }

    RecordedRequest request = server.onlyRequest();
    assertThat(request.header("content-type")).contains("application/x-www-form-urlencoded");
    assertThat(request.bodyText())
        .isEqualTo("account_id=" + CHILD + "&ipaddr=10.0.0.1&username=jane%20doe");
    assertThat(request.rawQuery()).isEmpty();
    assertThat(SignatureCheck.canonical(request, server.host(), SignatureVersion.V2))
        .endsWith("\naccount_id=" + CHILD + "&ipaddr=10.0.0.1&username=jane%20doe");
    String signature = request.header("authorization").orElseThrow();
    assertThat(
            io.duoctl.client.signing.Signatures.parseAuthorization(signature)
                .orElseThrow()
                .signature())
        .hasSize(40);
    assertThat(
            SignatureCheck.verifies(
                request, server.host(), SignatureVersion.V2, HmacAlgorithm.SHA1, IKEY, SKEY))
        .isTrue();
  }

  @Test
  void post_v2Sha512_isSignedWithSha512() {
    try (DuoClient duo = client(DuoClient.builder().signatureVersion(SignatureVersion.V2))) {
      duo.apiClient(target()).call(DuoRequest.post("/auth/v2/enroll").param("username", "x"));
    }

    assertThat(
            SignatureCheck.verifies(
                server.onlyRequest(),
                server.host(),
                SignatureVersion.V2,
                HmacAlgorithm.SHA512,
                IKEY,
                SKEY))
        .isTrue();
  }

  @Test
  void xDuoHeaders_areSentAndCoveredByTheV5Signature() {
    try (DuoClient duo = client(DuoClient.builder())) {
      duo.apiClient(target())
          .call(DuoRequest.get("/admin/v1/info/summary").header("X-Duo-Trace", "abc 123"));
    }

    RecordedRequest request = server.onlyRequest();
    assertThat(request.header("x-duo-trace")).contains("abc 123");
    assertThat(
            SignatureCheck.verifies(
                request, server.host(), SignatureVersion.V5, HmacAlgorithm.SHA512, IKEY, SKEY))
        .isTrue();
  }

  @Test
  void wrongSecretKey_doesNotVerify() {
    try (DuoClient duo = client(DuoClient.builder())) {
      duo.apiClient(target()).call(DuoRequest.get("/auth/v2/check"));
    }

    assertThat(
            SignatureCheck.verifies(
                server.onlyRequest(),
                server.host(),
                SignatureVersion.V5,
                HmacAlgorithm.SHA512,
                IKEY,
                SKEY.replace('Z', 'Y')))
        .isFalse();
  }

  @Test
  void jsonBody_underV2_isRefusedBeforeSending() {
    try (DuoClient duo = client(DuoClient.builder().signatureVersion(SignatureVersion.V2))) {
      ApiClient api = duo.apiClient(target());
      DuoRequest request =
          DuoRequest.post("/admin/v1/x").withJsonBody(JsonNodeFactory.instance.objectNode());
      assertThatThrownBy(() -> api.call(request))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("jsonBody")
          .hasMessageContaining("version 5");
    }
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void signing_v5WithSha1_isRefusedNamingTheRule() {
    assertThatThrownBy(() -> DuoClient.builder().signing(SignatureVersion.V5, HmacAlgorithm.SHA1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("HMAC-SHA512");
  }
}
