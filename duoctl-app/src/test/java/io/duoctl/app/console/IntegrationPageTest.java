package io.duoctl.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.core.access.ApiScope;
import io.duoctl.core.settings.ConfigurationUpdate;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The integration form's input errors, over plain HTTP. */
class IntegrationPageTest {
  static final String SHORT_SECRET = "s3cr3t-but-only-thirty-nine-characters!";

  @TempDir Path dataDir;
  ConsoleServer console;
  String cookie;

  @BeforeEach
  void start() {
    console = new ConsoleServer(dataDir);
    cookie = console.signedIn("alice", ApiScope.ADMIN);
  }

  @AfterEach
  void stop() {
    console.close();
  }

  @Test
  void badInput_isExplainedPerField_nothingIsSaved_andTheSecretIsNotEchoed() {
    HttpResponse<String> page = console.get("/console/integration", "Cookie", cookie);

    HttpResponse<String> rejected =
        console.postForm(
            "/console/integration",
            "_csrf="
                + ConsoleServer.csrfToken(page)
                + "&name=production&admin.host=api-12345678.duosecurity.com"
                + "&admin.integration_key=DIXXXXXXXXXXXXXXXXXX&admin.secret_key="
                + SHORT_SECRET
                + "&advanced.proxy=proxy.example.com",
            "Cookie",
            cookie);

    assertThat(rejected.statusCode()).isEqualTo(422);
    assertThat(rejected.body())
        .contains("Nothing was saved")
        .contains("Secret key must be 40 characters, but has 39")
        .contains("Proxy port must be between 1 and 65535, e.g. 3128")
        .contains("value=\"api-12345678.duosecurity.com\"")
        .doesNotContain(SHORT_SECRET);
    assertThat(console.app.settings().list()).isEmpty();
  }

  @Test
  void unknownConfiguration_isNotFound() {
    console.app.settings().save(ConfigurationUpdate.named("production"), "test");
    HttpResponse<String> missing =
        console.get("/console/integration?config=nope", "Cookie", cookie);

    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("no configuration");
  }
}
