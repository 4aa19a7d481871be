package io.duoctl.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API explorer at /api/docs: served without a token, from our own files and the WebJar. */
class ApiDocsHttpTest {
  private static final Pattern LINKED = Pattern.compile("(?:src|href)=\"([^\"]+)\"");

  @TempDir Path dataDir;
  ApiHarness api;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() {
    api = new ApiHarness(dataDir);
  }

  @AfterEach
  void stop() {
    api.close();
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void page_isServedWithoutAToken_andLinksOnlyItsOwnFiles() throws Exception {
    HttpResponse<String> page = get("/api/docs");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(page.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(
            csp -> assertThat(csp).contains("script-src 'self';").doesNotContain("http"));
    assertThat(page.body()).contains("API token").doesNotContain("http://", "https://", "<script>");
    Matcher linked = LINKED.matcher(page.body());
    List<String> files = linked.results().map(m -> m.group(1)).toList();
    assertThat(files)
        .containsExactlyInAnyOrder(
            "/api/docs/swagger-ui.css",
            "/api/docs/api-docs.css",
            "/api/docs/swagger-ui-bundle.js",
            "/api/docs/api-docs.js");
    for (String file : files) {
      HttpResponse<String> served = get(file);
      assertThat(served.statusCode()).as(file).isEqualTo(200);
      assertThat(served.headers().firstValue("Content-Type"))
          .as(file)
          .hasValueSatisfying(
              t -> assertThat(t).startsWith(file.endsWith(".js") ? "text/javascript" : "text/css"));
      assertThat(served.body()).as(file).isNotBlank();
    }
    assertThat(get("/api/docs/swagger-ui-bundle.js").body()).contains("SwaggerUIBundle");
    assertThat(get("/api/docs/api-docs.js").body())
        .contains("/api/openapi.json", "validatorUrl: null", "bearerAuth")
        .doesNotContain("http://", "https://");
  }

  @Test
  void onlyTheExplorerGoesWithoutAToken() throws Exception {
    assertThat(get("/api/docs/nothing.js").statusCode()).isEqualTo(404);
    assertThat(get("/api/docsx").statusCode()).isEqualTo(401);
    assertThat(get("/api/openapi.json").statusCode()).isEqualTo(401);
    assertThat(get("/api/v1/organizations").statusCode()).isEqualTo(401);
  }
}
