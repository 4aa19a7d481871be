package io.duoctl.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.app.cli.CliHarness.Result;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code duoctl logs export} and {@code logs query}, in-process on an H2 data directory. */
@Tag("slow")
class LogsCliTest {
  private static final String TOKEN = "Bearer s3cr3t-hec-token-123";

  @TempDir Path dataDir;
  CliHarness cli;

  @BeforeEach
  void harness() {
    cli = new CliHarness(dataDir);
    cli.ok("config", "set", "--request-timeout", "2", "--no-validate");
    cli.ok("orgs", "add", "Harbor Dental", "--tag", "dental");
  }

  @Test
  void start_list_status_stop_startAgain_delete_neverEchoingTheSecret() {
    Result started =
        cli.run(
            "logs",
            "export",
            "start",
            "siem",
            "--tag",
            "dental",
            "--logs",
            "authentication,administrator",
            "--from",
            "-30d",
            "--sink",
            "file:" + dataDir.resolve("events"),
            "--sink",
            "http:https://siem.example/events,name=siem-http,authorization=" + TOKEN);
    assertThat(started.code()).as(started.err()).isZero();
    assertThat(started.out()).contains("log export siem created and started");

    Result list = cli.ok("logs", "export", "list");
    assertThat(list.out())
        .contains("siem", "running", "tag:dental", "authentication,administrator")
        .contains("file:file", "http:siem-http")
        .doesNotContain("s3cr3t");
    assertThat(cli.ok("logs", "export", "list", "-o", "json").out()).doesNotContain("s3cr3t");
    assertThat(cli.ok("logs", "export", "status", "siem").out()).contains("EXPORT", "LAG");

    assertThat(cli.ok("logs", "export", "stop", "siem").out()).contains("stopped");
    assertThat(cli.ok("logs", "export", "list").out()).contains("stopped");
    assertThat(cli.ok("logs", "export", "start", "siem").out()).contains("started");
    assertThat(cli.ok("logs", "export", "list").out()).contains("running");

    Result again =
        cli.run(
            "logs",
            "export",
            "start",
            "siem",
            "--all-orgs",
            "--logs",
            "activity",
            "--sink",
            "file:" + dataDir.resolve("other"));
    assertThat(again.code()).isEqualTo(ErrorHandler.FAILED);
    assertThat(again.err()).contains("a log export named siem exists already");

    assertThat(cli.ok("logs", "export", "delete", "siem").out()).contains("deleted");
    Result gone = cli.run("logs", "export", "status", "siem");
    assertThat(gone.code()).isEqualTo(ErrorHandler.FAILED);
    assertThat(gone.err()).contains("no log export named siem");
  }

  @Test
  void start_withBadInput_namesEveryFieldAndItsFix_andStoresNothing() {
    Result bad =
        cli.run(
            "logs",
            "export",
            "start",
            "Bad Name",
            "--orgs",
            "Nowhere Clinic",
            "--logs",
            "authentication,billing",
            "--from",
            "-200d",
            "--sink",
            "file:relative/dir,rotate_every=soon",
            "--sink",
            "http:ftp://siem.example,name=x,authorization=" + TOKEN);

    assertThat(bad.code()).isEqualTo(ErrorHandler.USAGE);
    assertThat(bad.err())
        .contains("name: must be lower-case letters")
        .contains("organizations: no organization named \"Nowhere Clinic\"")
        .contains("logs: must be among")
        .contains("from: must be within Duo's 180 days")
        .contains("sinks[0].rotate_every: must be an ISO-8601 duration")
        .contains("sinks[0].directory: must be an absolute path")
        .contains("sinks[1].url: must start with https://")
        .doesNotContain("s3cr3t");
    assertThat(cli.ok("logs", "export", "list").out()).doesNotContain("Bad Name");
  }

  @Test
  void query_withBadInput_namesTheField() {
    Result bad =
        cli.run(
            "logs", "query", "--org", "Harbor Dental", "--log", "billing", "--from", "yesterday");
    assertThat(bad.code()).isEqualTo(ErrorHandler.USAGE);
    assertThat(bad.err()).contains("log: must be one of").contains("from: must be now");
  }
}
