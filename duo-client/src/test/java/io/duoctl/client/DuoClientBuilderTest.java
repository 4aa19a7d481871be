package io.duoctl.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.duoctl.client.http.DuoRequest;
import io.duoctl.client.signing.HmacAlgorithm;
import io.duoctl.client.signing.SignatureVersion;
import io.duoctl.client.testing.RecordingServer;
import io.duoctl.client.testing.SignatureCheck;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Builder options fail early with a clear message, and one client serves many threads. */
class DuoClientBuilderTest {

  @Test
  void invalidOptions_areRefusedNamingTheOption() {
    DuoClient.Builder builder = DuoClient.builder();
    assertThatThrownBy(() -> builder.connectTimeout(Duration.ZERO))
        .hasMessageContaining("connectTimeout");
    assertThatThrownBy(() -> builder.requestTimeout(Duration.ofSeconds(-1)))
        .hasMessageContaining("requestTimeout");
    assertThatThrownBy(() -> builder.userAgent(" ")).hasMessageContaining("userAgent");
    assertThatThrownBy(() -> DuoClient.builder().replaceDefaultTrust(true).build())
        .hasMessageContaining("replaceDefaultTrust");
    assertThatThrownBy(
            () -> DuoClient.builder().trustCaPemFile(Path.of("/nonexistent/ca.pem")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("/nonexistent/ca.pem");
  }

  @Test
  void customUserAgent_isSent() throws Exception {
    try (RecordingServer server = RecordingServer.start();
        DuoClient duo =
            DuoClient.builder()
                .allowPlainHttp(true)
                .userAgent("duoctl/9.9 (msp-console)")
                .build()) {
      duo.apiClient(DuoTarget.of(server.host(), "DI1", "s")).call(DuoRequest.get("/x"));
      assertThat(server.onlyRequest().header("user-agent")).contains("duoctl/9.9 (msp-console)");
    }
  }

  @Test
  void oneClient_servesManyThreadsAndTargets_eachCallSignedForItsTarget() throws Exception {
    try (RecordingServer server = RecordingServer.start();
        DuoClient duo = DuoClient.builder().allowPlainHttp(true).build();
        var pool = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<?>> calls =
          IntStream.range(0, 24)
              .<Future<?>>mapToObj(
                  i ->
                      pool.submit(
                          () ->
                              duo.apiClient(DuoTarget.of(server.host(), "DI" + i, "skey-" + i))
                                  .call(DuoRequest.get("/admin/v1/users").param("n", "" + i))))
              .toList();
      for (Future<?> call : calls) {
        call.get();
      }
      assertThat(server.requests()).hasSize(24);
      assertThat(server.requests())
          .allSatisfy(
              request -> {
                String n = request.queryParams().get("n").get(0);
                assertThat(
                        SignatureCheck.verifies(
                            request,
                            server.host(),
                            SignatureVersion.V5,
                            HmacAlgorithm.SHA512,
                            "DI" + n,
                            "skey-" + n))
                    .isTrue();
              });
    }
  }
}
