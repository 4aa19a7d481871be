package io.duoctl.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.core.access.ApiScope;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Console sessions live in the database: restarts keep them, sign-out and password changes end
 * them.
 */
@Tag("slow")
class ConsoleSessionsTest {
  @TempDir Path dataDir;
  ConsoleServer console;

  @AfterEach
  void stop() {
    if (console != null) {
      console.close();
    }
  }

  @Test
  void session_survivesARestart_onTheSameDatabase() {
    console = new ConsoleServer(dataDir);
    String cookie = console.signedIn("alice", ApiScope.ADMIN);
    console.close();

    console = new ConsoleServer(dataDir);
    HttpResponse<String> page = console.get("/console/integration", "Cookie", cookie);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<span class=\"operator\">alice</span>");
    assertThat(console.get("/console/integration").statusCode())
        .as("without the cookie")
        .isEqualTo(303);
  }

  @Test
  void database_keepsOnlyAHashOfTheSessionId() {
    console = new ConsoleServer(dataDir);
    String cookie = console.signedIn("alice", ApiScope.ADMIN);

    List<Map<String, Object>> rows =
        console
            .app
            .database()
            .jdbi()
            .withHandle(h -> h.createQuery("SELECT * FROM console_session").mapToMap().list());

    assertThat(rows).isNotEmpty();
    assertThat(rows.toString()).doesNotContain(cookie.substring(cookie.indexOf('=') + 1));
  }

  @Test
  void signOut_endsTheSession_alsoAfterARestart() {
    console = new ConsoleServer(dataDir);
    String cookie = console.signedIn("alice", ApiScope.ADMIN);
    HttpResponse<String> page = console.get("/console/integration", "Cookie", cookie);

    HttpResponse<String> out =
        console.postForm(
            "/console/sign-out", "_csrf=" + ConsoleServer.csrfToken(page), "Cookie", cookie);
    console.close();
    console = new ConsoleServer(dataDir);

    assertThat(out.statusCode()).isEqualTo(303);
    assertSignedOut(cookie);
  }

  @Test
  void passwordChange_signsTheOperatorOut() {
    console = new ConsoleServer(dataDir);
    String cookie = console.signedIn("alice", ApiScope.ADMIN);
    assertThat(console.get("/console/audit", "Cookie", cookie).statusCode()).isEqualTo(200);

    console.app.operators().changePassword("alice", "a brand new passphrase".toCharArray(), "cli");

    assertSignedOut(cookie);
  }

  @Test
  void deletingTheOperator_signsThemOut_only() {
    console = new ConsoleServer(dataDir);
    String alice = console.signedIn("alice", ApiScope.ADMIN);
    String bob = console.signedIn("bob", ApiScope.READ);

    console.app.operators().delete("bob", "cli");

    assertSignedOut(bob);
    assertThat(console.get("/console/audit", "Cookie", alice).statusCode()).isEqualTo(200);
  }

  private void assertSignedOut(String cookie) {
    HttpResponse<String> page = console.get("/console/audit", "Cookie", cookie);
    assertThat(page.statusCode()).isEqualTo(303);
    assertThat(page.headers().firstValue("Location")).contains("/console/sign-in");
  }
}
