package io.duoctl.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.duoctl.client.http.DuoRequest;
import io.duoctl.client.testing.RecordingServer;
import io.duoctl.client.testing.Reply;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Duo's error replies become the subclass that says what to do, with Duo's fields. */
class ErrorRepliesOverHttpTest {

  static final String SKEY = "TopSecretSkey0123456789abcdefghijklmnop";

  RecordingServer server;
  DuoClient duo;

  @BeforeEach
  void start() throws IOException {
    server = RecordingServer.start();
    duo = DuoClient.builder().allowPlainHttp(true).retryPolicy(RetryPolicy.noRetries()).build();
  }

  @AfterEach
  void stop() {
    duo.close();
    server.close();
  }

  DuoApiException failureOf(Reply reply) {
    server.enqueue(reply);
    DuoTarget target = DuoTarget.of(server.host(), "DIXXXXXXXXXXXXXXXXXX", SKEY);
    return catchThrowableOfType(
        DuoApiException.class,
        () ->
            duo.apiClient(target)
                .call(DuoRequest.post("/admin/v1/users").param("password", "hunter2-secret")));
  }

  static Stream<Arguments> statuses() {
    return Stream.of(
        Arguments.of(400, 40002, DuoInvalidRequestException.class),
        Arguments.of(401, 40103, DuoAuthenticationException.class),
        Arguments.of(403, 40301, DuoForbiddenException.class),
        Arguments.of(404, 40401, DuoNotFoundException.class),
        Arguments.of(429, 42901, DuoRateLimitedException.class),
        Arguments.of(500, 50000, DuoServerException.class),
        Arguments.of(503, 50301, DuoServerException.class));
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @MethodSource("statuses")
  void errorStatus_becomesItsSubclassWithDuoFields(
      int status, int code, Class<? extends DuoApiException> type) {
    DuoApiException e =
        failureOf(
            Reply.json(
                status,
                "{\"stat\":\"FAIL\",\"code\":"
                    + code
                    + ",\"message\":\"Something\",\"message_detail\":\"username\"}"));

    assertThat(e).isExactlyInstanceOf(type);
    assertThat(e.status()).isEqualTo(status);
    assertThat(e.code()).hasValue(code);
    assertThat(e.duoMessage()).contains("Something");
    assertThat(e.messageDetail()).contains("username");
    assertThat(e.method()).isEqualTo("POST");
    assertThat(e.path()).isEqualTo("/admin/v1/users");
    assertThat(e.getMessage())
        .contains(Integer.toString(code))
        .contains("Something (username)")
        .doesNotContain(SKEY)
        .doesNotContain("hunter2-secret");
  }

  @Test
  void nonJsonBody_isReportedWithoutCrashing() {
    DuoApiException e =
        failureOf(Reply.text(502, "text/html", "<html><body>Bad Gateway</body></html>"));

    assertThat(e).isExactlyInstanceOf(DuoServerException.class);
    assertThat(e.code()).isEmpty();
    assertThat(e.duoMessage()).hasValueSatisfying(m -> assertThat(m).contains("not Duo's JSON"));
    assertThat(e.messageDetail()).hasValueSatisfying(d -> assertThat(d).contains("text/html"));
  }

  @Test
  void codeAsString_isRead_andNonNumericOrMissingCodeIsEmpty() {
    assertThat(failureOf(Reply.json(400, "{\"stat\":\"FAIL\",\"code\":\"40002\"}")).code())
        .hasValue(40002);
    assertThat(failureOf(Reply.json(400, "{\"stat\":\"FAIL\",\"code\":\"bad\"}")).code()).isEmpty();
    DuoApiException missing = failureOf(Reply.json(401, "{\"stat\":\"FAIL\"}"));
    assertThat(missing).isInstanceOf(DuoAuthenticationException.class);
    assertThat(missing.code()).isEmpty();
    assertThat(missing.duoMessage()).isEmpty();
  }

  @Test
  void jsonThatIsNotAnObject_orEmptyBody_isReportedWithoutCrashing() {
    assertThat(failureOf(Reply.json(404, "[1,2]"))).isInstanceOf(DuoNotFoundException.class);
    assertThat(failureOf(Reply.json(500, ""))).isInstanceOf(DuoServerException.class);
    assertThat(failureOf(Reply.json(400, "{\"message\":{\"nested\":1},\"code\":1.5}")).code())
        .isEmpty();
  }

  @Test
  void directoryKeyInPath_isRedactedInTheError() {
    server.enqueue(Reply.fail(404, 40401, "Resource not found"));
    DuoTarget target = DuoTarget.of(server.host(), "DIXXXXXXXXXXXXXXXXXX", SKEY);
    DuoApiException e =
        catchThrowableOfType(
            DuoApiException.class,
            () ->
                duo.apiClient(target)
                    .call(
                        DuoRequest.post("/admin/v1/users/directorysync/DDSECRETDIRKEY123/syncuser")
                            .param("username", "jane")));
    assertThat(e.path()).isEqualTo("/admin/v1/users/directorysync/***/syncuser");
    assertThat(e.getMessage()).doesNotContain("DDSECRETDIRKEY123");
    assertThat(server.onlyRequest().path()).contains("DDSECRETDIRKEY123");
  }
}
