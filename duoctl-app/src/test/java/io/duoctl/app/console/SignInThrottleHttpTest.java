package io.duoctl.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.core.access.TrustedProxies;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which address sign-in attempts count against (the socket's peer, or behind a trusted proxy the
 * right-most untrusted X-Forwarded-For hop), and the setup token throttled like passwords.
 */
@Tag("slow")
class SignInThrottleHttpTest {
  static final String PASSWORD = "correct horse battery staple";
  static final int PER_CLIENT = 20;

  @TempDir Path dataDir;
  ConsoleServer console;

  @AfterEach
  void stop() {
    console.close();
  }

  /** A failed sign-in for a new username each time, so only the per-address limit can bite. */
  HttpResponse<String> failSignIn(int attempt, String forwardedFor) {
    HttpResponse<String> page = console.get("/console/sign-in");
    return console.postForm(
        "/console/sign-in",
        "username=guess" + attempt + "&password=wrong&_csrf=" + ConsoleServer.csrfToken(page),
        "Cookie",
        ConsoleServer.sessionCookie(page),
        "X-Forwarded-For",
        forwardedFor);
  }

  @Test
  void byDefault_forwardedForIsIgnored_andAttemptsCountAgainstTheSocketAddress() {
    console = new ConsoleServer(dataDir);
    for (int i = 0; i < PER_CLIENT; i++) {
      assertThat(failSignIn(i, "203.0.113." + i).statusCode()).isEqualTo(401);
    }

    HttpResponse<String> refused = failSignIn(PER_CLIENT, "198.51.100.1");

    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Retry-After")).isPresent();
  }

  @Test
  void behindATrustedProxy_attemptsCountAgainstTheForwardedClient() {
    console = new ConsoleServer(dataDir, TrustedProxies.of(List.of("127.0.0.0/8", "10.0.0.0/8")));
    for (int i = 0; i < PER_CLIENT; i++) {
      assertThat(failSignIn(i, "203.0.113.7, 10.1.1.1").statusCode()).isEqualTo(401);
    }

    assertThat(failSignIn(PER_CLIENT, "203.0.113.7").statusCode()).isEqualTo(429);
    assertThat(failSignIn(PER_CLIENT + 1, "192.0.2.1, 203.0.113.7").statusCode())
        .as("a hop the client wrote itself does not free it")
        .isEqualTo(429);
    assertThat(failSignIn(PER_CLIENT + 2, "198.51.100.1").statusCode()).isEqualTo(401);
  }

  @Test
  void setup_afterRepeatedWrongTokens_isThrottledAndSaysHowLongToWait() {
    console = new ConsoleServer(dataDir);
    HttpResponse<String> page = console.get("/console/setup");
    String cookie = ConsoleServer.sessionCookie(page);
    String form =
        "username=root&password="
            + PASSWORD
            + "&password2="
            + PASSWORD
            + "&_csrf="
            + ConsoleServer.csrfToken(page)
            + "&token=";

    HttpResponse<String> last = null;
    for (int i = 0; i < 6; i++) {
      last = console.postForm("/console/setup", form + "guess" + i, "Cookie", cookie);
    }
    HttpResponse<String> rightToken =
        console.postForm(
            "/console/setup", form + ConsoleModules.setupToken(console.app), "Cookie", cookie);

    assertThat(last.statusCode()).isEqualTo(429);
    assertThat(last.headers().firstValue("Retry-After")).isPresent();
    assertThat(last.body())
        .containsPattern("Too many failed sign-ins\\. Wait \\d+ minutes?, then try again\\.");
    assertThat(rightToken.statusCode()).isEqualTo(429);
    assertThat(console.app.operators().none()).isTrue();
  }
}
