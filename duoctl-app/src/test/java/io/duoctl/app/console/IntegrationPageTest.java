package io.duoctl.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.core.access.ApiScope;
import io.duoctl.core.settings.ConfigurationUpdate;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The integration form's input errors, over plain HTTP. */
@Tag("slow")
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
  void proxyPassword_isWriteOnly_maskedAfterSave_andKeptWhenLeftEmpty() {
    String password = "Pr0xyPassw0rd-never-shown";
    HttpResponse<String> page = console.get("/console/integration", "Cookie", cookie);
    String csrf = ConsoleServer.csrfToken(page);
    String proxy = "&name=production&advanced.proxy=127.0.0.1:3128&advanced.proxy_user=svc-duo";

    HttpResponse<String> saved =
        console.postForm(
            "/console/integration",
            "_csrf=" + csrf + proxy + "&advanced.proxy_password=" + password,
            "Cookie",
            cookie);
    HttpResponse<String> shown =
        console.get("/console/integration?config=production", "Cookie", cookie);

    assertThat(saved.statusCode()).isEqualTo(303);
    assertThat(shown.body())
        .doesNotContain(password)
        .contains("id=\"advanced-proxy_password-stored\">Saved: ••••")
        .contains("<summary>Replace</summary>")
        .contains("value=\"svc-duo\"");
    assertThat(storedProxyPassword()).isEqualTo(password);

    HttpResponse<String> resaved =
        console.postForm(
            "/console/integration",
            "_csrf=" + csrf + proxy + "&advanced.proxy_password=",
            "Cookie",
            cookie);

    assertThat(resaved.statusCode()).isEqualTo(303);
    assertThat(storedProxyPassword()).as("an empty field keeps it").isEqualTo(password);
  }

  @Test
  void proxyUserWithoutPassword_isRejectedOnThePasswordField() {
    HttpResponse<String> page = console.get("/console/integration", "Cookie", cookie);

    HttpResponse<String> rejected =
        console.postForm(
            "/console/integration",
            "_csrf="
                + ConsoleServer.csrfToken(page)
                + "&name=production&advanced.proxy=127.0.0.1:3128&advanced.proxy_user=svc-duo",
            "Cookie",
            cookie);

    assertThat(rejected.statusCode()).isEqualTo(422);
    assertThat(rejected.body())
        .contains("id=\"advanced-proxy_password-error\">Proxy password is required");
  }

  private String storedProxyPassword() {
    return console.app.settings().get("production").advanced().proxy().password().reveal();
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
