package io.duoctl.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.core.access.ApiScope;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The dashboard and a report page in a real browser against a generated emulator MSP: coverage
 * worst first as computed here from the fixture, and a report page that filters its rows and
 * downloads the CSV the REST API answers for the same request.
 */
@Tag("browser")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportPagesBrowserTest {
  @RegisterExtension static final ConsoleBrowserExtension console = new ConsoleBrowserExtension();

  static JsonNode fixture;

  @BeforeAll
  static void msp() {
    console.signInFirstOperator("alice", "correct horse battery staple");
    fixture = console.useGeneratedMsp(5, 20, 14);
  }

  /** A customer's figures, counted from the fixture. */
  private record Expected(String name, double percent, long bypass, long lockedOut) {}

  @Test
  @Order(1)
  void dashboard_showsCoverageWorstFirst_afterRefresh() {
    console.open("/console/dashboard");
    console.awaitTitle("Dashboard");
    assertThat(console.find(By.id("trends")).getText()).contains("snapshots");
    console.find(By.id("refresh")).click();
    console.find(By.id("coverage-table"));

    List<Expected> expected = new ArrayList<>();
    for (JsonNode child : fixture.path("children")) {
      long users = 0;
      long enrolled = 0;
      long bypass = 0;
      long locked = 0;
      for (JsonNode user : child.path("users")) {
        users++;
        enrolled += user.path("phones").isEmpty() ? 0 : 1;
        bypass += user.path("status").asText().equals("bypass") ? 1 : 0;
        locked += user.path("status").asText().equals("locked out") ? 1 : 0;
      }
      double percent = Math.round(enrolled * 1000.0 / users) / 10.0;
      expected.add(new Expected(child.path("name").asText(), percent, bypass, locked));
    }
    expected.sort(
        Comparator.comparingDouble(Expected::percent)
            .thenComparing(Expected::bypass, Comparator.reverseOrder())
            .thenComparing(Expected::lockedOut, Comparator.reverseOrder())
            .thenComparing(Expected::name));

    List<String> shown =
        console
            .driver()
            .findElements(By.cssSelector("#coverage-table tbody tr td:first-child"))
            .stream()
            .map(WebElement::getText)
            .toList();
    assertThat(shown).containsExactlyElementsOf(expected.stream().map(Expected::name).toList());
    assertThat(console.find(By.id("sources")).getText())
        .contains("as of")
        .doesNotContain("not run");
    assertThat(console.find(By.id("thresholds")).getText()).contains("500 telephony credits");
    // console-dashboard.png, with trends, is DashboardChartsBrowserTest's
    console.screenshot("console-dashboard-no-snapshots");
  }

  @Test
  @Order(2)
  void reportPage_filtersItsRows_andDownloadsTheCsvOfTheRestApi() throws Exception {
    String customer = fixture.path("children").get(1).path("name").asText();
    console.open("/console/reports/inactive_users");
    console.awaitTitle("Inactive users");
    console.find(By.id("run-report")).click();
    console.find(By.id("report-table"));

    new Select(console.find(By.id("filter-organization"))).selectByVisibleText(customer);
    console.find(By.id("apply-filters")).click();
    console.awaitText(By.id("row-count"), "of");
    List<String> organizations =
        console.driver().findElements(By.cssSelector("#report-table tbody tr a.drill")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(organizations).isNotEmpty().containsOnly(customer);
    console.screenshot("console-report");

    String href = console.find(By.id("download-csv")).getAttribute("href");
    String cookie =
        "duoctl_session=" + console.driver().manage().getCookieNamed("duoctl_session").getValue();
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> download =
        http.send(
            HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookie).build(),
            HttpResponse.BodyHandlers.ofString());
    String token =
        console
            .app()
            .apiTokens()
            .create("reader", ApiScope.READ, Optional.empty(), "test")
            .plaintext();
    HttpResponse<String> rest =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        console.baseUrl() + "/api/v1/reports/inactive_users/runs?format=csv"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"all_organizations\": true, \"input\": {\"days\": 90}}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Type")).contains("text/csv; charset=utf-8");
    assertThat(rest.statusCode()).as(rest.body()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(rest.body()).contains(customer);
  }
}
