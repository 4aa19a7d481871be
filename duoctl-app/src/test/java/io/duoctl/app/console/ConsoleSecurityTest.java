package io.duoctl.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.core.access.ApiScope;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sessions, CSRF and security headers, over plain HTTP. */
@Tag("slow")
class ConsoleSecurityTest {
  static final String PASSWORD = "correct horse battery staple";

  @TempDir Path dataDir;
  ConsoleServer console;

  @BeforeEach
  void start() {
    console = new ConsoleServer(dataDir);
  }

  @AfterEach
  void stop() {
    console.close();
  }

  @Test
  void formPostWithoutCsrfToken_isRefusedWith403() {
    HttpResponse<String> page = console.get("/console/setup");
    String cookie = ConsoleServer.sessionCookie(page);

    HttpResponse<String> refused =
        console.postForm(
            "/console/setup",
            "token="
                + ConsoleModules.setupToken(console.app)
                + "&username=mallory&password=long-enough-password&password2=long-enough-password",
            "Cookie",
            cookie);

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("did not come from duoctl's console");
    assertThat(console.get("/console/setup", "Cookie", cookie).body())
        .contains("Create operator and sign in");
  }

  @Test
  void formPostWithAnotherSessionsToken_isRefused_withItsOwnTokenIsAccepted() {
    HttpResponse<String> mine = console.get("/console/setup");
    HttpResponse<String> theirs = console.get("/console/setup");
    String form =
        "token="
            + ConsoleModules.setupToken(console.app)
            + "&username=alice&password=long-enough-password&password2=long-enough-password&_csrf=";

    HttpResponse<String> refused =
        console.postForm(
            "/console/setup",
            form + ConsoleServer.csrfToken(theirs),
            "Cookie",
            ConsoleServer.sessionCookie(mine));
    HttpResponse<String> accepted =
        console.postForm(
            "/console/setup",
            form + ConsoleServer.csrfToken(mine),
            "Cookie",
            ConsoleServer.sessionCookie(mine));

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(accepted.statusCode()).isEqualTo(303);
    assertThat(accepted.headers().firstValue("Location")).contains("/console/dashboard");
  }

  @Test
  void signIn_afterRepeatedFailures_isThrottledAndSaysHowLongToWait() {
    console.app.operators().create("alice", PASSWORD.toCharArray(), ApiScope.ADMIN, "test");
    HttpResponse<String> page = console.get("/console/sign-in");
    String cookie = ConsoleServer.sessionCookie(page);
    String csrf = ConsoleServer.csrfToken(page);

    HttpResponse<String> last = null;
    for (int i = 0; i < 6; i++) {
      last =
          console.postForm(
              "/console/sign-in",
              "username=alice&password=wrong-password-" + i + "&_csrf=" + csrf,
              "Cookie",
              cookie);
    }

    assertThat(last.statusCode()).isEqualTo(429);
    assertThat(last.headers().firstValue("Retry-After")).isPresent();
    assertThat(last.body())
        .containsPattern("Too many failed sign-ins\\. Wait \\d+ minutes?, then try again\\.");
  }

  @Test
  void readOnlyOperator_cannotSaveSettings() {
    console.app.operators().create("reader", PASSWORD.toCharArray(), ApiScope.READ, "test");
    HttpResponse<String> page = console.get("/console/sign-in");
    HttpResponse<String> signedIn =
        console.postForm(
            "/console/sign-in",
            "username=reader&password=" + PASSWORD + "&_csrf=" + ConsoleServer.csrfToken(page),
            "Cookie",
            ConsoleServer.sessionCookie(page));
    String cookie = ConsoleServer.sessionCookie(signedIn);
    HttpResponse<String> integration = console.get("/console/integration", "Cookie", cookie);

    HttpResponse<String> refused =
        console.postForm(
            "/console/integration",
            "name=production&_csrf=" + ConsoleServer.csrfToken(integration),
            "Cookie",
            cookie);

    assertThat(integration.statusCode()).isEqualTo(200);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("Your role (read) does not allow this");
    assertThat(console.app.settings().list()).isEmpty();
  }

  @Test
  void htmxPostWithoutSession_isRefusedWith403() {
    HttpResponse<String> refused =
        console.postForm("/console/sign-out", "", "HX-Request", "true", "X-CSRF-Token", "guess");

    assertThat(refused.statusCode()).isEqualTo(403);
  }

  @Test
  void everyConsoleResponse_carriesTheSecurityHeaders() {
    for (HttpResponse<String> response :
        java.util.List.of(
            console.get("/console/sign-in"),
            console.get("/console/integration"),
            console.get("/console/assets/console.css"),
            console.postForm("/console/sign-in", "username=a&password=b"))) {
      assertThat(response.headers().firstValue("Content-Security-Policy"))
          .as(response.uri().getPath())
          .contains(
              "default-src 'self'; script-src 'self'; style-src 'self'; frame-ancestors 'none';"
                  + " form-action 'self'; base-uri 'none'");
      assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
      assertThat(response.headers().firstValue("Referrer-Policy")).contains("same-origin");
    }
  }

  @Test
  void sessionCookie_isHttpOnlyAndSameSiteLax_andNotSecureOnPlainHttp() {
    String setCookie =
        console.get("/console/sign-in").headers().firstValue("Set-Cookie").orElseThrow();

    assertThat(setCookie)
        .startsWith("duoctl_session=")
        .contains("; HttpOnly", "; SameSite=Lax", "; Path=/console")
        .doesNotContain("Secure");
  }

  @Test
  void pagesWithoutSignIn_redirectToSignIn_andHtmxGetsHxRedirect() {
    HttpResponse<String> page = console.get("/console/audit");
    HttpResponse<String> fragment = console.get("/console/audit", "HX-Request", "true");

    assertThat(page.statusCode()).isEqualTo(303);
    assertThat(page.headers().firstValue("Location")).contains("/console/sign-in");
    assertThat(fragment.headers().firstValue("HX-Redirect")).contains("/console/sign-in");
  }

  @Test
  void pages_haveNoInlineScripts_andLoadHtmxFromTheConsole() {
    HttpResponse<String> page = console.get("/console/sign-in");
    HttpResponse<String> htmx = console.get("/console/assets/htmx.min.js");

    assertThat(page.body()).doesNotContain("<script>").contains("/console/assets/htmx.min.js");
    assertThat(htmx.statusCode()).isEqualTo(200);
    assertThat(htmx.body()).contains("htmx");
  }
}
