package io.duoctl.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.core.reports.snapshots.Snapshot;
import io.duoctl.core.testing.SnapshotHistory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * The dashboard's trend charts in a real browser over 30 days of snapshots of a generated emulator
 * MSP's five customers: uPlot draws each chart, its legend names the series (all customers and the
 * three with the lowest share enrolled on the last day), and each chart's text alternative shows
 * the first and last values computed here from the snapshots written.
 */
@Tag("browser")
class DashboardChartsBrowserTest {
  @RegisterExtension static final ConsoleBrowserExtension console = new ConsoleBrowserExtension();

  static LocalDate first;
  static LocalDate last;
  static List<Snapshot> written;

  @BeforeAll
  static void thirtyDaysOfSnapshots() {
    console.signInFirstOperator("alice", "correct horse battery staple");
    console.useGeneratedMsp(5, 20, 14);
    last = console.app().snapshots().settings().dayOf(console.app().clock().instant());
    first = last.minusDays(29);
    written =
        SnapshotHistory.write(
            console.app().database().jdbi(),
            console.app().organizations().listAll("default").stream()
                .map(o -> new SnapshotHistory.Organization(o.id(), o.name()))
                .toList(),
            first,
            30);
  }

  @Test
  void dashboard_drawsTheTrendCharts_withLegendsAndTheirFirstAndLastValues() {
    console.open("/console/dashboard");
    console.awaitTitle("Dashboard");
    console.find(By.id("refresh")).click();
    console.find(By.id("coverage-table"));

    for (String chart : List.of("chart-enrolled", "chart-bypass", "chart-billable")) {
      WebElement canvas = console.find(By.cssSelector("#" + chart + " canvas"));
      Dimension size = canvas.getSize();
      assertThat(size.getWidth()).as(chart + " width").isGreaterThan(100);
      assertThat(size.getHeight()).as(chart + " height").isGreaterThan(100);
    }
    List<String> worst = worstThree();
    String legend = console.find(By.cssSelector("#chart-enrolled .u-legend")).getText();
    assertThat(legend).contains("All customers");
    worst.forEach(name -> assertThat(legend).contains(name));
    assertThat(seriesNames("chart-enrolled"))
        .containsExactlyElementsOf(
            Stream.concat(Stream.of("All customers"), worst.stream()).toList());

    assertThat(row("chart-enrolled", "All customers"))
        .containsExactly(percent(first), percent(last));
    assertThat(row("chart-bypass", "All customers"))
        .containsExactly(
            sum(first, s -> s.coverage().bypass()) + " on " + first,
            sum(last, s -> s.coverage().bypass()) + " on " + last);
    assertThat(row("chart-billable", "All customers"))
        .containsExactly(
            sum(first, s -> s.billing().billableUsers()) + " on " + first,
            sum(last, s -> s.billing().billableUsers()) + " on " + last);
    assertThat(row("chart-credits", "All customers"))
        .containsExactly(
            sum(first, s -> s.accounts().telephonyCredits()) + " on " + first,
            sum(last, s -> s.accounts().telephonyCredits()) + " on " + last);
    assertThat(console.find(By.id("chart-enrolled")).getAttribute("aria-label"))
        .contains("All customers from " + percent(first) + " to " + percent(last));
    console.screenshot("console-dashboard");
  }

  /** The three customers with the lowest share enrolled on the last day, worst first. */
  private static List<String> worstThree() {
    List<Snapshot> lastDay =
        new ArrayList<>(written.stream().filter(s -> s.day().equals(last)).toList());
    lastDay.sort(
        Comparator.comparingDouble((Snapshot s) -> s.coverage().percentEnrolled())
            .thenComparing(Snapshot::organization, String.CASE_INSENSITIVE_ORDER));
    return lastDay.stream().limit(3).map(Snapshot::organization).toList();
  }

  private static long sum(LocalDate day, ToLongFunction<Snapshot> figure) {
    return written.stream().filter(s -> s.day().equals(day)).mapToLong(figure).sum();
  }

  /** Enrolled of users of every customer that day as the console shows it, with the day. */
  private static String percent(LocalDate day) {
    double percent =
        Math.round(
                sum(day, s -> s.coverage().enrolled())
                    * 1000.0
                    / sum(day, s -> s.coverage().users()))
            / 10.0;
    return BigDecimal.valueOf(percent).stripTrailingZeros().toPlainString() + " % on " + day;
  }

  private static List<String> seriesNames(String chart) {
    return console.driver().findElements(By.cssSelector("#" + chart + "-values tbody th")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** The first and last value the chart's table shows for {@code series}. */
  private static List<String> row(String chart, String series) {
    WebElement row =
        console.find(By.id(chart + "-values")).findElements(By.cssSelector("tbody tr")).stream()
            .filter(r -> r.findElement(By.tagName("th")).getText().equals(series))
            .findFirst()
            .orElseThrow();
    return row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
  }
}
