package io.duoctl.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.core.audit.AuditQuery;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The organizations, actions and jobs routes over plain HTTP: CSRF, sign-in, missing things. */
class WorkPagesHttpTest {
  @TempDir Path dataDir;
  ConsoleServer console;
  String cookie;
  String csrf;

  @BeforeEach
  void signIn() {
    console = new ConsoleServer(dataDir);
    HttpResponse<String> setup = console.get("/console/setup");
    cookie = ConsoleServer.sessionCookie(setup);
    csrf = ConsoleServer.csrfToken(setup);
    HttpResponse<String> done =
        console.postForm(
            "/console/setup",
            "token="
                + ConsoleModules.setupToken(console.app)
                + "&username=alice&password=long-enough-password&password2=long-enough-password"
                + "&_csrf="
                + csrf,
            "Cookie",
            cookie);
    assertThat(done.statusCode()).isEqualTo(303);
    if (done.headers().firstValue("Set-Cookie").isPresent()) {
      cookie = ConsoleServer.sessionCookie(done);
      csrf = ConsoleServer.csrfToken(console.get("/console/actions", "Cookie", cookie));
    }
  }

  @AfterEach
  void stop() {
    console.close();
  }

  @Test
  void runAndSavePostsWithoutTheCsrfToken_areRefusedAndChangeNothing() {
    long auditBefore = console.app.audit().find(AuditQuery.all()).total();

    for (String path :
        new String[] {
          "/console/actions/run",
          "/console/organizations/save",
          "/console/organizations/refresh",
          "/console/jobs/any/cancel"
        }) {
      HttpResponse<String> refused =
          console.postForm(
              path, "action=users.list&mode=run&target=all&org=x&account.x=y", "Cookie", cookie);
      assertThat(refused.statusCode()).as(path).isEqualTo(403);
    }
    assertThat(console.app.audit().find(AuditQuery.all()).total()).isEqualTo(auditBefore);
  }

  @Test
  void pagesWithoutAConfiguration_sayWhereToStart() {
    assertThat(console.get("/console/organizations", "Cookie", cookie).body())
        .contains("No Duo configuration is saved yet");
    assertThat(console.get("/console/actions", "Cookie", cookie).body())
        .contains("No Duo configuration is saved yet")
        .contains("<optgroup label=\"bypass_codes\">");
    assertThat(console.get("/console/jobs", "Cookie", cookie).body()).contains("No jobs yet");
  }

  @Test
  void unknownJob_is404_andItsExportsToo() {
    assertThat(console.get("/console/jobs/nope", "Cookie", cookie).statusCode()).isEqualTo(404);
    assertThat(console.get("/console/jobs/nope/export.csv", "Cookie", cookie).statusCode())
        .isEqualTo(404);
  }

  @Test
  void actionForm_ofAnActionGivenInTheUrl_isGeneratedWithRequiredMarks() {
    String page = console.get("/console/actions?action=users.get", "Cookie", cookie).body();

    assertThat(page)
        .contains("id=\"f-user\" name=\"in.user\" type=\"text\"")
        .contains("(required)")
        .contains("aria-describedby=\"h-user\"");
  }
}
