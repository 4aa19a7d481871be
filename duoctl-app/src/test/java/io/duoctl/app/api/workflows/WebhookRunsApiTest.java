package io.duoctl.app.api.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.app.api.actions.MspApi;
import io.duoctl.app.api.actions.MspApi.Reply;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.workflows.runs.RunFilter;
import io.duoctl.core.workflows.runs.RunState;
import io.duoctl.core.workflows.runs.WorkflowRun;
import io.duoctl.core.workflows.webhooks.WebhookSignature;
import io.duoctl.emulator.admin.users.User;
import io.duoctl.emulator.admin.users.UserDirectory;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PSA's signed ConnectWise callback starts a real offboard-everywhere run against the emulator; a
 * forged, stale or replayed delivery is refused with 401 and starts nothing.
 */
@Tag("slow")
class WebhookRunsApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DELIVERIES = "/api/v1/webhooks/cw-offboard/deliveries";

  @RegisterExtension static DuoEmulatorExtension duo = new DuoEmulatorExtension();

  @TempDir Path dataDir;
  MspApi api;
  String secret;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void webhook() {
    api = new MspApi(duo.emulator(), dataDir, List.of("Harbor Dental", "Globex"));
    UserDirectory.of(duo.world(), api.accounts.get("Harbor Dental"))
        .create(User.builder("isla.hughes").email("isla.hughes@harbordental.example"));
    Reply created =
        api.post(
            "/api/v1/webhooks",
            api.token("ops", ApiScope.ADMIN),
            MspApi.json(
                "{'name': 'cw-offboard', 'workflow': 'offboard-everywhere',"
                    + " 'sample': 'connectwise', 'confirmed': true}"));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    secret = created.json().path("secret").asText();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void aSignedTicket_startsARunThatOffboardsTheUser_andForgedStaleOrReplayedOnesStartNothing()
      throws Exception {
    byte[] body = callback("Offboard: isla.hughes@harbordental.example");
    String now = Long.toString(Instant.now().getEpochSecond());

    HttpResponse<String> accepted = deliver(body, now, WebhookSignature.sign(secret, now, body));

    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    String runId = JSON.readTree(accepted.body()).path("run_id").asText();
    WorkflowRun run = awaitEnd(runId);
    assertThat(run.state()).as(run.error()).isEqualTo(RunState.SUCCEEDED);
    assertThat(run.trigger().toString()).isEqualTo("webhook:cw-offboard");
    assertThat(
            UserDirectory.of(duo.world(), api.accounts.get("Harbor Dental"))
                .byUsernameOrAlias("isla.hughes")
                .orElseThrow()
                .status()
                .toString())
        .isEqualToIgnoringCase("disabled");

    String stale = Long.toString(Instant.now().getEpochSecond() - 3600);
    List<HttpResponse<String>> refused =
        List.of(
            deliver(body, now, WebhookSignature.sign("not-the-secret", now, body)),
            deliver(body, stale, WebhookSignature.sign(secret, stale, body)),
            deliver(body, now, WebhookSignature.sign(secret, now, body)));

    assertThat(refused).extracting(HttpResponse::statusCode).containsOnly(401);
    assertThat(api.duoctl.workflowRuns().history().recent(RunFilter.ALL, 0, 10))
        .extracting(WorkflowRun::id)
        .containsExactly(runId);
  }

  private HttpResponse<String> deliver(byte[] body, String timestamp, String signature)
      throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(api.server.baseUri() + DELIVERIES))
            .header("Content-Type", "application/json")
            .header(WebhookSignature.TIMESTAMP_HEADER, timestamp)
            .header(WebhookSignature.SIGNATURE_HEADER, signature)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static byte[] callback(String summary) {
    ObjectNode ticket = JSON.createObjectNode().put("id", 1042).put("summary", summary);
    ticket.putObject("company").put("identifier", "HarborDental").put("name", "Harbor Dental");
    ObjectNode callback =
        JSON.createObjectNode()
            .put("MessageId", "cb67323f-43ba-4ef6-b471-6bb90e62ab6a")
            .put("Action", "added")
            .put("Type", "ticket")
            .put("ID", 1042)
            .put("Entity", ticket.toString());
    return callback.toString().getBytes(StandardCharsets.UTF_8);
  }

  private WorkflowRun awaitEnd(String id) throws InterruptedException {
    long end = System.nanoTime() + 30_000_000_000L;
    while (System.nanoTime() < end) {
      WorkflowRun run = api.duoctl.workflowRuns().history().find(id).orElseThrow();
      if (run.state().finished()) {
        return run;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("run " + id + " did not end");
  }
}
