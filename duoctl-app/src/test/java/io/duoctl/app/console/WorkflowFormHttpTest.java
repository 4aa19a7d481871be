package io.duoctl.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.core.access.ApiScope;
import io.duoctl.core.workflows.connections.NewConnection;
import io.duoctl.core.workflows.runs.RunFilter;
import io.duoctl.core.workflows.runs.WorkflowRun;
import io.duoctl.emulator.admin.users.User;
import io.duoctl.emulator.admin.users.UserDirectory;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import io.duoctl.emulator.model.Account;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workflows page and a workflow's form over HTTP against the emulator: the form is generated
 * from the inputs, and what core answers — field errors, a refusal by scope, a question to confirm
 * — is what the operator sees; nothing starts until core accepts.
 */
@Tag("slow")
class WorkflowFormHttpTest {
  private static final String OFFBOARD = "/console/workflows/offboard-everywhere/run";

  @RegisterExtension static DuoEmulatorExtension duo = new DuoEmulatorExtension();

  @TempDir Path dataDir;
  ConsoleServer console;
  Map<String, Account> customers;
  String cookie;
  String csrf;

  @BeforeEach
  void technicianWithThreeCustomers() {
    console = new ConsoleServer(dataDir);
    customers = console.customersAt(duo.emulator(), List.of("Acme", "Globex", "Initech"));
    UserDirectory.of(duo.world(), customers.get("Globex")).create(User.builder("leaver"));
    cookie = console.signedIn("tech", ApiScope.RUN);
    csrf = console.csrfTokenOf(cookie);
  }

  @AfterEach
  void stop() {
    console.close();
  }

  private HttpResponse<String> post(String path, String form) {
    return console.postForm(path, form + "&_csrf=" + csrf, "Cookie", cookie);
  }

  private List<WorkflowRun> runs() {
    return console.app.workflowRuns().history().recent(RunFilter.ALL, 0, 10);
  }

  @Test
  void workflowsPage_listsEachWorkflowWithItsInputs_andLinksToItsForm() {
    String page = console.get("/console/workflows", "Cookie", cookie).body();

    assertThat(page)
        .contains("href=\"/console/workflows?config=default\" aria-current=\"page\">Workflows")
        .contains("href=\"/console/workflows/offboard-everywhere?config=default\">Offboard")
        .contains("href=\"/console/workflows/onboard-user?config=default\">Onboard a user</a>")
        .contains("Looks for the person by username, alias or email in every mapped organization")
        .contains("<code>user</code> <span class=\"hint\">user, required</span>")
        .contains("One of: disable, delete.")
        .contains("href=\"/console/workflow-runs?workflow=offboard-everywhere\"");
  }

  @Test
  void aSavedWorkflow_isListedAsSaved_andItsFormSaysWhatItsWaitAndHttpStepsDo() {
    console
        .app
        .connections()
        .create(
            new NewConnection("psa", "https://psa.example.com/api", Map.of(), "The PSA"),
            "cli:tester");
    console
        .app
        .workflows()
        .save(
            """
            name: pause-then-note
            title: Pause, then note the ticket
            version: 1
            inputs:
              ticket:
                type: string
                required: true
                description: The ticket
            steps:
              - id: pause
                name: Let the user read their mail
                wait: 10m
              - id: note
                name: Note the ticket
                http:
                  connection: psa
                  method: POST
                  path: ${{ "/tickets/" + inputs.ticket + "/notes" }}
                  body:
                    text: done
            """,
            "cli:tester");

    String list = console.get("/console/workflows", "Cookie", cookie).body();
    String form = console.get("/console/workflows/pause-then-note", "Cookie", cookie).body();

    assertThat(list)
        .contains("href=\"/console/workflows/pause-then-note?config=default\">Pause, then note")
        .contains("<code class=\"hint\">pause-then-note</code> <span class=\"hint\">saved</span>")
        .doesNotContain("<code class=\"hint\">onboard-user</code> <span class=\"hint\">saved");
    assertThat(form)
        .contains("Let the user read their mail <span class=\"hint\">(waits <code>10m</code>)")
        .contains(
            "Note the ticket <span class=\"hint\">(<code>POST psa ${{ \"/tickets/\" + inputs.ticket")
        .doesNotContain("null");
  }

  @Test
  void form_isGeneratedFromTheInputs_withTheActionFormsControls() {
    String onboard = console.get("/console/workflows/onboard-user", "Cookie", cookie).body();
    String offboard =
        console.get("/console/workflows/offboard-everywhere", "Cookie", cookie).body();

    assertThat(onboard)
        .contains("id=\"f-username\" name=\"in.username\" type=\"text\"")
        .contains("id=\"f-email\" name=\"in.email\" type=\"email\"")
        .contains("id=\"f-phone\" name=\"in.phone\" type=\"tel\"")
        .contains("<textarea id=\"f-groups\" name=\"in.groups\"")
        .contains("The new user's username")
        .contains("(required)")
        .contains("Create or find the user");
    assertThat(offboard)
        .contains("<select id=\"f-mode\" name=\"in.mode\"")
        .contains("<option value=\"disable\" selected>disable</option>")
        .contains("Default: disable.")
        .contains("for each organizations: all");
  }

