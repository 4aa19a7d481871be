package io.duoctl.app.api.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.duoctl.app.cli.CliRun;
import io.duoctl.core.reports.snapshots.Snapshot;
import io.duoctl.core.testing.SnapshotHistory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The billing report over 30 days of snapshots of a generated emulator MSP's customers (from 3
 * November, so November lacks its first two days), and snapshots taken on demand.
 */
class BillingReportEndToEndTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

  @TempDir static Path dataDir;

  private static ReportsMsp msp;
  private static List<Snapshot> history;

  @BeforeAll
  static void msp() {
    msp = new ReportsMsp(dataDir, 3, 29);
    List<SnapshotHistory.Organization> organizations =
        msp.duoctl.organizations().listAll("default").stream()
            .map(o -> new SnapshotHistory.Organization(o.id(), o.name()))
            .toList();
    history =
        SnapshotHistory.write(
            msp.duoctl.database().jdbi(), organizations, LocalDate.parse("2026-11-03"), 30);
  }

  @AfterAll
  static void stop() {
    msp.close();
  }

  @Test
  void billing_isTheMonthsHighestBillableCount_andSaysWhichDaysAreMissing() throws Exception {
    Map<String, String> expected = new LinkedHashMap<>();
    for (Snapshot snapshot : history) {
      if (YearMonth.from(snapshot.day()).equals(NOVEMBER)) {
        long billable = snapshot.coverage().users() - snapshot.coverage().pendingDeletion();
        expected.merge(
            snapshot.organization(),
            billable + " " + billable + " " + snapshot.day() + " 1",
            (was, day) -> {
              String[] w = was.split(" ");
              return Math.max(Long.parseLong(w[0]), billable)
                  + " "
                  + billable
                  + " "
                  + snapshot.day()
                  + " "
                  + (Long.parseLong(w[3]) + 1);
            });
      }
    }

    List<JsonNode> items =
        ReportsMsp.items(
            msp.run(
                "billing",
                "json",
                "{\"all_organizations\": true, \"input\": {\"month\": \"2026-11\"}}"));

    Map<String, String> actual = new LinkedHashMap<>();
    for (JsonNode item : items) {
      assertThat(item.path("ok").asBoolean()).as(item.toString()).isTrue();
      assertThat(item.path("month").asText()).isEqualTo("2026-11");
      assertThat(item.path("days_in_month").asLong()).isEqualTo(30);
      assertThat(item.path("complete").asBoolean()).isFalse();
      actual.put(
          item.path("organization").asText(),
          item.path("billable_users").asLong()
              + " "
              + item.path("last_billable_users").asLong()
              + " "
              + item.path("last_day").asText()
              + " "
              + item.path("days_covered").asLong());
    }
    assertThat(actual).isEqualTo(expected).hasSize(3);
    assertThat(expected.values()).allSatisfy(v -> assertThat(v).endsWith(" 2026-11-30 28"));
  }

  @Test
  void billing_fromTheCliAndTheRestApi_isTheSameCsv() {
    String rest =
        msp.run(
            "billing", "csv", "{\"all_organizations\": true, \"input\": {\"month\": \"2026-11\"}}");
    String cli =
        CliRun.output(
            dataDir,
            "reports",
            "run",
            "billing",
            "--all-orgs",
            "--set",
            "month=2026-11",
            "-o",
            "csv");

    assertThat(cli).isEqualTo(rest);
    assertThat(rest.lines().findFirst().orElseThrow())
        .endsWith(
            "month,billable_users,last_billable_users,last_day,days_covered,days_in_month,complete");
    assertThat(rest.lines()).hasSize(4);
  }

  @Test
  void aSnapshotOnDemand_storesTodaysFigures_andNamesAnOrganizationItCouldNotRead()
      throws Exception {
    String first = msp.customers().get(0).path("name").asText();
    long users = msp.customers().get(0).path("users").size();

    JsonNode run =
        JSON.readTree(
            msp.call(
                "POST",
                "/api/v1/reports/snapshots",
                "{\"organizations\": [\"" + first + "\", \"Nobody Inc\"]}",
                200));

    assertThat(run.path("ok").asBoolean()).isFalse();
    assertThat(run.path("stored"))
        .singleElement()
        .satisfies(s -> assertThat(s.path("coverage").path("users").asLong()).isEqualTo(users));
    assertThat(run.path("failures"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.path("organization").asText()).isEqualTo("Nobody Inc");
              assertThat(f.path("error").path("code").asText()).isEqualTo("unknown_organization");
            });
    String cli = CliRun.output(dataDir, "reports", "snapshot", "--org", first, "-o", "csv");
    assertThat(cli.lines().skip(1))
        .singleElement()
        .asString()
        .startsWith(first + "," + run.path("day").asText() + ",true," + users + ",");
    JsonNode trends =
        JSON.readTree(
            msp.call(
                "GET",
                "/api/v1/reports/snapshots?from="
                    + run.path("day").asText()
                    + "&to="
                    + run.path("day").asText()
                    + "&organization="
                    + java.net.URLEncoder.encode(first, java.nio.charset.StandardCharsets.UTF_8),
                null,
                200));
    assertThat(trends.path("organizations"))
        .singleElement()
        .satisfies(o -> assertThat(o.path("points")).hasSize(1));
    msp.call("GET", "/api/v1/reports/snapshots?from=2026-13-01", null, 400);
  }
}
