package io.duoctl.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.app.api.actions.MspApi;
import io.duoctl.app.api.actions.MspApi.Reply;
import io.duoctl.emulator.faults.Fault;
import io.duoctl.emulator.faults.FaultRule;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /metrics} over real HTTP against the emulator: token-protected, Prometheus text, and the
 * Duo calls, 429s, retries, jobs and workflow runs the node made counted under low-cardinality
 * tags.
 */
@Tag("slow")
class MetricsApiTest {
  private static final List<String> CUSTOMERS = List.of("Acme", "Globex");
  private static final Pattern SAMPLE =
      Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)$");
  private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"([^\"]*)\"");

  @RegisterExtension static DuoEmulatorExtension duo = new DuoEmulatorExtension();

  @TempDir Path dataDir;
  MspApi api;

  @BeforeEach
  void msp() {
    api = new MspApi(duo.emulator(), dataDir, CUSTOMERS);
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void metrics_withoutAToken_orWithAnUnknownOne_is401LikeTheApi() {
    Reply missing = api.get("/metrics", null);
    Reply unknown = api.get("/metrics", "duoctl_notatokenatall");

    assertThat(missing.status()).isEqualTo(401);
    assertThat(missing.code()).isEqualTo("unauthorized");
    assertThat(unknown.status()).isEqualTo(401);
    assertThat(unknown.text()).doesNotContain("duoctl_duo_requests");
  }

  @Test
  void metrics_withAReadToken_isPrometheusText_withTheJvmProcessAndPool() {
    Reply reply = api.get("/metrics", api.readToken);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.contentType()).startsWith("text/plain; version=0.0.4");
    Map<String, Double> samples = samples(reply.text());
    assertThat(samples.keySet())
        .anyMatch(s -> s.startsWith("jvm_memory_used_bytes{"))
        .anyMatch(s -> s.startsWith("jvm_gc_"))
        .anyMatch(s -> s.startsWith("jvm_threads_live_threads"))
        .anyMatch(s -> s.startsWith("process_uptime_seconds"))
        .anyMatch(s -> s.startsWith("hikaricp_connections_active{"));
    assertThat(samples).containsEntry("duoctl_workflow_runs_started_total{trigger=\"rest\"}", 0.0);
    assertThat(samples).containsEntry("duoctl_jobs_finished_total{state=\"succeeded\"}", 0.0);
  }

  @Test
  void aUsersList_isTimedAsAnAdminCall_andA429_isCountedWithItsRetry() {
    duo.faults().add(new FaultRule("GET", "/admin/v1/users", 1.0, 1, Fault.rateLimited()));

    Reply run =
        api.post("/api/v1/actions/users.list/run", api.readToken, "{'organization': 'Acme'}");

    assertThat(run.status()).as(run.text()).isEqualTo(200);
    Map<String, Double> samples = samples(api.get("/metrics", api.readToken).text());
    assertThat(samples.get("duoctl_duo_requests_seconds_count{api=\"admin\",outcome=\"2xx\"}"))
        .isGreaterThanOrEqualTo(1.0);
    assertThat(samples.get("duoctl_duo_requests_seconds_sum{api=\"admin\",outcome=\"2xx\"}"))
        .isPositive();
    assertThat(samples)
        .containsEntry("duoctl_duo_requests_seconds_count{api=\"admin\",outcome=\"429\"}", 1.0)
        .containsEntry("duoctl_duo_rate_limited_total{api=\"admin\"}", 1.0)
        .containsEntry("duoctl_duo_retries_total{api=\"admin\"}", 1.0)
        .containsKey(
            "duoctl_duo_requests_seconds_bucket{api=\"admin\",le=\"+Inf\",outcome=\"2xx\"}");
  }

  @Test
  void aWorkflowRun_isCountedByTrigger_andItsStepsByStateAndOutcome() {
    Reply run =
        api.post(
            "/api/v1/workflows/offboard-everywhere/run",
            api.runToken,
            "{'inputs': {'user': 'nobody'}, 'dry_run': true}");

    assertThat(run.status()).as(run.text()).isEqualTo(200);
    Map<String, Double> samples = samples(api.get("/metrics", api.readToken).text());
    assertThat(samples)
        .containsEntry("duoctl_workflow_runs_started_total{trigger=\"rest\"}", 1.0)
        .containsEntry("duoctl_workflow_runs_finished_total{state=\"succeeded\"}", 1.0);
    double steps =
        samples.entrySet().stream()
            .filter(e -> e.getKey().startsWith("duoctl_workflow_steps_finished_total{"))
            .mapToDouble(Map.Entry::getValue)
            .sum();
    assertThat(steps).isEqualTo(run.json().path("steps").size());
  }

  @Test
  void aJob_isCountedWithItsRows_andNoTagNamesAnOrganization() throws InterruptedException {
    Reply job =
        api.post(
            "/api/v1/jobs",
            api.readToken,
            "{'action': 'users.list', 'organizations': ['Acme', 'Globex']}");
    assertThat(job.status()).as(job.text()).isEqualTo(202);

    Map<String, Double> samples =
        awaitSample("duoctl_jobs_finished_total{state=\"succeeded\"}", 1.0);

    assertThat(samples)
        .containsEntry("duoctl_jobs_started_total", 1.0)
        .containsEntry("duoctl_job_rows_total{outcome=\"succeeded\"}", 2.0)
        .containsEntry("duoctl_job_rows_total{outcome=\"failed\"}", 0.0);
    String text = api.get("/metrics", api.readToken).text();
    try {
      java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/scrape.txt"), text);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertThat(text)
        .doesNotContain("Acme")
        .doesNotContain("Globex")
        .doesNotContainPattern("DA[0-9A-Z]{10,}");
  }

  /** Scrapes until {@code series} has {@code value} (a job's end is counted as it is stored). */
  private Map<String, Double> awaitSample(String series, double value) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    Map<String, Double> samples = Map.of();
    while (Instant.now().isBefore(deadline)) {
      samples = samples(api.get("/metrics", api.readToken).text());
      if (Double.valueOf(value).equals(samples.get(series))) {
        return samples;
      }
      Thread.sleep(50);
    }
    assertThat(samples).containsEntry(series, value);
    return samples;
  }

  /**
   * Every sample of a Prometheus text exposition by series, its labels sorted by name as {@code
   * name{a="1",b="2"}} (or the bare name).
   */
  static Map<String, Double> samples(String exposition) {
    Map<String, Double> samples = new LinkedHashMap<>();
    for (String line : exposition.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      Matcher sample = SAMPLE.matcher(line);
      assertThat(sample.matches()).as("a sample line: %s", line).isTrue();
      Map<String, String> labels = new java.util.TreeMap<>();
      if (sample.group(2) != null) {
        Matcher label = LABEL.matcher(sample.group(2));
        while (label.find()) {
          labels.put(label.group(1), label.group(2));
        }
      }
      String key =
          sample.group(1)
              + (labels.isEmpty()
                  ? ""
                  : labels.entrySet().stream()
                      .map(e -> e.getKey() + "=\"" + e.getValue() + "\"")
                      .collect(java.util.stream.Collectors.joining(",", "{", "}")));
      samples.put(key, Double.parseDouble(sample.group(3)));
    }
    return samples;
  }
}
