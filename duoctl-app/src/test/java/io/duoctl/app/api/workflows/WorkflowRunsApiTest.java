package io.duoctl.app.api.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.app.api.actions.MspApi;
import io.duoctl.app.api.actions.MspApi.Reply;
import io.duoctl.emulator.admin.users.User;
import io.duoctl.emulator.admin.users.UserDirectory;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Workflow runs over real HTTP against the emulator: start, follow, list, refuse. */
@Tag("slow")
class WorkflowRunsApiTest {
  private static final List<String> CUSTOMERS = List.of("Acme", "Globex", "Initech");
  private static final String OFFBOARD = "/api/v1/workflows/offboard-everywhere/runs";

  @RegisterExtension static DuoEmulatorExtension duo = new DuoEmulatorExtension();

  @TempDir Path dataDir;
  MspApi api;

  @BeforeEach
  void customers() {
    api = new MspApi(duo.emulator(), dataDir, CUSTOMERS);
    users("Globex").create(User.builder("leaver"));
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private UserDirectory users(String organization) {
    return UserDirectory.of(duo.world(), api.accounts.get(organization));
  }

  @Test
  void aRun_startsAt202_isFollowedToItsEnd_withAStepPerOrganization() throws Exception {
    Reply started =
        api.post(
            OFFBOARD, api.runToken, MspApi.json("{'inputs': {'user': 'leaver'}, 'confirm': true}"));

    assertThat(started.status()).as(started.text()).isEqualTo(202);
    String id = started.json().path("id").asText();
    JsonNode run = awaitEnd(id);
    assertThat(run.path("state").asText()).isEqualTo("succeeded");
    assertThat(run.path("trigger").asText()).isEqualTo("rest");
    assertThat(run.path("steps"))
        .filteredOn(s -> s.path("step").asText().equals("user"))
        .extracting(s -> s.path("organization").asText())
        .containsExactlyInAnyOrderElementsOf(CUSTOMERS);
    assertThat(users("Globex").byUsernameOrAlias("leaver").orElseThrow().status().toString())
        .isEqualToIgnoringCase("disabled");
    assertThat(
            api.get("/api/v1/workflows/runs?workflow=offboard-everywhere", api.readToken)
                .json()
                .path("runs"))
        .extracting(r -> r.path("id").asText())
        .containsExactly(id);
    assertThat(
            api.get("/api/v1/workflows/runs?organization=Initech", api.readToken)
                .json()
                .path("runs"))
        .hasSize(1);
  }

  @Test
  void theRunRoute_answersWithTheFinishedRun() {
    Reply reply =
        api.post(
            "/api/v1/workflows/offboard-everywhere/run",
            api.runToken,
            MspApi.json("{'inputs': {'user': 'leaver'}, 'dry_run': true}"));

    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    assertThat(reply.json().path("summary").asText()).startsWith("dry run: ");
    assertThat(reply.json().path("steps")).isNotEmpty();
    assertThat(reply.json().path("shown_once").isObject()).isTrue();
    assertThat(users("Globex").byUsernameOrAlias("leaver").orElseThrow().status().toString())
        .isEqualToIgnoringCase("active");
  }

  @Test
  void refusals_nameTheProblem_andStartNothing() {
    Reply readOnly =
        api.post(OFFBOARD, api.readToken, MspApi.json("{'inputs': {'user': 'leaver'}}"));
    Reply badInput = api.post(OFFBOARD, api.runToken, MspApi.json("{'inputs': {'usr': 'x'}}"));
    Reply unconfirmed =
        api.post(
            OFFBOARD,
            api.runToken,
            MspApi.json("{'inputs': {'user': 'leaver', 'mode': 'delete'}}"));
    Reply unknown = api.post("/api/v1/workflows/nope/runs", api.runToken, "{}");

    assertThat(readOnly.status()).isEqualTo(403);
    assertThat(badInput.status()).isEqualTo(400);
    assertThat(badInput.json().path("error").path("fields"))
        .extracting(f -> f.path("field").asText())
        .containsExactlyInAnyOrder("usr", "user");
    assertThat(unconfirmed.status()).isEqualTo(409);
    assertThat(unconfirmed.code()).isEqualTo("confirmation_required");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(api.get("/api/v1/workflows/runs", api.readToken).json().path("runs")).isEmpty();
  }

  private JsonNode awaitEnd(String id) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      JsonNode run = api.get("/api/v1/workflows/runs/" + id, api.readToken).json();
      if (!run.path("state").asText().equals("running")) {
        return run;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("run " + id + " did not end in 30 s");
  }
}
