package io.duoctl.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.app.Duoctl;
import io.duoctl.app.cli.CliHarness.Result;
import io.duoctl.core.workflows.connections.Connection;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code duoctl connections}, in-process on an H2 data directory: values never on screen. */
@Tag("slow")
class ConnectionsCliTest {
  static final String BASIC = "Basic bm9ydGh3aW5kK3B1YmxpYzpwcml2YXRlLWtleS12YWx1ZQ==";
  static final String CLIENT_ID = "3f6c2b1e-client-id-0000-4a1b2c3d4e5f";
  static final String CW = "https://api-na.myconnectwise.net/v4_6_release/apis/3.0";

  @TempDir Path dataDir;
  CliHarness cli;

  @BeforeEach
  void harness() {
    cli = new CliHarness(dataDir);
  }

  private Result addConnectWise() {
    return cli.runWithStdin(
        BASIC + "\n\n" + CLIENT_ID + "\n",
        "connections",
        "add",
        "connectwise",
        "--base-url",
        CW,
        "--header",
        "Authorization",
        "--header",
        "clientId",
        "--description",
        "Northwind tickets",
        "--from-stdin");
  }

  @Test
  void add_readsTheValuesFromStdin_inTheOrderOfHeader_andNeverPrintsThem() {
    Result added = addConnectWise();

    assertThat(added.code()).as(added.err()).isZero();
    assertThat(added.out()).contains("connectwise", CW, "Authorization, clientId");
    assertThat(added.out()).contains("will not be shown again");
    try (Duoctl app = CliHarness.start(cli.config())) {
      Connection stored = app.connections().get("connectwise");
      assertThat(stored.headerNames()).containsExactly("Authorization", "clientId");
      assertThat(stored.description()).contains("Northwind tickets");
    }
    Result list = cli.ok("connections", "list");
    Result show = cli.ok("connections", "show", "connectwise", "-o", "json");
    assertThat(list.out()).contains("connectwise", "Authorization, clientId");
    assertThat(show.out()).contains("\"header_names\" : \"Authorization, clientId\"");
    assertThat(cli.ok("audit", "list", "--subject", "connection").out()).contains("connectwise");
    assertThat(cli.allOutput()).doesNotContain(BASIC, CLIENT_ID, "bm9ydGh3aW5k");
  }

  @Test
  void add_asksForEachValueWithoutEcho_onATerminal() {
    Result added =
        cli.runWithPrompt(
            "Bearer prompt-typed-token",
            "connections",
            "add",
            "halo-psa",
            "--base-url",
            "https://northwind.halopsa.com/api",
            "--header",
            "Authorization");

    assertThat(added.code()).as(added.err()).isZero();
    assertThat(cli.allOutput()).doesNotContain("prompt-typed-token");
    try (Duoctl app = CliHarness.start(cli.config())) {
      assertThat(app.connections().get("halo-psa").headerNames()).containsExactly("Authorization");
    }
  }

  @Test
  void aValueOnTheCommandLine_isRefused_withoutRepeatingIt() {
    Result refused =
        cli.runWithStdin(
            "",
            "connections",
            "add",
            "psa",
            "--base-url",
            CW,
            "--header",
            "Authorization: Basic cmlnaHQtb24tdGhlLWxpbmU=");

    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err()).contains("--header takes a header's name only");
    assertThat(refused.err()).doesNotContain("cmlnaHQtb24tdGhlLWxpbmU");
    assertThat(cli.ok("connections", "list").out()).contains("No connections yet");
  }

  @Test
  void withoutATerminal_orWithTooFewValues_nothingIsSaved() {
    Result noTerminal =
        cli.run("connections", "add", "psa", "--base-url", CW, "--header", "Authorization");
    Result tooFew =
        cli.runWithStdin(
            BASIC + "\n",
            "connections",
            "add",
            "psa",
            "--base-url",
            CW,
            "--header",
            "Authorization",
            "--header",
            "clientId",
            "--from-stdin");

    assertThat(noTerminal.code()).isEqualTo(2);
    assertThat(noTerminal.err()).contains("no terminal", "--from-stdin");
    assertThat(tooFew.code()).isEqualTo(2);
    assertThat(tooFew.err()).contains("stdin has 1 value for 2 headers");
    assertThat(cli.allOutput()).doesNotContain(BASIC);
    try (Duoctl app = CliHarness.start(cli.config())) {
      assertThat(app.connections().list()).isEmpty();
    }
  }

  @Test
  void badFields_exit2NamingEachOne() {
    Result bad =
        cli.runWithStdin(
            "x\n",
            "connections",
            "add",
            "Bad_Name",
            "--base-url",
            "http://psa.example.com",
            "--header",
            "Host",
            "--from-stdin");

    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("name:", "base_url:", "headers:", "Host");
  }

  @Test
  void setHeaders_replacesThemAll_andRemove_deletesTheConnection() {
    addConnectWise();

    Result replaced =
        cli.runWithStdin(
            "Basic bmV3LXZhbHVl\n",
            "connections",
            "set-headers",
            "connectwise",
            "--header",
            "Authorization",
            "--from-stdin");

    assertThat(replaced.code()).as(replaced.err()).isZero();
    assertThat(replaced.out()).contains("Authorization").doesNotContain("clientId");
    try (Duoctl app = CliHarness.start(cli.config())) {
      assertThat(app.connections().get("connectwise").headerNames())
          .containsExactly("Authorization");
    }
    Result removed = cli.ok("connections", "remove", "connectwise");
    assertThat(removed.out()).contains("Removed connection connectwise");
    Result gone = cli.run("connections", "show", "connectwise");
    assertThat(gone.code()).isEqualTo(1);
    assertThat(gone.err()).contains("no connection connectwise");
    assertThat(cli.run("connections", "set-headers", "connectwise").code()).isEqualTo(2);
    assertThat(cli.allOutput()).doesNotContain("bmV3LXZhbHVl", BASIC, CLIENT_ID);
  }
}
