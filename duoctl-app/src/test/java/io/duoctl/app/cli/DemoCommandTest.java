package io.duoctl.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DemoCommandTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path tmp;

  @Test
  void demo_printsUrlTokenAndCredentials_servesTheConfiguredApi_andCleansUpOnStop()
      throws Exception {
    ForegroundRun demo = ForegroundRun.start("demo", "--port", "0");

    String output = readUntilReady(demo);
    String base = find(output, "Console\\s+(http://[^/\\s]+)/console/");
    String token = find(output, "admin token: (duoctl_\\S+)");
    Path data = Path.of(find(output, "Data\\s+(\\S+)"));

    HttpResponse<String> health = get(base + "/health", null);
    HttpResponse<String> organizations = get(base + "/api/v1/organizations", token);
    HttpResponse<String> withoutToken = get(base + "/api/v1/organizations", null);
    demo.stop(30_000);

    assertThat(output)
        .contains("Auth API ok, Accounts API ok, Admin API ok")
        .contains("sign in as demo / ")
        .contains("Organizations 4, 3 mapped to Duo accounts")
        .contains("export DUOCTL_DATA=" + data + " DUOCTL_URL=" + base + " DUOCTL_TOKEN=" + token);
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(organizations.statusCode()).as(organizations.body()).isEqualTo(200);
    assertThat(organizations.body()).contains("Harbor Dental", "Maple Street Veterinary");
    assertThat(withoutToken.statusCode()).isEqualTo(401);
    assertThat(demo.exitCode()).as(demo.err()).isZero();
    assertThat(data).doesNotExist();
  }

  @Test
  void demo_refusesADataDirectoryThatAlreadyHoldsSomething() throws Exception {
    Files.writeString(tmp.resolve("something"), "x");
    StringWriter err = new StringWriter();
    CommandLine cli = DuoctlCommand.commandLine(CliHarness.command());
    cli.setErr(new PrintWriter(err, true));

    int exitCode = cli.execute("demo", "--port", "0", "--data", tmp.toString());

    assertThat(exitCode).isEqualTo(2);
    assertThat(err.toString()).contains("is not empty").contains("--data");
    assertThat(tmp.resolve("something")).exists();
  }

  private static String readUntilReady(ForegroundRun demo) throws Exception {
    List<String> lines = new ArrayList<>();
    String line;
    while ((line = demo.readLine()) != null) {
      lines.add(line);
      if (line.contains("Ctrl-C stops the demo")) {
        break;
      }
    }
    return String.join("\n", lines);
  }

  private static String find(String text, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(text);
    assertThat(matcher.find()).as("%s in%n%s", regex, text).isTrue();
    return matcher.group(1);
  }

  private static HttpResponse<String> get(String url, String token) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
