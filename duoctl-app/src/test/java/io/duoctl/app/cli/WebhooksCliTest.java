package io.duoctl.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.duoctl.app.Duoctl;
import io.duoctl.app.cli.CliHarness.Result;
import io.duoctl.core.settings.ConfigurationUpdate;
import io.duoctl.core.workflows.webhooks.Webhook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code duoctl webhooks}, in-process on an H2 data directory. */
@Tag("slow")
class WebhooksCliTest {
  static final Pattern SECRET = Pattern.compile("duoctl_whsec_[A-Za-z0-9_-]{43}");

  @TempDir Path dataDir;
  CliHarness cli;

  @BeforeEach
  void harness() {
    cli = new CliHarness(dataDir);
  }

  static String secretIn(String text) {
    Matcher m = SECRET.matcher(text);
    assertThat(m.find()).as("a secret in: %s", text).isTrue();
    return m.group();
  }

  Webhook stored(String name) {
    try (Duoctl app = CliHarness.start(cli.config())) {
      return app.webhooks().get(name);
    }
  }

  @Test
  void add_withASample_printsTheSecretOnce_andListShowAndAuditNeverShowIt() {
    Result added =
        cli.ok(
            "webhooks",
            "add",
            "cw",
            "--workflow",
            "offboard-everywhere",
            "--sample",
            "connectwise",
            "--yes");

    assertThat(added.out())
        .contains(
            "Registered webhook \"cw\": each delivery starts offboard-everywhere (confirmed).")
        .contains("it will not be shown again")
        .contains("/api/v1/webhooks/cw/deliveries");
    String secret = secretIn(added.out());
    assertThat(cli.ok("webhooks", "list").out())
        .contains("cw", "offboard-everywhere", "true", "(default)", "cli:tester")
        .doesNotContain(secret);
    assertThat(cli.ok("webhooks", "show", "cw").out())
        .contains("mapping:", "payload.Type == 'ticket'")
        .doesNotContain(secret);
    assertThat(cli.ok("audit", "list", "--subject", "webhook").out())
        .contains("created", "[redacted]")
        .doesNotContain(secret);
    assertThat(cli.allOutput().split(Pattern.quote(secret), -1)).hasSize(2);
    assertThat(stored("cw").confirmed()).isTrue();
  }

  @Test
  void add_fromAMappingFile_inAConfiguration_asJson() throws Exception {
    try (Duoctl app = CliHarness.start(cli.config())) {
      app.settings().save(ConfigurationUpdate.named("eu"), "cli:tester");
    }
    Path mapping = dataDir.resolve("mapping.cel");
    Files.writeString(mapping, "{'user': payload.ticket.user}");

    Result added =
        cli.ok(
            "webhooks",
            "add",
            "halo",
            "--workflow",
            "offboard-everywhere",
            "--mapping-file",
            mapping.toString(),
            "--config",
            "eu",
            "-o",
            "json");

    JsonNode json = new ObjectMapper().readTree(added.out()).get(0);
    assertThat(json.get("name").asText()).isEqualTo("halo");
    assertThat(json.get("configuration").asText()).isEqualTo("eu");
    assertThat(json.get("secret").asText()).matches(SECRET);
    assertThat(added.err()).contains("it will not be shown again");
    assertThat(stored("halo").mapping()).isEqualTo("{'user': payload.ticket.user}");
    assertThat(stored("halo").confirmed()).isFalse();
  }

  @Test
  void add_withBadInput_exits2_namingEachField_orTheOption() {
    Result bad =
        cli.run(
            "webhooks",
            "add",
            "Bad Name",
            "--workflow",
            "offboard-everywher",
            "--sample",
            "connectwise",
            "--config",
            "us");
    Result both =
        cli.run(
            "webhooks",
            "add",
            "a",
            "--workflow",
            "offboard-everywhere",
            "--sample",
            "halopsa",
            "--mapping-file",
            "x.cel");
    Result unknownSample =
        cli.run("webhooks", "add", "a", "--workflow", "offboard-everywhere", "--sample", "zendesk");
    Result noFile =
        cli.run(
            "webhooks",
            "add",
            "a",
            "--workflow",
            "offboard-everywhere",
            "--mapping-file",
            dataDir.resolve("missing.cel").toString());

    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err())
        .contains("name:", "workflow:", "configuration:")
        .contains("offboard-everywhere");
    assertThat(both.code()).isEqualTo(2);
    assertThat(both.err()).contains("--mapping-file", "--sample");
    assertThat(unknownSample.code()).isEqualTo(2);
    assertThat(unknownSample.err()).contains("sample:", "connectwise, halopsa, autotask");
    assertThat(noFile.code()).isEqualTo(2);
    assertThat(noFile.err()).contains("--mapping-file: no file");
    assertThat(cli.ok("webhooks", "list").out()).contains("No webhooks yet");
  }

  @Test
  void rotateDisableEnableAndRemove_changeIt() {
    String first =
        secretIn(
            cli.ok(
                    "webhooks",
                    "add",
                    "at",
                    "--workflow",
                    "offboard-everywhere",
                    "--sample",
                    "autotask")
                .out());

    String second = secretIn(cli.ok("webhooks", "rotate-secret", "at").out());
    assertThat(second).isNotEqualTo(first);
    cli.ok("webhooks", "disable", "at");
    assertThat(stored("at").enabled()).isFalse();
    cli.ok("webhooks", "enable", "at");
    assertThat(stored("at").enabled()).isTrue();
    assertThat(cli.ok("webhooks", "remove", "at").out()).contains("Removed webhook \"at\"");

    Result missing = cli.run("webhooks", "show", "at");
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).contains("no webhook named \"at\"");
  }
}
