package io.duoctl.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.core.access.ApiScope;
import io.duoctl.core.workflows.runs.WorkflowRun;
import io.duoctl.emulator.admin.users.User;
import io.duoctl.emulator.admin.users.UserDirectory;
import io.duoctl.emulator.faults.Latency;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workflow run's page and the runs list over HTTP against the emulator: the summary, inputs,
 * outputs and the step timeline nested by key; polling only while the run runs; the run's audit
 * entries; runs by workflow and by organization.
 */
@Tag("slow")
class WorkflowRunPagesHttpTest {
  @RegisterExtension static DuoEmulatorExtension duo = new DuoEmulatorExtension();

  @TempDir Path dataDir;
  ConsoleServer console;
  String cookie;
  String csrf;

  @BeforeEach
  void technicianWithThreeCustomers() {
    console = new ConsoleServer(dataDir);
    var customers = console.customersAt(duo.emulator(), List.of("Acme", "Globex", "Initech"));
    UserDirectory.of(duo.world(), customers.get("Globex")).create(User.builder("leaver"));
    cookie = console.signedIn("tech", ApiScope.RUN);
    csrf = console.csrfTokenOf(cookie);
  }

  @AfterEach
  void stop() {
    duo.emulator().faults().latency(Latency.NONE);
    console.close();
  }

  @Test
  void aFinishedRun_showsItsSummaryInputsOutputs_andItsStepsNestedByKey() throws Exception {
    String id = start("offboard-everywhere", "confirm=yes&in.user=leaver");
    WorkflowRun run = awaitEnd(id);

    String page = page("/console/workflow-runs/" + id);

    assertThat(run.summary()).isEqualTo("1 change made, 1 already as asked");
    assertThat(page)
        .contains("<span class=\"status ok\" id=\"run-state\">succeeded</span>")
        .contains("<p id=\"run-summary\" role=\"status\">1 change made, 1 already as asked</p>")
        .contains("by console:tech (console)")
        .contains("<th scope=\"row\"><code>user</code></th><td>leaver</td>")
        .contains("<th scope=\"row\"><code>mode</code></th><td>disable</td>")
        .contains("id=\"run-outputs\"")
        .contains("href=\"/console/audit?run=" + id + "\"")
        .doesNotContain("hx-trigger=\"every 1s\"");
    List<String> keys = keys(page);
    assertThat(keys.getFirst()).isEqualTo("offboard");
    for (int i = 0; i < 3; i++) {
      String iteration = "offboard[" + i + "]";
      int at = keys.indexOf(iteration);
      List<String> inside = keys.stream().filter(k -> k.startsWith(iteration + "/")).toList();
      assertThat(inside).contains(iteration + "/user", iteration + "/disable");
      assertThat(keys.subList(at + 1, at + 1 + inside.size())).as(iteration).isEqualTo(inside);
    }
    String globex = iterationIn(page, "Globex");
    String acme = iterationIn(page, "Acme");
    assertThat(row(page, globex + "/disable"))
        .contains("class=\"depth-2\"")
        .contains("<td>Globex</td>")
        .contains("<span class=\"status ok\">succeeded</span>")
        .contains("<td>changed</td>")
        .contains("<meter min=\"0\"");
    assertThat(row(page, acme + "/disable"))
        .contains("<span class=\"status none\">skipped</span>")
        .contains("its condition is false");
  }

  @Test
  void theRunsAuditLink_listsTheEntriesOfItsActionsOnly() throws Exception {
    String id = start("offboard-everywhere", "confirm=yes&in.user=leaver");
    awaitEnd(id);
    start("offboard-everywhere", "mode=dry-run&in.user=someone-else");

    String audit = page("/console/audit?run=" + id);

    assertThat(audit)
        .contains("value=\"" + id + "\"")
        .contains("Entries 1–5 of 5")
        .contains("run:users.update")
        .contains("run:bypass_codes.delete_for_user")
        .doesNotContain("someone-else");
  }

