package io.duoctl.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.reports.snapshots.Snapshot;
import io.duoctl.core.testing.SnapshotHistory;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard's trends over HTTP: the series of the stored snapshots in the page (as JSON that no
 * organization's name can break out of), the range chosen, and without snapshots the sentence that
 * says how to get them.
 */
class DashboardTrendsHttpTest {
  private static final Pattern DATA =
      Pattern.compile(
          "<script type=\"application/json\" id=\"trend-data\">(.*?)</script>", Pattern.DOTALL);
  private static final String NASTY = "Evil </script><b>Corp</b> & Sons";

  @TempDir Path dataDir;
  ConsoleServer console;
  String cookie;

  @BeforeEach
  void signedInWithAConfiguration() {
    console = new ConsoleServer(dataDir);
    console.saveConfiguration("default");
    cookie = console.signedIn("reader", ApiScope.READ);
  }

  @AfterEach
  void stop() {
    console.close();
  }

  private LocalDate today() {
    return console.app.snapshots().settings().dayOf(console.app.clock().instant());
  }

  private HttpResponse<String> dashboard(String query) {
    return console.get("/console/dashboard" + query, "Cookie", cookie);
  }

  @Test
  void withoutSnapshots_saysHowToGetThem_andDrawsNoChart() {
    String page = dashboard("").body();

    assertThat(page)
        .contains("There are no snapshots of the last 30 days yet")
        .contains("duoctl reports snapshot")
        .contains("DUOCTL_SNAPSHOT_TIME")
        .contains("02:00 UTC")
        .doesNotContain("trend-data")
        .doesNotContain("uPlot.iife.min.js")
        .doesNotContain("not built yet");
  }

  @Test
  void thirtyDaysOfSnapshots_areInThePageAsSeries_withTheirFirstAndLastValues() throws Exception {
    LocalDate first = today().minusDays(29);
    List<Snapshot> written =
        SnapshotHistory.write(
            console.app.database().jdbi(),
            List.of(
                new SnapshotHistory.Organization("org-a", "Harbor Dental"),
                new SnapshotHistory.Organization("org-b", "Bluebird Bakery")),
            first,
            30);

    HttpResponse<String> response = dashboard("");
    JsonNode charts = charts(response.body());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).doesNotContain("There are no snapshots");
    JsonNode enrolled = charts.get(0);
    assertThat(enrolled.path("id").asText()).isEqualTo("chart-enrolled");
    assertThat(enrolled.path("days")).hasSize(30);
    assertThat(enrolled.path("days").get(0).asText()).isEqualTo(first.toString());
    assertThat(enrolled.path("series").get(0).path("label").asText()).isEqualTo("All customers");
    assertThat(enrolled.path("series").get(0).path("values").get(0).asDouble())
        .isEqualTo(percentEnrolled(written, first));
    assertThat(enrolled.path("series").get(0).path("values").get(29).asDouble())
        .isEqualTo(percentEnrolled(written, today()));
    assertThat(charts.findValuesAsText("id"))
        .containsExactly("chart-enrolled", "chart-bypass", "chart-billable", "chart-credits");
    long billableToday =
        written.stream()
            .filter(s -> s.day().equals(today()))
            .mapToLong(s -> s.billing().billableUsers())
            .sum();
    assertThat(charts.get(2).path("series").get(0).path("values").get(29).asLong())
        .isEqualTo(billableToday);
    assertThat(response.body())
        .contains(
            "<td class=\"num\">"
                + shown(percentEnrolled(written, today()))
                + " on "
                + today()
                + "</td>",
            "<td class=\"num\">"
                + shown(percentEnrolled(written, first))
                + " on "
                + first
                + "</td>");
  }

  @Test
  void aSevenDayRange_showsSevenDays_andAnotherRangeIsA400NamingDays() throws Exception {
    SnapshotHistory.write(
        console.app.database().jdbi(),
        List.of(new SnapshotHistory.Organization("org-a", "Harbor Dental")),
        today().minusDays(29),
        30);

    JsonNode week = charts(dashboard("?days=7").body());
    HttpResponse<String> bad = dashboard("?days=8");

    assertThat(week.get(0).path("days")).hasSize(7);
    assertThat(week.get(0).path("days").get(0).asText()).isEqualTo(today().minusDays(6).toString());
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("days must be 7, 30 or 90");
  }

  @Test
  void anOrganizationsName_cannotCloseTheDataScript() throws Exception {
    SnapshotHistory.write(
        console.app.database().jdbi(),
        List.of(
            new SnapshotHistory.Organization("org-a", "Harbor Dental"),
            new SnapshotHistory.Organization("org-z", NASTY)),
        today().minusDays(2),
        3);

    String page = dashboard("").body();
    JsonNode charts = charts(page);

    assertThat(page).doesNotContain("</script><b>");
    assertThat(charts.get(0).findValuesAsText("label")).contains(NASTY);
  }

  @Test
  void theChartsScripts_areServedByTheConsole_andThePageRunsNoInlineScript() throws Exception {
    SnapshotHistory.write(
        console.app.database().jdbi(),
        List.of(new SnapshotHistory.Organization("org-a", "Harbor Dental")),
        today(),
        1);

    String page = dashboard("").body();
    HttpResponse<String> uplot = console.get("/console/assets/uPlot.iife.min.js");
    HttpResponse<String> css = console.get("/console/assets/uPlot.min.css");
    HttpResponse<String> charts = console.get("/console/assets/charts.js");

    Matcher scripts = Pattern.compile("<script[^>]*>").matcher(page);
    while (scripts.find()) {
      assertThat(scripts.group()).containsAnyOf(" src=\"/console/assets/", "application/json");
    }
    assertThat(page).contains("/console/assets/uPlot.iife.min.js", "/console/assets/charts.js");
    assertThat(uplot.statusCode()).isEqualTo(200);
    assertThat(uplot.body()).contains("uPlot");
    assertThat(css.headers().firstValue("Content-Type")).contains("text/css; charset=utf-8");
    assertThat(charts.body()).contains("trend-data");
  }

  private static double percentEnrolled(List<Snapshot> written, LocalDate day) {
    long users = 0;
    long enrolled = 0;
    for (Snapshot snapshot : written) {
      if (snapshot.day().equals(day)) {
        users += snapshot.coverage().users();
        enrolled += snapshot.coverage().enrolled();
      }
    }
    return Math.round(enrolled * 1000.0 / users) / 10.0;
  }

  /** A percent as the console shows it, e.g. {@code 52.5 %} or {@code 100 %}. */
  private static String shown(double percent) {
    return BigDecimal.valueOf(percent).stripTrailingZeros().toPlainString() + " %";
  }

  private static JsonNode charts(String page) throws Exception {
    Matcher data = DATA.matcher(page);
    assertThat(data.find()).as("the page carries the trend data").isTrue();
    return new ObjectMapper().readTree(data.group(1)).path("charts");
  }
}
