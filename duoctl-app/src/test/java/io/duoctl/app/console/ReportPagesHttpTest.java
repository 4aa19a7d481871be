package io.duoctl.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.core.access.ApiScope;
import io.duoctl.emulator.admin.users.User;
import io.duoctl.emulator.admin.users.UserDirectory;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import io.duoctl.emulator.model.Account;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report pages and the drift page over HTTP against the emulator: what core refuses (an unknown
 * report, a tag no organization has, bad input, a download format that is not one) is a 4xx page
 * naming it, never a 5xx; a run shows its rows.
 */
@Tag("slow")
class ReportPagesHttpTest {
  @RegisterExtension static DuoEmulatorExtension duo = new DuoEmulatorExtension();

  @TempDir Path dataDir;
  ConsoleServer console;
  Map<String, Account> customers;
  String cookie;
  String csrf;

  @BeforeEach
  void technicianWithTwoCustomers() {
    console = new ConsoleServer(dataDir);
    customers = console.customersAt(duo.emulator(), List.of("Acme", "Globex"));
    UserDirectory.of(duo.world(), customers.get("Globex")).create(User.builder("jdoe"));
    cookie = console.signedIn("tech", ApiScope.RUN);
    csrf = console.csrfTokenOf(cookie);
  }

  @AfterEach
  void stop() {
    console.close();
  }

  private HttpResponse<String> post(String path, String form) {
    return console.postForm(path, form + "&_csrf=" + csrf, "Cookie", cookie);
  }

  @Test
  void anUnknownReport_isA404Page() {
    HttpResponse<String> page = console.get("/console/reports/no_such_report", "Cookie", cookie);

    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("no_such_report");
  }

  @Test
  void aRunOverAll_showsEachOrganizationsRows() {
    HttpResponse<String> run = post("/console/reports/mfa_coverage/run", "target=all");
    assertThat(run.statusCode()).as(run.body()).isIn(200, 303);

    String page =
        console
            .get(
                run.headers().firstValue("Location").orElse("/console/reports/mfa_coverage"),
                "Cookie",
                cookie)
            .body();
    assertThat(page).contains("Acme", "Globex");
  }

  @Test
  void badInputAndAnUnknownTag_areRefusedWithoutA5xx() {
    HttpResponse<String> badInput =
        post("/console/reports/inactive_users/run", "target=all&in.days=soon");
    HttpResponse<String> unknownTag =
        post("/console/reports/mfa_coverage/run", "target=tag&tag=nowhere");

    assertThat(badInput.statusCode()).as(badInput.body()).isBetween(400, 499);
    assertThat(badInput.body()).contains("days");
    assertThat(unknownTag.statusCode()).as(unknownTag.body()).isBetween(400, 499);
    assertThat(unknownTag.body()).contains("nowhere");
  }

  @Test
  void aDownloadInAFormatThatIsNotOne_isA400() {
    HttpResponse<String> download =
        console.get(
            "/console/reports/mfa_coverage/download?target=all&format=pdf", "Cookie", cookie);

    assertThat(download.statusCode()).isEqualTo(400);
    assertThat(download.body()).contains("csv, json or xlsx");
  }

  @Test
  void theDriftPage_withoutABaseline_saysHowToSetOne_andChecksWithoutA5xx() {
    HttpResponse<String> page = console.get("/console/baseline", "Cookie", cookie);
    HttpResponse<String> drift = post("/console/baseline/drift", "target=all");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("baseline");
    assertThat(drift.statusCode()).as(drift.body()).isLessThan(500);
  }
}
