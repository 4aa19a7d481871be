package io.duoctl.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.core.access.ApiScope;
import io.duoctl.core.actions.RunOptions;
import io.duoctl.core.jobs.Job;
import io.duoctl.core.jobs.OrganizationSelection;
import io.duoctl.core.orgs.NewOrganization;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A job over 5,000 organizations in the console over plain HTTP: the job page stays small and the
 * rows come a page at a time, each row sent once.
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JobPageScaleHttpTest {
  private static final int ORGANIZATIONS = 5_000;
  private static final Pattern ROW_ID = Pattern.compile("id=\"job-row-(\\d+)\"");

  ConsoleServer console;
  String cookie;
  Job job;

  @BeforeAll
  void runAJobOverFiveThousandOrganizations(@TempDir Path dataDir) throws Exception {
    console = new ConsoleServer(dataDir);
    cookie = console.signedIn("alice", ApiScope.ADMIN);
    console.saveConfiguration("default");
    List<String> names = new ArrayList<>();
    for (int i = 0; i < ORGANIZATIONS; i++) {
      String name = "Org %04d".formatted(i);
      console.app.organizations().create(NewOrganization.named(name), "test");
      names.add(name);
    }
    // Unmapped organizations fail without calling Duo: 5,000 rows in a few seconds.
    job =
        console
            .app
            .fanOut(null)
            .start(
                "users.list",
                null,
                OrganizationSelection.of(names),
                RunOptions.as("console:alice", ApiScope.RUN));
    assertThat(job.await(Duration.ofMinutes(2))).isTrue();
  }

  @AfterAll
  void stop() {
    console.close();
  }

  @Test
  void jobPage_isUnder100Kb_withTheSummaryAndOnlyTheFirstPageOfRows() {
    HttpResponse<String> page = console.get("/console/jobs/" + job.id(), "Cookie", cookie);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(100_000);
    assertThat(page.body()).contains("5000 of 5000 done, 5000 failed");
    assertThat(rowIndexes(page.body())).hasSize(100).startsWith(0).endsWith(99);
    assertThat(page.body())
        .contains("hx-get=\"/console/jobs/" + job.id() + "/rows?after=99\"")
        .doesNotContain("hx-trigger=\"every 1s\"");
  }

  @Test
  void rowsFragment_carriesOnlyTheRowsAfterTheIndexGiven_andLinksTheNextPage() {
    String fragment =
        console.get("/console/jobs/" + job.id() + "/rows?after=99", "Cookie", cookie).body();

    assertThat(rowIndexes(fragment)).hasSize(100).startsWith(100).endsWith(199);
    assertThat(fragment)
        .doesNotContain("<html")
        .contains("hx-get=\"/console/jobs/" + job.id() + "/rows?after=199\"");
  }

  @Test
  void lastPage_endsWithoutALinkToMore() {
    String fragment =
        console.get("/console/jobs/" + job.id() + "/rows?after=4949", "Cookie", cookie).body();

    assertThat(rowIndexes(fragment)).hasSize(50).startsWith(4950).endsWith(4999);
    assertThat(fragment).doesNotContain("job-rows-next");
  }

  @Test
  void summaryFragment_isTheSummaryAlone() {
    String fragment =
        console.get("/console/jobs/" + job.id() + "/summary", "Cookie", cookie).body();

    assertThat(fragment).startsWith("<section id=\"job-live\"").contains("5000 of 5000 done");
    assertThat(rowIndexes(fragment)).isEmpty();
  }

  @Test
  void rowsAfterThatIsNotANumber_isRefusedNamingTheParameter() {
    HttpResponse<String> refused =
        console.get("/console/jobs/" + job.id() + "/rows?after=last", "Cookie", cookie);

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("after must be the index of the last row shown");
  }

  private static List<Integer> rowIndexes(String html) {
    List<Integer> indexes = new ArrayList<>();
    Matcher m = ROW_ID.matcher(html);
    while (m.find()) {
      indexes.add(Integer.parseInt(m.group(1)));
    }
    return indexes;
  }
}
