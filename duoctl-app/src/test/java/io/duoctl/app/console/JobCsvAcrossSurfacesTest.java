package io.duoctl.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.app.api.actions.MspApi;
import io.duoctl.app.api.actions.MspApi.Reply;
import io.duoctl.app.cli.CliRun;
import io.duoctl.core.access.ApiScope;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** One job's CSV from the REST API, the console's export link and {@code duoctl jobs rows}. */
class JobCsvAcrossSurfacesTest {
  @RegisterExtension static DuoEmulatorExtension duo = new DuoEmulatorExtension();

  @TempDir Path dataDir;
  MspApi api;

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void theSameJob_isTheSameCsvBytes_fromRestConsoleAndCli() throws Exception {
    api = new MspApi(duo.emulator(), dataDir, List.of("Harbor Dental", "Cedar Ridge Law"));
    for (String user : List.of("amy", "bo")) {
      create(user, "Harbor Dental");
    }
    create("cy", "Cedar Ridge Law");
    Reply started =
        api.post(
            "/api/v1/jobs",
            api.runToken,
            "{'action': 'users.list', 'organizations': ['Harbor Dental', 'Cedar Ridge Law',"
                + " 'Bluebird Bakery']}");
    assertThat(started.status()).as(started.text()).isEqualTo(202);
    String id = started.json().path("id").asText();
    var running = api.duoctl.fanOutRunning(id).flatMap(fanOut -> fanOut.running(id));
    if (running.isPresent()) {
      assertThat(running.get().await(Duration.ofSeconds(60))).isTrue();
    }

    String rest = api.get("/api/v1/jobs/" + id + "/rows?format=csv", api.readToken).text();
    String console = consoleExport(id);
    String cli = cli("jobs", "rows", id, "-o", "csv");

    assertThat(console).isEqualTo(rest);
    assertThat(cli).isEqualTo(rest);
    List<String> lines = rest.lines().toList();
    assertThat(lines.get(0))
        .startsWith(
            "organization,organization_id,ok,error.code,error.message,error.duo_code,"
                + "error.message_detail,")
        .contains(",username,");
    assertThat(lines.subList(1, lines.size()))
        .hasSize(4)
        .anySatisfy(l -> assertThat(l).startsWith("Harbor Dental,").contains(",amy,"))
        .anySatisfy(l -> assertThat(l).startsWith("Harbor Dental,").contains(",bo,"))
        .anySatisfy(l -> assertThat(l).startsWith("Cedar Ridge Law,").contains(",cy,"))
        .anySatisfy(
            l -> assertThat(l).startsWith("Bluebird Bakery,").contains(",unknown_organization,"));
    assertThat(rest).doesNotContain("[", "{", "UNKNOWN_ORGANIZATION");
  }

  private void create(String username, String organization) {
    Reply created =
        api.post(
            "/api/v1/actions/users.create/run",
            api.runToken,
            "{'organization': '" + organization + "', 'input': {'username': '" + username + "'}}");
    assertThat(created.status()).as(created.text()).isEqualTo(200);
  }

  private String consoleExport(String jobId) throws Exception {
    api.duoctl
        .operators()
        .create("alice", "correct horse battery staple".toCharArray(), ApiScope.READ, "test");
    HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    HttpResponse<String> page = http.send(request("/console/sign-in").build(), body());
    HttpResponse<String> signedIn =
        http.send(
            request("/console/sign-in")
                .header("Cookie", ConsoleServer.sessionCookie(page))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username=alice&password=correct horse battery staple&_csrf="
                            + ConsoleServer.csrfToken(page)))
                .build(),
            body());
    HttpResponse<String> export =
        http.send(
            request("/console/jobs/" + jobId + "/export.csv")
                .header("Cookie", ConsoleServer.sessionCookie(signedIn))
                .build(),
            body());
    assertThat(export.statusCode()).isEqualTo(200);
    return export.body();
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(api.server.baseUri() + path));
  }

  private static HttpResponse.BodyHandler<String> body() {
    return HttpResponse.BodyHandlers.ofString();
  }

  private String cli(String... args) {
    return CliRun.output(dataDir, args);
  }
}
