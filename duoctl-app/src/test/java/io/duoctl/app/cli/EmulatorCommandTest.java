package io.duoctl.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class EmulatorCommandTest {

  @Test
  void emulator_printsItsDescriptionThenServesUntilInterrupted() throws Exception {
    ForegroundRun emulator =
        ForegroundRun.start("emulator", "--port", "0", "--fixture", "demo", "--no-tls");

    JsonNode description = new ObjectMapper().readTree(emulator.readLine());
    HttpResponse<String> ping =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(description.path("base_url").asText() + "/auth/v2/ping"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    emulator.stop(10_000);

    assertThat(description.path("accounts").size()).isGreaterThan(1);
    assertThat(description.path("hostnames").toString()).contains(".duo.test");
    assertThat(ping.statusCode()).isEqualTo(200);
    assertThat(ping.body()).contains("\"stat\":\"OK\"").contains("\"time\"");
    assertThat(emulator.exitCode()).isZero();
  }

  @Test
  void emulator_rejectsUsersWithoutTenants_asAUsageError() {
    StringWriter err = new StringWriter();
    CommandLine cli = DuoctlCommand.commandLine(CliHarness.command());
    cli.setErr(new PrintWriter(err, true));

    int exitCode = cli.execute("emulator", "--users", "3");

    assertThat(exitCode).isEqualTo(2);
    assertThat(err.toString()).contains("--users needs --tenants");
  }

  @Test
  void emulator_rejectsAnUnknownRateLimitScope_asAUsageError() {
    StringWriter err = new StringWriter();
    CommandLine cli = DuoctlCommand.commandLine(CliHarness.command());
    cli.setErr(new PrintWriter(err, true));

    int exitCode = cli.execute("emulator", "--rate-limit-scope", "tenant");

    assertThat(exitCode).isEqualTo(2);
    assertThat(err.toString()).contains("rate limit scope must be integration or account");
  }
}
