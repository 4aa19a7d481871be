package io.duoctl.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.emulator.DuoEmulator;
import io.duoctl.emulator.IntegrationKeys;
import io.duoctl.emulator.model.Account;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the setup flows through the CLI, then searches the database files, every captured stdout and
 * stderr, and the log file for each secret used: none may appear in plain text.
 */
@Tag("slow")
class NoSecretLeaksTest {
  static final Path LOG = Path.of("target", "duoctl-app-test.log");

  @TempDir Path dataDir;

  @Test
  void setupFlows_leaveNoSecretInTheDatabaseFilesOutputOrLogs() throws IOException {
    List<String> secrets = new ArrayList<>();
    try (DuoEmulator duo = DuoEmulator.builder().seed(8).build().start()) {
      Account msp = duo.givenParentAccount("Leak Check MSP");
      IntegrationKeys auth = duo.givenAuthApi(msp);
      IntegrationKeys accounts = duo.givenAccountsApi(msp);
      IntegrationKeys admin = duo.givenAdminApi(msp);
      Account child = duo.givenChildAccount(msp, "Acme Corporation");
      IntegrationKeys childAdmin = duo.givenAdminApi(child);
      String wrongSkey = "Wr0ngSecretKeyWr0ngSecretKeyWr0ngSecretK";
      String directoryKey = "DIRKEY-leakcheck-5d0c1b7e9a2f4c33";
      String proxyPassword = "proxy-pass-leakcheck-42";
      secrets.addAll(
          List.of(
              auth.secretKey(),
              accounts.secretKey(),
              admin.secretKey(),
              childAdmin.secretKey(),
              wrongSkey,
              directoryKey,
              proxyPassword));
      CliHarness cli = new CliHarness(dataDir);
      String[] set = {
        "config",
        "set",
        "--auth-host",
        auth.apiHostname(),
        "--auth-ikey",
        auth.integrationKey(),
        "--accounts-host",
        accounts.apiHostname(),
        "--accounts-ikey",
        accounts.integrationKey(),
        "--admin-host",
        admin.apiHostname(),
        "--admin-ikey",
        admin.integrationKey(),
        "--proxy",
        "127.0.0.1:" + duo.proxyAddress().getPort(),
        "--allow-plain-http",
        "--secret-keys-from-stdin",
        "--output",
        "json"
      };
      cli.runWithStdin(
          "auth="
              + auth.secretKey()
              + "\naccounts="
              + accounts.secretKey()
              + "\nadmin="
              + wrongSkey,
          set);
      cli.runWithStdin(
          "auth="
              + auth.secretKey()
              + "\naccounts="
              + accounts.secretKey()
              + "\nadmin="
              + admin.secretKey(),
          set);
      cli.runWithStdin(
          "proxy=" + proxyPassword,
          "config",
          "set",
          "--config",
          "proxied",
          "--proxy",
          "127.0.0.1:3128",
          "--proxy-user",
          "alice",
          "--secret-keys-from-stdin");
      assertThat(cli.run("config", "validate").code()).isZero();
      cli.run("orgs", "add", "ACME Corp.");
      cli.run("orgs", "add", "Own Keys Co", "--mode", "own-keys");
      cli.run("mapping", "refresh");
      cli.run("mapping", "suggest", "--apply");
      cli.runWithStdin(directoryKey, "orgs", "set-directory-key", "ACME Corp.", "--from-stdin");
      cli.runWithStdin(
          childAdmin.secretKey(),
          "orgs",
          "set-keys",
          "Own Keys Co",
          "--api",
          "ADMIN",
          "--host",
          childAdmin.apiHostname(),
          "--ikey",
          childAdmin.integrationKey(),
          "--from-stdin");
      for (String format : List.of("table", "json", "csv")) {
        cli.run("config", "show", "--output", format);
        cli.run("config", "show", "--config", "proxied", "--output", format);
        cli.run("orgs", "list", "--output", format);
        cli.run("audit", "list", "--limit", "1000", "--output", format);
      }
      cli.run("master-key", "rotate");
      cli.run("config", "show");

      String output = cli.allOutput();
      assertThat(output).contains("••••").contains("[redacted]").contains("ok");
      String log = Files.exists(LOG) ? Files.readString(LOG, StandardCharsets.ISO_8859_1) : "";
      List<Path> files;
      try (Stream<Path> walk = Files.walk(dataDir)) {
        files = walk.filter(Files::isRegularFile).toList();
      }
      assertThat(files).anySatisfy(f -> assertThat(f.toString()).endsWith(".mv.db"));
      for (String secret : secrets) {
        assertThat(output).as("CLI output").doesNotContain(secret);
        assertThat(log).as("log file").doesNotContain(secret);
        for (Path file : files) {
          String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
          assertThat(bytes).as(file.toString()).doesNotContain(secret);
        }
      }
    }
  }
}