  @Test
  void invalidInputs_showCoresErrorsNextToTheirFields_andStartNothing() {
    HttpResponse<String> refused =
        post(
            "/console/workflows/onboard-user/run",
            "mode=run&in.organization=Acme&in.email=jdoe%40example&in.phone=12345");

    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body())
        .contains("<p class=\"field-error\" id=\"e-username\" role=\"alert\">Username is required")
        .contains("id=\"e-email\"")
        .contains("id=\"e-phone\"")
        .contains("aria-describedby=\"h-email e-email\" aria-invalid=\"true\"")
        .contains("value=\"Acme\"");
    assertThat(runs()).isEmpty();
  }

  @Test
  void aReadOnlyOperator_getsCoresRefusal_andNothingStarts() {
    String reader = console.signedIn("reader", ApiScope.READ);

    HttpResponse<String> refused =
        console.postForm(
            OFFBOARD,
            "mode=dry-run&in.user=leaver&_csrf=" + console.csrfTokenOf(reader),
            "Cookie",
            reader);

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body())
        .contains("id=\"run-error\"")
        .contains("needs the run scope; the caller has read")
        .contains("value=\"leaver\"");
    assertThat(runs()).isEmpty();
  }

  @Test
  void aWorkflowThatMayDeleteAcrossOrganizations_asksFirst_andStartsOnceConfirmed() {
    HttpResponse<String> asked = post(OFFBOARD, "mode=run&in.user=leaver&in.mode=disable");

    assertThat(asked.statusCode()).isEqualTo(200);
    assertThat(asked.body())
        .contains("Run offboard-everywhere?")
        .contains("<li><code>users.delete</code></li>")
        .contains("name=\"confirm\" value=\"yes\"")
        .contains("value=\"leaver\"");
    assertThat(runs()).isEmpty();

    HttpResponse<String> started = post(OFFBOARD, "confirm=yes&in.user=leaver&in.mode=disable");

    assertThat(started.statusCode()).as(started.body()).isEqualTo(303);
    assertThat(runs())
        .singleElement()
        .satisfies(
            run -> {
              assertThat(started.headers().firstValue("Location"))
                  .contains("/console/workflow-runs/" + run.id());
              assertThat(run.trigger().toString()).isEqualTo("console");
              assertThat(run.actor()).isEqualTo("console:tech");
              assertThat(run.dryRun()).isFalse();
            });
  }

  @Test
  void aDryRun_needsNoConfirmation_andHtmxIsSentToTheRunPage() {
    HttpResponse<String> started =
        console.postForm(
            OFFBOARD,
            "mode=dry-run&in.user=leaver&_csrf=" + csrf,
            "Cookie",
            cookie,
            "HX-Request",
            "true");

    assertThat(started.statusCode()).isEqualTo(200);
    assertThat(runs())
        .singleElement()
        .satisfies(
            run -> {
              assertThat(started.headers().firstValue("HX-Redirect"))
                  .contains("/console/workflow-runs/" + run.id());
              assertThat(run.dryRun()).isTrue();
            });
  }

  @Test
  void aRunStarts_inTheConfigurationTheFormShows() {
    console.saveConfiguration("eu");

    String form =
        console.get("/console/workflows/offboard-everywhere?config=eu", "Cookie", cookie).body();
    HttpResponse<String> started = post(OFFBOARD, "config=eu&mode=dry-run&in.user=leaver");

    assertThat(form)
        .contains("<option value=\"eu\" selected>eu</option>")
        .contains("<input type=\"hidden\" name=\"config\" value=\"eu\">");
    assertThat(started.statusCode()).isEqualTo(303);
    assertThat(runs())
        .singleElement()
        .satisfies(run -> assertThat(run.configuration()).contains("eu"));
  }

  @Test
  void goingBack_keepsTheFormFilledIn_andStartsNothing() {
    HttpResponse<String> back = post(OFFBOARD, "mode=back&in.user=leaver&in.mode=delete");

    assertThat(back.body())
        .contains("value=\"leaver\"")
        .contains("<option value=\"delete\" selected>delete</option>")
        .doesNotContain("Run offboard-everywhere?");
    assertThat(runs()).isEmpty();
  }

  @Test
  void anUnknownWorkflow_is404NamingIt() {
    HttpResponse<String> form = console.get("/console/workflows/nope", "Cookie", cookie);
    HttpResponse<String> run = post("/console/workflows/nope/run", "mode=run");

    assertThat(form.statusCode()).isEqualTo(404);
    assertThat(form.body()).contains("no workflow nope");
    assertThat(run.statusCode()).isEqualTo(404);
  }

  @Test
  void aRunPostWithoutTheCsrfToken_isRefused_andStartsNothing() {
    HttpResponse<String> refused =
        console.postForm(OFFBOARD, "confirm=yes&in.user=leaver", "Cookie", cookie);

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(runs()).isEmpty();
  }
}
