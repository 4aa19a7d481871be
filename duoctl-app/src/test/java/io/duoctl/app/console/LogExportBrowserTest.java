package io.duoctl.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.core.access.ApiScope;
import io.duoctl.core.jobs.OrganizationSelection;
import io.duoctl.core.logexport.LogKind;
import io.duoctl.core.logexport.exports.Checkpoint;
import io.duoctl.core.logexport.exports.LogExportStore;
import io.duoctl.core.logexport.exports.NewLogExport;
import io.duoctl.core.logexport.exports.Partition;
import io.duoctl.core.orgs.Organization;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * A log export of the emulator's demo MSP in the browser: the Logs page lists it, its page shows
 * each organization's progress with the failing one first, and an admin stops it.
 */
@Tag("browser")
class LogExportBrowserTest {
  @RegisterExtension static final ConsoleBrowserExtension console = new ConsoleBrowserExtension();

  @BeforeAll
  static void anExportOfTheDemoMsp_withCheckpoints() throws Exception {
    console.useDemoMsp();
    console.app().mapping().refreshAccounts("demo", console.app().accountDirectory(), "test");
    console.app().organizationsFromDuo().importUnmapped("demo", "test");
    Path out = Files.createTempDirectory("duoctl-log-export");
    console
        .app()
        .logExports()
        .create(
            new NewLogExport(
                "siem-prod",
                "demo",
                OrganizationSelection.allMapped(),
                List.of("authentication", "administrator"),
                "-1d",
                List.of(
                    Map.of("kind", "file", "directory", out.toString()),
                    Map.of(
                        "kind",
                        "splunk_hec",
                        "url",
                        "https://splunk.example:8088",
                        "token",
                        "hec-s3cr3t-token-1"))),
            ApiScope.ADMIN,
            "console:tina");
    LogExportStore store = new LogExportStore(console.app().database().jdbi());
    Instant now = Instant.now();
    List<Organization> organizations = console.app().organizations().listAll("demo");
    for (int i = 0; i < organizations.size(); i++) {
      Organization org = organizations.get(i);
      for (LogKind log : List.of(LogKind.AUTHENTICATION, LogKind.ADMINISTRATOR)) {
        Partition partition = new Partition("siem-prod", org.id(), log);
        Instant from = now.minus(Duration.ofDays(1));
        store.save(
            Checkpoint.start(partition, org.name(), "file", "0,", from)
                .advanced("0,a", from, List.of(), 1000, now.minus(Duration.ofHours(1)))
                .advanced("1," + i, now.minusSeconds(140 + 30L * i), List.of(), 200 + 97 * i, now),
            null);
        boolean failing = i == 1 && log == LogKind.AUTHENTICATION;
        store.save(
            new Checkpoint(
                partition,
                org.name(),
                "splunk-hec",
                "0,",
                failing ? from : now.minusSeconds(150 + 20L * i),
                List.of(),
                failing ? 0 : 180 + 50 * i,
                null,
                null,
                failing ? null : now,
                failing ? "splunk_hec answered 503: Server is busy" : null,
                failing ? now.minusSeconds(12) : null),
            null);
      }
    }
    console.signInFirstOperator("tina", "correct horse battery staple");
  }

  @Test
  void theExportsPage_showsProgressWorstFirst_andAnAdminStopsIt() {
    console.open("/console/log-exports");
    console.awaitTitle("Logs");
    assertThat(console.find(By.id("export-siem-prod")).getText())
        .contains("running")
        .contains("token=[stored]")
        .doesNotContain("hec-s3cr3t-token-1");
    console.find(By.linkText("siem-prod")).click();

    console.awaitTitle("Log export siem-prod");
    console.screenshot("console-log-export");
    assertThat(console.find(By.xpath("(//table[@id='progress-table']//tr[td])[1]")).getText())
        .contains("splunk_hec answered 503");

    console.find(By.id("stop-export")).click();
    console.awaitText(By.id("export-state"), "stopped");
    assertThat(console.find(By.id("export-changed")).getText()).isEqualTo("Export stopped.");
  }
}
