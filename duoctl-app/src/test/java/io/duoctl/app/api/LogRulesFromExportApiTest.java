package io.duoctl.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.duoctl.app.api.actions.MspApi;
import io.duoctl.app.api.actions.MspApi.Reply;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.workflows.runs.RunFilter;
import io.duoctl.core.workflows.runs.RunState;
import io.duoctl.core.workflows.runs.WorkflowRun;
import io.duoctl.emulator.admin.history.AccountLogs;
import io.duoctl.emulator.admin.users.User;
import io.duoctl.emulator.admin.users.UserDirectory;
import io.duoctl.emulator.admin.users.UserStatus;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import io.duoctl.emulator.model.Account;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fraud report in an organization's Duo authentication log reaches the log rules through a
 * running export (its {@code rules} sink): one rule calls a webhook once, another starts a workflow
 * that disables the user; the event that matches no rule is exported and fires nothing.
 */
@Tag("slow")
class LogRulesFromExportApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static DuoEmulatorExtension duo = new DuoEmulatorExtension(b -> b.logDelay(Duration.ZERO));

  @TempDir Path dataDir;
  MspApi api;
  HttpServer soc;
  final List<JsonNode> hooks = new CopyOnWriteArrayList<>();

  @BeforeEach
  void msp() throws IOException {
    api = new MspApi(duo.emulator(), dataDir, List.of("Harbor Dental"));
    UserDirectory.of(duo.world(), harbor()).create(User.builder("isla.hughes"));
    UserDirectory.of(duo.world(), harbor()).create(User.builder("ada.lovelace"));
    soc = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    soc.createContext(
        "/hooks/duo",
        exchange -> {
          hooks.add(JSON.readTree(exchange.getRequestBody().readAllBytes()));
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    soc.start();
  }

  @AfterEach
  void stop() {
    soc.stop(0);
    api.close();
  }

  @Test
  void aFraudReport_firesTheWebhookOnce_andStartsTheWorkflow() throws Exception {
    String admin = api.token("soc", ApiScope.ADMIN);
    addRule(
        admin,
        """
        {"name": "fraud-alert",
         "condition": "log == \\"authentication\\" && event.result == \\"fraud\\"",
         "action": {"webhook": {"url": "http://127.0.0.1:%d/hooks/duo"}}}
        """
            .formatted(soc.getAddress().getPort()));
    addRule(
        admin,
        """
        {"name": "fraud-disables",
         "condition": "event.result == \\"fraud\\"",
         "action": {"workflow": {"name": "offboard-organization",
           "inputs": {"organization": "org.name", "user": "event.user.name"}}}}
        """);
    AccountLogs logs = AccountLogs.of(duo.world(), harbor());
    logs.appendAuthentication("ada.lovelace", "duo_push", "success", "user_approved");
    String fraudTxid = logs.appendFraudReport("isla.hughes").txid();

    Reply created =
        api.post(
            "/api/v1/log-exports",
            admin,
            """
            {"name": "soc", "all_organizations": true, "logs": ["authentication"], "from": "-1h",
             "sinks": [{"kind": "file", "directory": "%s"}, {"kind": "rules"}]}
            """
                .formatted(dataDir.resolve("events").toString().replace("\\", "\\\\")));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    assertThat(created.json().path("sinks").toString()).contains("\"kind\":\"rules\"");
    api.duoctl.runLogExports();

    await("both events in the file sink", () -> exportedLines() == 2);
    await(
        "the workflow run ended",
        () -> !runs().isEmpty() && runs().stream().allMatch(r -> r.state().finished()));
    await("the webhook call", () -> !hooks.isEmpty());

    assertThat(hooks).hasSize(1);
    JsonNode hook = hooks.get(0);
    assertThat(hook.path("rule").asText()).isEqualTo("fraud-alert");
    assertThat(hook.path("org").path("name").asText()).isEqualTo("Harbor Dental");
    assertThat(hook.path("events")).hasSize(1);
    assertThat(hook.path("events").get(0).toString()).contains(fraudTxid);

    List<WorkflowRun> runs = runs();
    assertThat(runs).hasSize(1);
    assertThat(runs.get(0).state()).as(runs.get(0).error()).isEqualTo(RunState.SUCCEEDED);
    assertThat(UserDirectory.of(duo.world(), harbor()).byUsernameOrAlias("isla.hughes"))
        .hasValueSatisfying(user -> assertThat(user.status()).isEqualTo(UserStatus.DISABLED));

    await("the rules sink's checkpoint past both events", () -> rulesSinkExported(admin) == 2);
    assertThat(hooks).hasSize(1);
    assertThat(runs()).hasSize(1);
  }

  private long rulesSinkExported(String token) {
    long exported = 0;
    for (JsonNode progress : api.get("/api/v1/log-exports/soc", token).json().path("progress")) {
      if (progress.path("sink").asText().equals("rules")) {
        exported += progress.path("events_exported").asLong();
      }
    }
    return exported;
  }

  private void addRule(String token, String json) {
    Reply added = api.post("/api/v1/log-rules", token, json);
    assertThat(added.status()).as(added.text()).isEqualTo(201);
  }

  private Account harbor() {
    return api.accounts.get("Harbor Dental");
  }

  private List<WorkflowRun> runs() {
    return api.duoctl.workflowRuns().history().recent(RunFilter.ALL, 0, 10).stream()
        .filter(run -> run.trigger().toString().contains("fraud-disables"))
        .toList();
  }

  private long exportedLines() {
    Path directory = dataDir.resolve("events");
    if (!Files.isDirectory(directory)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(directory)) {
      long lines = 0;
      for (Path file : files.toList()) {
        lines +=
            Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank())
                .count();
      }
      return lines;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void await(String what, BooleanSupplier done) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < end) {
      if (done.getAsBoolean()) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("timed out waiting for " + what);
  }
}
