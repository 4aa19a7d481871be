package io.duoctl.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.core.access.ApiScope;
import io.duoctl.core.jobs.OrganizationSelection;
import io.duoctl.core.logexport.LogKind;
import io.duoctl.core.logexport.exports.Checkpoint;
import io.duoctl.core.logexport.exports.ExportState;
import io.duoctl.core.logexport.exports.LogExportStore;
import io.duoctl.core.logexport.exports.NewLogExport;
import io.duoctl.core.logexport.exports.Partition;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Logs pages over HTTP: the exports with their sinks (secrets as stored), an export's progress
 * per organization, log and sink worst first with its error, paged and polled; start and stop by an
 * admin, refused for a read-only operator.
 */
@Tag("slow")
class LogExportPagesHttpTest {
  private static final String PAGE = "/console/log-exports/siem";

  @TempDir Path dataDir;
  ConsoleServer console;
  LogExportStore store;

  @BeforeEach
  void anExportWithProgress() {
    console = new ConsoleServer(dataDir);
    console.saveConfiguration("default");
    console
        .app
        .logExports()
        .create(
            new NewLogExport(
                "siem",
                null,
                OrganizationSelection.allMapped(),
                List.of("authentication", "administrator"),
                "-1d",
                List.of(
                    Map.of("kind", "file", "directory", dataDir.resolve("out").toString()),
                    Map.of(
                        "kind",
                        "splunk_hec",
                        "url",
                        "https://splunk.example:8088",
                        "token",
                        "hec-s3cr3t-token-1"))),
            ApiScope.ADMIN,
            "test");
    store = new LogExportStore(console.app.database().jdbi());
    Instant now = Instant.now();
    Partition harbor = new Partition("siem", "org-1", LogKind.AUTHENTICATION);
    store.save(
        Checkpoint.start(harbor, "Harbor Dental", "file", "1,", now.minus(Duration.ofHours(1)))
            .advanced("2,tx", now.minusSeconds(150), List.of("tx"), 1234, now),
        null);
    Partition cedar = new Partition("siem", "org-2", LogKind.ADMINISTRATOR);
    store.save(
        new Checkpoint(
            cedar,
            "Cedar Ridge Law",
            "splunk",
            "1,",
            now.minus(Duration.ofHours(3)),
            List.of(),
            0,
            null,
            null,
            null,
            "splunk_hec answered 503: server busy",
            now.minusSeconds(20)),
        null);
  }

  @AfterEach
  void stop() {
    console.close();
  }

  @Test
  void theLogsPage_listsTheExport_withItsSinks_secretsAsStored_andIsInTheNav() {
    String cookie = console.signedIn("rita", ApiScope.READ);

    String page = console.get("/console/log-exports", "Cookie", cookie).body();

    assertThat(page)
        .contains("href=\"/console/log-exports\" aria-current=\"page\">Logs</a>")
        .contains("<a href=\"/console/log-exports/siem\">siem</a>")
        .contains("<span class=\"status ok\">running</span>")
        .contains("authentication, administrator")
        .contains("splunk_hec splunk-hec: max_backoff=PT8S timeout=PT30S token=[stored] url=https")
        .contains("id=\"no-rules\"")
        .doesNotContain("hec-s3cr3t-token-1");
  }

  @Test
  void anExportsPage_showsEachPartition_failingFirst_withItsError_andTheFragmentAlone() {
    String cookie = console.signedIn("rita", ApiScope.READ);

    String page = console.get(PAGE, "Cookie", cookie).body();
    String fragment = console.get(PAGE + "/progress?offset=0", "Cookie", cookie).body();

    assertThat(page)
        .contains("hx-get=\"/console/log-exports/siem/progress?offset=0\" hx-trigger=\"every 5s\"")
        .contains("Rows 1–2 of 2")
        .contains("splunk_hec answered 503: server busy")
        .contains("<td>1234</td>")
        .doesNotContain("hec-s3cr3t-token-1")
        .doesNotContain("id=\"stop-export\"");
    assertThat(page.indexOf("Cedar Ridge Law")).isLessThan(page.indexOf("Harbor Dental"));
    assertThat(page).containsPattern("<td title=\"holds events up to [^\"]+\">2m 3\\ds</td>");
    assertThat(fragment)
        .startsWith("<section class=\"card\" id=\"export-progress\"")
        .contains("Cedar Ridge Law")
        .doesNotContain("<nav");
  }

  @Test
  void thousandsOfOrganizations_arePaged() {
    Instant now = Instant.now();
    for (int i = 0; i < 120; i++) {
      store.save(
          Checkpoint.start(
              new Partition("siem", "bulk-" + i, LogKind.AUTHENTICATION),
              "Bulk " + i,
              "file",
              "1,",
              now.minusSeconds(i)),
          null);
    }
    String cookie = console.signedIn("rita", ApiScope.READ);

    String first = console.get(PAGE, "Cookie", cookie).body();
    String last = console.get(PAGE + "/progress?offset=100", "Cookie", cookie).body();

    assertThat(first).contains("Rows 1–50 of 122").contains("id=\"progress-next\"");
    assertThat(last)
        .contains("Rows 101–122 of 122")
        .contains("id=\"progress-previous\"")
        .doesNotContain("id=\"progress-next\"");
  }

  @Test
  void anAdmin_stopsAndStartsTheExport() {
    String cookie = console.signedIn("ada", ApiScope.ADMIN);
    String csrf = console.csrfTokenOf(cookie);
    assertThat(console.get(PAGE, "Cookie", cookie).body()).contains("id=\"stop-export\"");

    HttpResponse<String> stopped =
        console.postForm(PAGE + "/stop", "_csrf=" + csrf, "Cookie", cookie);

    assertThat(stopped.statusCode()).isEqualTo(303);
    assertThat(console.app.logExports().get("siem").state()).isEqualTo(ExportState.STOPPED);
    assertThat(console.get(PAGE + "?changed=stopped", "Cookie", cookie).body())
        .contains("Export stopped.")
        .contains("id=\"start-export\"");

    console.postForm(PAGE + "/start", "_csrf=" + csrf, "Cookie", cookie);
    assertThat(console.app.logExports().get("siem").state()).isEqualTo(ExportState.RUNNING);
  }

  @Test
  void aReadOnlyOperator_cannotStopIt() {
    String cookie = console.signedIn("rita", ApiScope.READ);
    String csrf = console.csrfTokenOf(cookie);

    HttpResponse<String> refused =
        console.postForm(PAGE + "/stop", "_csrf=" + csrf, "Cookie", cookie);

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("it needs admin");
    assertThat(console.app.logExports().get("siem").state()).isEqualTo(ExportState.RUNNING);
  }

  @Test
  void anUnknownExport_isANotFoundPage() {
    String cookie = console.signedIn("rita", ApiScope.READ);

    assertThat(console.get("/console/log-exports/nope", "Cookie", cookie).statusCode())
        .isEqualTo(404);
  }
}
