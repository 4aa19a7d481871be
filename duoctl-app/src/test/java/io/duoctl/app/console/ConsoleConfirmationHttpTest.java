package io.duoctl.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.core.access.ApiScope;
import io.duoctl.core.orgs.NewOrganization;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The actions page asks before a destructive action runs over several organizations: it names them
 * and posts their count; nothing runs until then, and a changed selection asks again.
 */
@Tag("slow")
class ConsoleConfirmationHttpTest {
  private static final String DELETE_OVER_TWO =
      "action=users.delete&target=orgs&orgs=Acme&orgs=Globex&in.user=jdoe";

  @TempDir Path dataDir;
  ConsoleServer console;
  String cookie;
  String csrf;

  @BeforeEach
  void technicianWithTwoCustomers() {
    console = new ConsoleServer(dataDir);
    console.saveConfiguration("default");
    console.app.organizations().create(NewOrganization.named("Acme"), "test");
    console.app.organizations().create(NewOrganization.named("Globex"), "test");
    cookie = console.signedIn("tech", ApiScope.RUN);
    csrf = console.csrfTokenOf(cookie);
  }

  @AfterEach
  void stop() {
    console.close();
  }

  private HttpResponse<String> post(String form) {
    return console.postForm("/console/actions/run", form + "&_csrf=" + csrf, "Cookie", cookie);
  }

  @Test
  void run_asksNamingTheOrganizations_andStartsNothing() {
    HttpResponse<String> asked = post(DELETE_OVER_TWO + "&mode=run");

    assertThat(asked.statusCode()).isEqualTo(200);
    assertThat(asked.body())
        .contains("Run users.delete for 2 organizations?")
        .contains("<li>Acme</li>")
        .contains("<li>Globex</li>")
        .contains("name=\"confirm\" value=\"2\"");
    assertThat(console.app.jobs().recent(0, 10)).isEmpty();
  }

  @Test
  void theConfirmButton_startsTheJob() {
    HttpResponse<String> started = post(DELETE_OVER_TWO + "&confirm=2");

    assertThat(started.statusCode()).as(started.body()).isEqualTo(303);
    assertThat(started.headers().firstValue("Location").orElseThrow()).startsWith("/console/jobs/");
    assertThat(console.app.jobs().recent(0, 10)).hasSize(1);
  }

  @Test
  void aConfirmationOfAnotherCount_asksAgain() {
    HttpResponse<String> asked = post(DELETE_OVER_TWO + "&confirm=3");

    assertThat(asked.body())
        .contains("not the 3 confirmed")
        .contains("Run users.delete for 2 organizations?");
    assertThat(console.app.jobs().recent(0, 10)).isEmpty();
  }

  @Test
  void goingBack_keepsTheFormFilledIn_andRunsNothing() {
    HttpResponse<String> back = post(DELETE_OVER_TWO + "&mode=back");

    assertThat(back.body()).contains("value=\"jdoe\"").doesNotContain("Run users.delete for");
    assertThat(console.app.jobs().recent(0, 10)).isEmpty();
  }

  @Test
  void aDryRun_asksNothing() {
    HttpResponse<String> started = post(DELETE_OVER_TWO + "&mode=dry-run");

    assertThat(started.statusCode()).isEqualTo(303);
  }
}
