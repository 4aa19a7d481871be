package io.duoctl.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.app.api.ApiHarness.Reply;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /health/ready} over real HTTP: no token, every check named, 503 naming what failed. */
@Tag("slow")
class ReadinessApiTest {
  @TempDir Path dataDir;
  ApiHarness api;

  @BeforeEach
  void start() {
    api = new ApiHarness(dataDir);
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void ready_isOkWithoutAToken_andNamesEveryCheck_leasesIdleUntilTheServerKeepsThem() {
    Reply idle = api.get("/health/ready", null);

    assertThat(idle.status()).isEqualTo(200);
    assertThat(idle.json().path("status").asText()).isEqualTo("ready");
    assertThat(idle.json().path("checks").path("database").asText()).isEqualTo("ok");
    assertThat(idle.json().path("checks").path("schema").asText()).isEqualTo("ok");
    assertThat(idle.json().path("checks").path("job_leases").asText()).isEqualTo("idle");
    assertThat(idle.json().path("failed")).isEmpty();

    api.duoctl.resumeInterruptedJobs();
    api.duoctl.resumeInterruptedRuns();
    Reply serving = api.get("/health/ready", null);

    assertThat(serving.status()).isEqualTo(200);
    assertThat(serving.json().path("checks").path("job_leases").asText()).isEqualTo("ok");
    assertThat(serving.json().path("checks").path("run_leases").asText()).isEqualTo("ok");
  }

  @Test
  void ready_is503NamingTheDatabase_whenItIsClosed_andRevealsNothingOfIt() {
    api.duoctl.database().close();

    Reply reply = api.get("/health/ready", null);

    assertThat(reply.status()).isEqualTo(503);
    assertThat(reply.json().path("status").asText()).isEqualTo("not_ready");
    assertThat(reply.json().path("checks").path("database").asText()).isEqualTo("unavailable");
    assertThat(reply.json().path("failed"))
        .singleElement()
        .satisfies(
            failed -> {
              assertThat(failed.path("check").asText()).isEqualTo("database");
              assertThat(failed.path("message").asText()).isNotBlank();
            });
    assertThat(reply.text())
        .doesNotContain(dataDir.toString())
        .doesNotContainIgnoringCase("jdbc")
        .doesNotContainIgnoringCase("hikari");
  }

  @Test
  void health_staysTheLivenessCheck_andOtherMethodsOnReady_areJsonErrors() {
    assertThat(api.get("/health", null).json().path("status").asText()).isEqualTo("ok");

    Reply post = api.post("/health/ready", null, (String) null);

    assertThat(post.status()).isEqualTo(405);
    assertThat(post.code()).isEqualTo("method_not_allowed");
  }
}
