package io.duoctl.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {
  @TempDir Path dataDir;

  @Test
  void serve_printsItsUrl_answersHealthAndTheApi_untilInterrupted() throws Exception {
    PipedWriter pipe = new PipedWriter();
    BufferedReader printed = new BufferedReader(new PipedReader(pipe, 1 << 16));
    CommandLine cli = DuoctlCommand.commandLine(CliHarness.command());
    cli.setOut(new PrintWriter(pipe, true));
    cli.setErr(new PrintWriter(new StringWriter(), true));
    AtomicInteger exitCode = new AtomicInteger(-1);
    Thread running =
        Thread.ofVirtual()
            .start(
                () ->
                    exitCode.set(
                        cli.execute("serve", "--port", "0", "--data", dataDir.toString())));

    String line = printed.readLine();
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
    running.interrupt();
    running.join(10_000);

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"status\":\"ok\"");
    assertThat(api.statusCode()).isEqualTo(401);
    assertThat(exitCode).hasValue(0);
    assertThat(running.isAlive()).isFalse();
  }

  @Test
  void serve_rejectsABadPort_asAUsageError() {
    CommandLine cli = DuoctlCommand.commandLine(CliHarness.command());
    cli.setErr(new PrintWriter(new StringWriter(), true));

    assertThat(cli.execute("serve", "--port", "70000", "--data", dataDir.toString())).isEqualTo(2);
  }
}
