package io.duoctl.app.api.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.duoctl.app.api.actions.MspApi;
import io.duoctl.app.api.actions.MspApi.Reply;
import io.duoctl.emulator.faults.Fault;
import io.duoctl.emulator.faults.FaultRule;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A job's rows streamed over real HTTP while the job runs against a slow Duo. */
@Tag("slow")
class JobRowStreamApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CREATE =
      "{'action': 'users.create', 'all_organizations': true, 'input': {'username': 'svc'}}";

  @RegisterExtension static DuoEmulatorExtension duo = new DuoEmulatorExtension();

  @TempDir Path dataDir;
  MspApi api;
  final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void stop() {
    if (api != null) {
      api.close();
    }
  }

  /** A job over four organizations where two answer after {@code slow}. */
  String startJobWithTwoSlowOrganizations(Duration slow) {
    api =
        new MspApi(
            duo.emulator(),
            dataDir,
            IntStream.rangeClosed(1, 4).mapToObj(i -> "Org " + i).toList());
    duo.faults().add(new FaultRule("POST", "/admin/v1/users", 1.0, 2, Fault.delay(slow)));
    Reply started = api.post("/api/v1/jobs", api.runToken, CREATE);
    assertThat(started.status()).as(started.text()).isEqualTo(202);
    return started.json().path("id").asText();
  }

  HttpResponse<Stream<String>> stream(String path, String accept) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(api.server.baseUri() + path))
            .header("Authorization", "Bearer " + api.readToken);
    if (accept != null) {
      request.header("Accept", accept);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofLines());
  }

  String state(String jobId) {
    return api.get("/api/v1/jobs/" + jobId, api.readToken).json().path("state").asText();
  }

  @Test
  void ndjson_deliversEachRowAsItIsStored_andEndsWhenTheJobEnds() throws Exception {
    String id = startJobWithTwoSlowOrganizations(Duration.ofSeconds(3));

    HttpResponse<Stream<String>> response =
        stream("/api/v1/jobs/" + id + "/rows", "application/x-ndjson");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/x-ndjson");
    List<JsonNode> lines = new ArrayList<>();
    List<String> stateAtLine = new ArrayList<>();
    Iterator<String> it = response.body().iterator();
    while (it.hasNext()) {
      lines.add(JSON.readTree(it.next()));
      stateAtLine.add(state(id));
    }
    assertThat(stateAtLine.get(0)).as("the first row came while the job ran").isEqualTo("running");
    assertThat(state(id)).as("the stream ended with the job").isEqualTo("succeeded");
    assertThat(lines)
        .extracting(l -> l.path("index").asInt())
        .containsExactlyInAnyOrder(0, 1, 2, 3);
    JsonNode page = api.get("/api/v1/jobs/" + id + "/rows", api.readToken).json().path("rows");
    for (JsonNode line : lines) {
      assertThat(line).isEqualTo(page.get(line.path("index").asInt()));
      assertThat(line.path("data").path("username").asText()).isEqualTo("svc");
    }
  }

  @Test
  void csv_streamOfARunningJob_givesALinePerRowAsStored_andOfAFinishedOneThePageBytes()
      throws Exception {
    String id = startJobWithTwoSlowOrganizations(Duration.ofSeconds(2));

    HttpResponse<Stream<String>> live =
        stream("/api/v1/jobs/" + id + "/rows?format=csv&stream=true", null);
    List<String> lines = live.body().toList();

    assertThat(live.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(lines).hasSize(5);
    assertThat(lines.get(0)).startsWith("organization,organization_id,ok,error.code");
    assertThat(lines.subList(1, 5)).allSatisfy(line -> assertThat(line).contains("svc"));
    Reply page = api.get("/api/v1/jobs/" + id + "/rows?format=csv", api.readToken);
    Reply finished = api.get("/api/v1/jobs/" + id + "/rows?format=csv&stream=true", api.readToken);
    assertThat(finished.text()).isEqualTo(page.text());
  }

  @Test
  void stream_withAPage_isA400NamingStream() {
    String id = startJobWithTwoSlowOrganizations(Duration.ofMillis(1));

    Reply refused = api.get("/api/v1/jobs/" + id + "/rows?stream=true&limit=5", api.readToken);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().path("error").path("field").asText()).isEqualTo("stream");
  }
}
