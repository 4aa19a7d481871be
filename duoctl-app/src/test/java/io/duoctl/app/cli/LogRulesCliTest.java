package io.duoctl.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.app.cli.CliHarness.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code duoctl logs rules}, in-process on an H2 data directory. */
@Tag("slow")
class LogRulesCliTest {
  private static final String SECRET = "hook-secret-4242";

  @TempDir Path dataDir;
  CliHarness cli;

  @BeforeEach
  void harness() {
    cli = new CliHarness(dataDir);
  }

  Path file(String name, String text) throws Exception {
    Path file = dataDir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  @Test
  void add_list_show_test_disable_delete_neverShowingTheSecret() throws Exception {
    Path rule =
        file(
            "rule.yaml",
            """
            name: fraud-alert
            condition: log == "authentication" && event.result == "fraud"
            action:
              webhook: {url: "https://soc.example/duo", secret: %s}
            """
                .formatted(SECRET));
    Path fraud =
        file(
            "fraud.json",
            """
            {"txid": "tx-1", "timestamp": 1796638530, "result": "fraud",
             "reason": "user_marked_fraud", "factor": "duo_push", "user": {"name": "bob"}}
            """);
    Path fine = file("ok.json", "{\"txid\": \"tx-2\", \"result\": \"success\"}");

    assertThat(cli.ok("logs", "rules", "add", "--file", rule.toString()).out())
        .contains("Added log rule \"fraud-alert\" (enabled): webhook; its secret is stored");
    assertThat(cli.ok("logs", "rules", "list").out()).contains("fraud-alert", "webhook", "true");
    assertThat(cli.ok("logs", "rules", "show", "fraud-alert").out())
        .contains("url: https://soc.example/duo", "not shown");
    Result matched = cli.run("logs", "rules", "test", "fraud-alert", "--event", fraud.toString());
    assertThat(matched.code()).isZero();
    assertThat(matched.out())
        .contains("true", "POST the firing as JSON to https://soc.example/duo");
    assertThat(cli.run("logs", "rules", "test", "fraud-alert", "--event", fine.toString()).code())
        .isEqualTo(1);
    assertThat(cli.ok("logs", "rules", "disable", "fraud-alert").out()).contains("disabled");
    assertThat(cli.ok("logs", "rules", "delete", "fraud-alert").out()).contains("Deleted");
    assertThat(cli.ok("logs", "rules", "list").out()).contains("No log rules yet");
    assertThat(cli.ok("audit", "list", "--subject", "log_rule").out())
        .contains("created", "deleted");
    assertThat(cli.allOutput()).doesNotContain(SECRET);
  }

  @Test
  void add_aBadRule_exits2NamingEachFieldAndPosition() throws Exception {
    Path rule =
        file(
            "bad.yaml",
            """
            name: bad-rule
            condition: event.result ==
            aggregate: {group_by: event.user.name, at_least: 5, within: soon}
            action:
              email: {host: smtp.example, from: duoctl@example, to: soc@example, subject: "{nope}"}
            """);

    Result result = cli.run("logs", "rules", "add", "--file", rule.toString());

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err())
        .contains("aggregate.within: \"soon\" is not a duration")
        .contains("action.email.subject: unknown placeholder {nope}");
    Path celOnly =
        file(
            "cel.yaml",
            "name: bad-cel\ncondition: event.result ==\naction: {webhook: {url: http://h/x}}\n");
    Result cel = cli.run("logs", "rules", "add", "--file", celOnly.toString());
    assertThat(cel.code()).isEqualTo(2);
    assertThat(cel.err()).contains("condition:", "line 1, column");
    assertThat(cli.run("logs", "rules", "show", "nope").err()).contains("no log rule named");
  }
}
