package io.duoctl.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.core.access.ApiScope;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening the console's root, as a browser does, lands on a page (no redirect loop). */
class ConsoleRootHttpTest {
  private static final List<String> ROOTS = List.of("/", "/console", "/console/");
  private static final int MAX_HOPS = 5;

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
  void signedIn_withoutDuoConfigured_theRootLandsOnTheIntegrationPage() {
    String cookie = console.signedIn("alice", ApiScope.READ);

    for (String root : ROOTS) {
      Landing landing = follow(root, cookie);

      assertThat(landing.status()).as(root + " via " + landing.hops()).isEqualTo(200);
      assertThat(landing.path()).as(root).isEqualTo("/console/integration");
    }
  }

  @Test
  void signedIn_withDuoConfigured_theRootLandsOnTheDashboard() {
    console.saveConfiguration("default");
    String cookie = console.signedIn("alice", ApiScope.READ);

    for (String root : ROOTS) {
      Landing landing = follow(root, cookie);

      assertThat(landing.status()).as(root + " via " + landing.hops()).isEqualTo(200);
      assertThat(landing.path()).as(root).isEqualTo("/console/dashboard");
      assertThat(landing.body()).contains("MFA coverage per customer", "Trends");
    }
  }

  @Test
  void signedOut_theRootLandsOnTheSignInPage() {
    for (String root : ROOTS) {
      Landing landing = follow(root, null);

      assertThat(landing.status()).as(root + " via " + landing.hops()).isEqualTo(200);
      assertThat(landing.path()).as(root).isEqualTo("/console/sign-in");
      assertThat(landing.body()).contains("name=\"password\"");
    }
  }

  private record Landing(int status, String path, String body, List<String> hops) {}

  /** Follows redirects like a browser, keeping the session cookie the server sets. */
  private Landing follow(String path, String cookie) {
    List<String> hops = new ArrayList<>();
    String current = path;
    while (true) {
      hops.add(current);
      HttpResponse<String> response =
          cookie == null ? console.get(current) : console.get(current, "Cookie", cookie);
      if (response.headers().firstValue("Set-Cookie").isPresent()) {
        cookie = ConsoleServer.sessionCookie(response);
      }
      if (response.statusCode() / 100 != 3 || hops.size() > MAX_HOPS) {
        return new Landing(response.statusCode(), current, response.body(), hops);
      }
      String location = response.headers().firstValue("Location").orElseThrow();
      current = URI.create("http://host" + current).resolve(location).getPath();
    }
  }
}
