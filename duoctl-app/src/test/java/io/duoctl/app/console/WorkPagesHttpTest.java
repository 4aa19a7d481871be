package io.duoctl.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.core.access.ApiScope;
import io.duoctl.core.actions.RunOptions;
import io.duoctl.core.audit.AuditQuery;
import io.duoctl.core.jobs.Job;
import io.duoctl.core.jobs.OrganizationSelection;
import io.duoctl.core.orgs.NewOrganization;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The organizations, actions and jobs routes over plain HTTP: CSRF, sign-in, missing things. */
@Tag("slow")
class WorkPagesHttpTest {
  @TempDir Path dataDir;
  ConsoleServer console;
  String cookie;
  String csrf;

  @BeforeEach
  void signIn() {
    console = new ConsoleServer(dataDir);
    cookie = console.signedIn("alice", ApiScope.ADMIN);
    csrf = console.csrfTokenOf(cookie);
  }

  @AfterEach
  void stop() {
    console.close();
  }

  @Test
  void runAndSavePostsWithoutTheCsrfToken_areRefusedAndChangeNothing() {
    long auditBefore = console.app.audit().find(AuditQuery.all()).total();

    for (String path :
        new String[] {
          "/console/actions/run",
          "/console/organizations/save",
          "/console/organizations/refresh",
          "/console/jobs/any/cancel",
          "/console/workflows/offboard-everywhere/run"
        }) {
      HttpResponse<String> refused =
          console.postForm(
              path,
              "action=users.list&mode=run&target=all&org=x&duo_account_id.x=y",
              "Cookie",
              cookie);
      assertThat(refused.statusCode()).as(path).isEqualTo(403);
    }
    assertThat(console.app.audit().find(AuditQuery.all()).total()).isEqualTo(auditBefore);
  }

  @Test
  void pagesWithoutAConfiguration_sayWhereToStart() {
    assertThat(console.get("/console/organizations", "Cookie", cookie).body())
        .contains("No Duo configuration is saved yet");
    assertThat(console.get("/console/actions", "Cookie", cookie).body())
        .contains("No Duo configuration is saved yet")
        .contains("<optgroup label=\"bypass_codes\">");
    assertThat(console.get("/console/jobs", "Cookie", cookie).body()).contains("No jobs yet");
  }

  @Test
  void unknownJob_is404_andItsExportsToo() {
    assertThat(console.get("/console/jobs/nope", "Cookie", cookie).statusCode()).isEqualTo(404);
    assertThat(console.get("/console/jobs/nope/export.csv", "Cookie", cookie).statusCode())
        .isEqualTo(404);
  }

  @Test
  void actionForm_ofAnActionGivenInTheUrl_isGeneratedWithRequiredMarks() {
    String page = console.get("/console/actions?action=users.get", "Cookie", cookie).body();

    assertThat(page)
        .contains("id=\"f-user\" name=\"in.user\" type=\"text\"")
        .contains("(required)")
        .contains("aria-describedby=\"h-user\"");
  }

  @Test
  void parentLevelAction_hasNoOrganizationPicker_andRunsOnceOnTheParentAccount() {
    console.saveConfiguration("default");
    console.app.organizations().create(org("Bluebird Bakery"), "test");

    String parentForm =
        console.get("/console/actions?action=accounts.delete", "Cookie", cookie).body();
    String orgForm = console.get("/console/actions?action=users.list", "Cookie", cookie).body();
    HttpResponse<String> planned =
        console.postForm(
            "/console/actions/run",
            "action=raw.accounts&mode=dry-run&in.method=POST&in.path=/accounts/v1/account/delete"
                + "&in.params=account_id%3DDANOSUCHACCOUNT00001&_csrf="
                + csrf,
            "Cookie",
            cookie);

    assertThat(parentForm).contains("id=\"parent-account\"").doesNotContain("id=\"orgs\"");
    assertThat(orgForm).contains("id=\"orgs\"").doesNotContain("id=\"parent-account\"");
    assertThat(planned.body())
        .contains("planned", "/accounts/v1/account/delete", "DANOSUCHACCOUNT00001");
    assertThat(console.app.audit().find(AuditQuery.all().withAction("run:raw.accounts")).entries())
        .singleElement()
        .satisfies(e -> assertThat(e.subjectId()).isEqualTo("parent"));
  }

