package io.duoctl.app.api.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.app.api.actions.MspApi;
import io.duoctl.app.api.actions.MspApi.Reply;
import io.duoctl.emulator.admin.users.UserDirectory;
import io.duoctl.emulator.faults.Fault;
import io.duoctl.emulator.faults.FaultRule;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.record.RecordedRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A REST fan-out job over 50 organizations while the emulator answers about 10% of the user
 * creations with 429 and 10% with 503. The Duo client's back-off waits are recorded, never slept.
 */
@Tag("slow")
class JobsUnderFaultsApiTest {

  @RegisterExtension static DuoEmulatorExtension duo = new DuoEmulatorExtension();

  @TempDir Path dataDir;
  MspApi api;
  List<String> names;

  @BeforeEach
  void mspWith50Customers() {
    names = IntStream.rangeClosed(1, 50).mapToObj(i -> String.format("Org %02d", i)).toList();
    api = new MspApi(duo.emulator(), dataDir, names);
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void fanOutOver50_with10PercentOf429And5xx_givesOneRowPerOrganization_sendingNoChangeTwice()
      throws Exception {
    duo.faults()
        .add(
            new FaultRule(
                "POST", "/admin/v1/users", 0.10, FaultRule.UNLIMITED, Fault.rateLimited()))
        .add(
            new FaultRule("POST", "/admin/v1/users", 0.11, FaultRule.UNLIMITED, Fault.status(503)));

    Reply started =
        api.post(
            "/api/v1/jobs",
            api.runToken,
            "{'action': 'users.create', 'all_organizations': true, 'input': {'username': 'svc'}}");

    assertThat(started.status()).as(started.text()).isEqualTo(202);
    String id = started.json().path("id").asText();
    var running = api.duoctl.fanOutRunning(id).flatMap(fanOut -> fanOut.running(id));
    if (running.isPresent()) {
      assertThat(running.get().await(Duration.ofSeconds(60))).as("job finished").isTrue();
    }
    Reply rows = api.get("/api/v1/jobs/" + id + "/rows", api.readToken);
    assertThat(rows.json().path("rows").findValuesAsText("organization"))
        .containsExactlyInAnyOrderElementsOf(names);

    Map<String, List<Integer>> answeredByAccount = answeredUserCreations();
    assertThat(answeredByAccount)
        .as("one answered creation per organization")
        .hasSize(50)
        .allSatisfy((account, statuses) -> assertThat(statuses).hasSize(1));
    List<String> failed = new ArrayList<>();
    for (JsonNode row : rows.json().path("rows")) {
      String org = row.path("organization").asText();
      Account account = api.accounts.get(org);
      boolean created = UserDirectory.of(duo.world(), account).byUsernameOrAlias("svc").isPresent();
      if (row.path("ok").asBoolean()) {
        assertThat(answeredByAccount.get(account.id())).as(org).containsExactly(200);
        assertThat(created).as(org).isTrue();
      } else {
        failed.add(org);
        assertThat(answeredByAccount.get(account.id())).as(org).containsExactly(503);
        assertThat(row.path("error_code").asText()).as(org).isEqualTo("duo_server");
        assertThat(row.path("message").asText()).as(org).contains("503");
        assertThat(created).as(org).isFalse();
      }
    }
    Reply job = api.get("/api/v1/jobs/" + id, api.readToken);
    assertThat(job.json().path("done").asInt()).isEqualTo(50);
    assertThat(job.json().path("failed").asInt()).isEqualTo(failed.size());
    assertThat(failed).as("503s injected").isNotEmpty();
    assertThat(job.json().path("state").asText()).isEqualTo("partial");
    assertThat(duo.requests().matching(r -> r.status() == 429)).as("429s injected").isNotEmpty();
    assertThat(api.waits)
        .as("back-off after 429 (1 s, doubling), recorded and not slept")
        .anyMatch(wait -> wait.compareTo(Duration.ofSeconds(1)) >= 0);
  }

  /** The statuses of the user creations Duo answered (not 429), by child account. */
  private Map<String, List<Integer>> answeredUserCreations() {
    return duo
        .requests()
        .matching(
            r ->
                r.method().equals("POST")
                    && r.path().equals("/admin/v1/users")
                    && r.status() != 429)
        .stream()
        .collect(
            Collectors.groupingBy(
                r -> r.param("account_id"),
                Collectors.mapping(RecordedRequest::status, Collectors.toList())));
  }
}
