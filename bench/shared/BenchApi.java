import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The REST API of a {@code duoctl serve} on this machine, called with a bearer token. */
record BenchApi(int port, String token) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /**
   * {@code GET path}, its answer as JSON whatever the status.
   *
   * @throws IOException when the server does not answer (stopped, killed, not up yet)
   */
  JsonNode get(String path) throws IOException, InterruptedException {
    HttpResponse<String> response =
        HTTP.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(response.body());
  }

  /**
   * {@code POST path} with {@code body} as JSON.
   *
   * @throws IllegalStateException naming the status and the answer unless it is {@code expected}
   */
  JsonNode post(String path, Object body, int expected) throws IOException, InterruptedException {
    HttpResponse<String> response =
        HTTP.send(
            request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != expected) {
      throw new IllegalStateException(
          "POST " + path + " answered " + response.statusCode() + ": " + response.body());
    }
    return JSON.readTree(response.body());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Authorization", "Bearer " + token);
  }
}