  @Test
  void checkLinkOfAnOrganization_showsWhatFailedWithTheFix() {
    console.saveConfiguration("default");
    String id = console.app.organizations().create(org("Bluebird Bakery"), "test").id();

    String table = console.get("/console/organizations", "Cookie", cookie).body();
    String checked = console.get("/console/organizations?check=" + id, "Cookie", cookie).body();

    assertThat(table).contains("id=\"check-" + id + "\"");
    assertThat(checked)
        .contains("Checked Bluebird Bakery: admin not_checked")
        .contains("mapping not_mapped")
        .contains("Bluebird Bakery failed its check")
        .contains("Fix: duoctl mapping set");
  }

  @Test
  void organizationsTable_pagesFiftyAtATime_andFiltersByName() {
    console.saveConfiguration("default");
    for (int i = 0; i < 120; i++) {
      console.app.organizations().create(org(String.format("Customer %03d", i)), "test");
    }

    String first = console.get("/console/organizations", "Cookie", cookie).body();
    String filtered =
        console.get("/console/organizations?q=customer+11&show=unmapped", "Cookie", cookie).body();

    assertThat(first.split("name=\"org\" ", -1)).hasSize(51);
    assertThat(first).contains("1–50 of 120").contains("offset=50").contains("Customer 049");
    assertThat(first).doesNotContain("Customer 050");
    assertThat(filtered).contains("1–10 of 10").contains("Customer 110").contains("Customer 119");
    assertThat(filtered).doesNotContain("Customer 011<");
  }

  @Test
  void anActionReturningSecrets_forSeveralOrganizations_isRefusedBeforeAnythingRuns() {
    console.saveConfiguration("default");
    console.app.organizations().create(org("Acme"), "test");
    console.app.organizations().create(org("Globex"), "test");

    HttpResponse<String> refused =
        console.postForm(
            "/console/actions/run",
            "action=bypass_codes.create&mode=run&target=all&in.user=jdoe&_csrf=" + csrf,
            "Cookie",
            cookie);

    assertThat(refused.body()).contains("one organization at a time");
    assertThat(console.app.jobs().recent(0, 10)).isEmpty();
    assertThat(
            console
                .app
                .audit()
                .find(AuditQuery.all().withAction("run:bypass_codes.create"))
                .total())
        .isZero();
  }

  @Test
  void jobPage_namesTheOrganizationsTheJobSkipped_andWhy() throws Exception {
    console.saveConfiguration("default");
    console.app.organizations().create(org("Acme"), "test");
    Job job =
        console
            .app
            .fanOut(null)
            .start(
                "users.list",
                null,
                OrganizationSelection.allMapped(),
                RunOptions.as("console:alice", ApiScope.RUN));
    assertThat(job.await(Duration.ofSeconds(20))).isTrue();

    String page = console.get("/console/jobs/" + job.id(), "Cookie", cookie).body();

    assertThat(page)
        .contains("Skipped 1 organization (they did not run)")
        .contains("<strong>Acme</strong>: Acme is not mapped to a Duo account");
  }

  @Test
  void jobDownloads_holdEveryOrganizationsRowWithTheFailureMessage() throws Exception {
    console.saveConfiguration("default");
    console.app.organizations().create(org("Acme"), "test");
    console.app.organizations().create(org("Globex"), "test");
    Job job =
        console
            .app
            .fanOut(null)
            .start(
                "users.list",
                null,
                OrganizationSelection.of(List.of("Acme", "Globex")),
                RunOptions.as("console:alice", ApiScope.RUN));
    assertThat(job.await(Duration.ofSeconds(20))).isTrue();

    HttpResponse<String> csv =
        console.get("/console/jobs/" + job.id() + "/export.csv", "Cookie", cookie);
    HttpResponse<String> json =
        console.get("/console/jobs/" + job.id() + "/export.json", "Cookie", cookie);
    String page = console.get("/console/jobs/" + job.id(), "Cookie", cookie).body();

    assertThat(csv.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    assertThat(csv.headers().firstValue("Content-Disposition"))
        .contains("attachment; filename=\"job-" + job.id() + ".csv\"");
    assertThat(csv.body().lines()).hasSize(3);
    assertThat(csv.body()).contains("Acme").contains("Globex").contains("false");
    assertThat(json.body()).contains("\"state\" : \"FAILED\"").contains("\"rows\" : [");
    assertThat(page)
        .contains("2 of 2 done, 2 failed")
        .contains("failed")
        .doesNotContain("hx-trigger=\"every 1s\"");
  }

  private static NewOrganization org(String name) {
    return NewOrganization.named(name);
  }
}
