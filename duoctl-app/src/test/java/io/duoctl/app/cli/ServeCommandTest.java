package io.duoctl.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {
  @TempDir Path dataDir;

  @Test
  void serve_printsItsUrl_answersHealthAndTheApi_untilInterrupted() throws Exception {
    ForegroundRun serve = ForegroundRun.start("serve", "--port", "0", "--data", dataDir.toString());

    String line = serve.readLine();
    Matcher url = Pattern.compile("serving (http://127\\.0\\.0\\.1:\\d+)").matcher(line);
    assertThat(url.find()).as(line).isTrue();
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> health =
        http.send(
            HttpRequest.newBuilder(URI.create(url.group(1) + "/health")).build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> api =
        http.send(
            HttpRequest.newBuilder(URI.create(url.group(1) + "/api/v1/organizations")).build(),
            HttpResponse.BodyHandlers.ofString());
    serve.stop(10_000);

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"status\":\"ok\"");
    assertThat(api.statusCode()).isEqualTo(401);
    assertThat(serve.exitCode()).as(serve.err()).isZero();
    assertThat(serve.isAlive()).isFalse();
  }

  @Test
  void serve_withTrustedProxies_saysWhoseForwardedForItBelieves() throws Exception {
    ForegroundRun serve =
        ForegroundRun.start(
            "serve",
            "--port",
            "0",
            "--trusted-proxy",
            "10.0.0.0/8,::1",
            "--trusted-proxy",
            "192.0.2.10",
            "--data",
            dataDir.toString());

    String lines = serve.readLine() + serve.readLine() + serve.readLine();
    serve.stop(10_000);

    assertThat(lines)
        .contains(
            "duoctl: X-Forwarded-For believed from 10.0.0.0/8, 0:0:0:0:0:0:0:1/128,"
                + " 192.0.2.10/32");
  }

  @Test
  void serve_rejectsATrustedProxyThatIsNoRange_asAUsageError() {
    CommandLine cli = DuoctlCommand.commandLine(CliHarness.command());
    StringWriter err = new StringWriter();
    cli.setErr(new PrintWriter(err, true));

    assertThat(
            cli.execute("serve", "--trusted-proxy", "proxy.example", "--data", dataDir.toString()))
        .isEqualTo(2);
    assertThat(err.toString())
        .contains(
            "--trusted-proxy: trusted proxy \"proxy.example\" is not an IP address or CIDR range;"
                + " give one like 10.0.0.0/8");
  }

  @Test
  void serve_rejectsABadPort_asAUsageError() {
    CommandLine cli = DuoctlCommand.commandLine(CliHarness.command());
    cli.setErr(new PrintWriter(new StringWriter(), true));

    assertThat(cli.execute("serve", "--port", "70000", "--data", dataDir.toString())).isEqualTo(2);
  }
}