  @Test
  void whileTheRunRuns_itsPagePolls_andTheLivePartStopsPollingOnceItEnds() throws Exception {
    duo.emulator().faults().latency(Latency.ofMillis(400, 0));
    String id = start("offboard-everywhere", "mode=dry-run&in.user=leaver");

    String running = page("/console/workflow-runs/" + id);
    WorkflowRun run = awaitEnd(id);
    String ended = page("/console/workflow-runs/" + id + "/live");

    assertThat(running)
        .contains("hx-get=\"/console/workflow-runs/" + id + "/live\" hx-trigger=\"every 1s\"")
        .contains("id=\"run-state\">running</span>");
    assertThat(ended)
        .startsWith("<section id=\"run-live\"")
        .doesNotContain("hx-trigger")
        .doesNotContain("<html")
        .contains("id=\"run-state\">succeeded</span>")
        .contains(run.summary());
    assertThat(run.summary()).startsWith("dry run: ");
  }

  @Test
  void runsList_filtersByWorkflowAndByOrganization_andOrganizationsLinkToTheirRuns()
      throws Exception {
    String everywhere = start("offboard-everywhere", "mode=dry-run&in.user=leaver");
    String onboard =
        start(
            "onboard-user",
            "mode=dry-run&in.organization=Acme&in.username=jdoe&in.email=jdoe%40acme.example");
    awaitEnd(everywhere);
    awaitEnd(onboard);
    String globex = console.app.organizations().getByNameOrId("default", "Globex").id();

    String all = page("/console/workflow-runs");
    String byWorkflow = page("/console/workflow-runs?workflow=onboard-user");
    String byOrganization = page("/console/workflow-runs?org=" + globex);
    String organizations = page("/console/organizations");

    assertThat(all).contains("id=\"run-" + everywhere + "\"", "id=\"run-" + onboard + "\"");
    assertThat(byWorkflow)
        .contains("id=\"run-" + onboard + "\"")
        .doesNotContain("id=\"run-" + everywhere + "\"")
        .contains("<option value=\"onboard-user\" selected>onboard-user</option>");
    assertThat(byOrganization)
        .contains("id=\"run-" + everywhere + "\"")
        .doesNotContain("id=\"run-" + onboard + "\"");
    assertThat(organizations).contains("href=\"/console/workflow-runs?org=" + globex + "\"");
  }

  @Test
  void anUnknownRun_is404() {
    assertThat(console.get("/console/workflow-runs/nope", "Cookie", cookie).statusCode())
        .isEqualTo(404);
    assertThat(console.get("/console/workflow-runs/nope/live", "Cookie", cookie).statusCode())
        .isEqualTo(404);
  }

  @Test
  void noRunsYet_saysWhereToStartOne() {
    assertThat(page("/console/workflow-runs")).contains("No workflow runs yet");
  }

  /** Starts a run from the workflow's form; returns the run's id from the redirect. */
  private String start(String workflow, String form) {
    HttpResponse<String> started =
        console.postForm(
            "/console/workflows/" + workflow + "/run", form + "&_csrf=" + csrf, "Cookie", cookie);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(303);
    String location = started.headers().firstValue("Location").orElseThrow();
    return location.substring(location.lastIndexOf('/') + 1);
  }

  private String page(String path) {
    HttpResponse<String> page = console.get(path, "Cookie", cookie);
    assertThat(page.statusCode()).as(path).isEqualTo(200);
    return page.body();
  }

  /** The timeline's step keys, in the order the page lists them. */
  private static List<String> keys(String page) {
    return Pattern.compile("data-key=\"([^\"]+)\"")
        .matcher(page)
        .results()
        .map(m -> m.group(1))
        .toList();
  }

  /** The key of the iteration of {@code offboard} that ran in {@code organization}. */
  private static String iterationIn(String page, String organization) {
    return keys(page).stream()
        .filter(k -> k.matches("offboard\\[\\d+\\]"))
        .filter(k -> row(page, k).contains("<td>" + organization + "</td>"))
        .findFirst()
        .orElseThrow();
  }

  /** The timeline row of the step {@code key}. */
  private static String row(String page, String key) {
    int start = page.indexOf("data-key=\"" + key + "\"");
    assertThat(start).as(key).isPositive();
    return page.substring(start, page.indexOf("</tr>", start));
  }

  private WorkflowRun awaitEnd(String id) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      WorkflowRun run = console.app.workflowRuns().history().find(id).orElseThrow();
      if (run.state().finished()) {
        return run;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("run " + id + " did not end in 60 s");
  }
}
