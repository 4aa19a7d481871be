package io.duoctl.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.core.access.ApiScope;
import io.duoctl.core.jobs.Job;
import io.duoctl.core.jobs.SkippedOrganization;
import io.duoctl.core.orgs.AccessMode;
import io.duoctl.core.orgs.NewOrganization;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The organizations and actions pages work on the configuration the operator picked. */
@Tag("slow")
class ConfigurationChoiceHttpTest {
  @TempDir Path dataDir;
  ConsoleServer console;
  String cookie;
  String csrf;

  @BeforeEach
  void signInWithTwoConfigurations() {
    console = new ConsoleServer(dataDir);
    cookie = console.signedIn("alice", ApiScope.ADMIN);
    csrf = console.csrfTokenOf(cookie);
    console.saveConfiguration("us");
    console.saveConfiguration("eu");
    console.app.settings().makeDefault("us", "test");
    create("us", "Acme US");
    create("eu", "Acme EU");
    create("eu", "Globex EU");
  }

  @AfterEach
  void stop() {
    console.close();
  }

  @Test
  void organizationsPage_listsOnlyTheSelectedConfigurationsOrganizations() {
    String byDefault = console.get("/console/organizations", "Cookie", cookie).body();
    String eu = console.get("/console/organizations?config=eu", "Cookie", cookie).body();

    assertThat(byDefault).contains("Acme US").doesNotContain("Acme EU");
    assertThat(byDefault).contains("<option value=\"us\" selected>us</option>");
    assertThat(eu).contains("Acme EU").contains("Globex EU").doesNotContain("Acme US");
    assertThat(eu)
        .contains("<option value=\"eu\" selected>eu</option>")
        .contains("name=\"config\" value=\"eu\"")
        .contains("href=\"/console/actions?config=eu\"")
        .contains("href=\"/console/jobs\"");
  }

  @Test
  void actionsPage_offersTheSelectedConfigurationsOrganizations() {
    String eu = console.get("/console/actions?config=eu", "Cookie", cookie).body();

    assertThat(eu).contains("value=\"Globex EU\"").doesNotContain("value=\"Acme US\"");
    assertThat(eu).contains("name=\"config\" value=\"eu\"");
  }

  @Test
  void aJobStartedWithEuSelected_runsOverEusOrganizations() throws Exception {
    HttpResponse<String> started =
        console.postForm(
            "/console/actions/run",
            "config=eu&action=users.list&mode=dry-run&target=tag&tag=customer&_csrf=" + csrf,
            "Cookie",
            cookie);

    assertThat(started.statusCode()).isEqualTo(303);
    String jobId =
        started.headers().firstValue("Location").orElseThrow().replace("/console/jobs/", "");
    Job job = console.app.fanOut("eu").running(jobId).orElse(null);
    if (job != null) {
      assertThat(job.await(Duration.ofSeconds(20))).isTrue();
    }
    // eu has no Admin API keys: its organizations are skipped, named with the reason
    List<String> covered = new ArrayList<>();
    console.app.jobs().rows(jobId).forEach(row -> covered.add(row.organization()));
    console.app.jobs().find(jobId).orElseThrow().skipped().stream()
        .map(SkippedOrganization::organization)
        .forEach(covered::add);
    assertThat(covered).containsExactlyInAnyOrder("Acme EU", "Globex EU");
  }

  @Test
  void unknownConfiguration_isA404NamingTheKnownOnes_onEveryPageAndPost() {
    HttpResponse<String> page = console.get("/console/organizations?config=apac", "Cookie", cookie);
    HttpResponse<String> actions = console.get("/console/actions?config=apac", "Cookie", cookie);
    HttpResponse<String> run =
        console.postForm(
            "/console/actions/run",
            "config=apac&action=users.list&mode=run&target=all&_csrf=" + csrf,
            "Cookie",
            cookie);

    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("no configuration named \"apac\"; known: eu, us");
    assertThat(actions.statusCode()).isEqualTo(404);
    assertThat(run.statusCode()).isEqualTo(404);
    assertThat(console.app.jobs().recent(0, 10)).isEmpty();
  }

  private void create(String configuration, String name) {
    console
        .app
        .organizations()
        .create(
            NewOrganization.named(name)
                .inConfiguration(configuration)
                .withTags(Set.of("customer"))
                .withAccessMode(AccessMode.PARENT),
            "test");
  }
}
