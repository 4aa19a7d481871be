package io.duoctl.app.api.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.app.cli.CliRun;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every report against a generated emulator MSP (3 customers of 40 users), its figures computed in
 * the test from the fixture itself; CLI and REST give the same bytes.
 */
class ReportsEndToEndTest {
  @TempDir static Path dataDir;

  private static ReportsMsp msp;
  private static JsonNode fixture;

  @BeforeAll
  static void msp() {
    msp = new ReportsMsp(dataDir, 3, 11);
    fixture = msp.fixture;
  }

  @AfterAll
  static void stop() {
    msp.close();
  }

  @Test
  void mfaCoverage_countsEveryCustomersUsersByStatusAndEnrollment() throws Exception {
    List<JsonNode> items = items(run("mfa_coverage", "json", "{\"all_organizations\": true}"));

    Map<String, List<Long>> expected = new LinkedHashMap<>();
    for (JsonNode child : fixture.path("children")) {
      long[] c = ReportsMsp.userCounts(child);
      expected.put(child.path("name").asText(), List.of(c[0], c[1], c[2], c[3], c[4], c[5], c[6]));
    }
    Map<String, List<Long>> actual = new LinkedHashMap<>();
    for (JsonNode item : items) {
      assertThat(item.path("ok").asBoolean()).as(item.toString()).isTrue();
      actual.put(
          item.path("organization").asText(),
          List.of(
              item.path("users").asLong(),
              item.path("active").asLong(),
              item.path("bypass").asLong(),
              item.path("disabled").asLong(),
              item.path("locked_out").asLong(),
              item.path("pending_deletion").asLong(),
              item.path("enrolled").asLong()));
      List<Long> figures = expected.get(item.path("organization").asText());
      assertThat(item.path("percent_enrolled").asDouble())
          .isCloseTo(
              figures.get(6) * 100.0 / figures.get(0), org.assertj.core.data.Offset.offset(0.05));
    }
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void usersInBypass_andWeakFactors_nameExactlyTheFixturesUsers() throws Exception {
    List<String> bypass = new ArrayList<>();
    List<String> weak = new ArrayList<>();
    for (JsonNode child : fixture.path("children")) {
      for (JsonNode user : child.path("users")) {
        String who = child.path("name").asText() + "/" + user.path("username").asText();
        if (user.path("status").asText().equals("bypass")) {
          bypass.add(who);
        }
        JsonNode phones = user.path("phones");
        boolean push = false;
        for (JsonNode phone : phones) {
          push |= phone.path("activated").asBoolean();
        }
        if (phones.isEmpty()) {
          weak.add(who + ":no_phone");
        } else if (!push) {
          weak.add(who + ":sms_or_call_only");
        }
      }
    }

    assertThat(
            items(run("users_in_bypass", "jsonl", "{\"all_organizations\": true}")).stream()
                .map(i -> i.path("organization").asText() + "/" + i.path("username").asText())
                .toList())
        .containsExactlyInAnyOrderElementsOf(bypass)
        .isNotEmpty();
    assertThat(
            items(run("weak_factors", "json", "{\"all_organizations\": true}")).stream()
                .map(
                    i ->
                        i.path("organization").asText()
                            + "/"
                            + i.path("username").asText()
                            + ":"
                            + i.path("weakness").asText())
                .toList())
        .containsExactlyInAnyOrderElementsOf(weak)
        .isNotEmpty();
  }

  @Test
  void bypassCodes_administrators_andAccounts_matchTheFixture() throws Exception {
    Map<String, Long> codes = new LinkedHashMap<>();
    Map<String, String> admins = new LinkedHashMap<>();
    Map<String, String> accounts = new LinkedHashMap<>();
    for (JsonNode child : fixture.path("children")) {
      String org = child.path("name").asText();
      for (JsonNode user : child.path("users")) {
        long count = user.path("bypass_codes").asLong();
        if (count > 0) {
          codes.put(org + "/" + user.path("username").asText(), count);
        }
      }
      for (JsonNode admin : child.path("admins")) {
        admins.put(org + "/" + admin.path("email").asText(), admin.path("role").asText());
      }
      long credits = child.path("telephony_credits").asLong();
      long users = 0;
      for (JsonNode user : child.path("users")) {
        users += user.path("status").asText().equals("pending deletion") ? 0 : 1;
      }
      accounts.put(
          org,
          String.join(
              " ",
              child.path("edition").asText(),
              Long.toString(credits),
              Boolean.toString(credits < 800),
              Long.toString(users),
              Integer.toString(child.path("admins").size()),
              Integer.toString(child.path("integrations").size())));
    }

    Map<String, Long> codesSeen = new LinkedHashMap<>();
    for (JsonNode i :
        items(run("users_with_bypass_codes", "json", "{\"all_organizations\": true}"))) {
      codesSeen.put(
          i.path("organization").asText() + "/" + i.path("username").asText(),
          i.path("codes").asLong());
    }
    assertThat(codesSeen).isEqualTo(codes).isNotEmpty();

    Map<String, String> adminsSeen = new LinkedHashMap<>();
    for (JsonNode i : items(run("administrators", "json", "{\"all_organizations\": true}"))) {
      adminsSeen.put(
          i.path("organization").asText() + "/" + i.path("email").asText(),
          i.path("role").asText());
    }
    assertThat(adminsSeen).isEqualTo(admins);

    Map<String, String> accountsSeen = new LinkedHashMap<>();
    for (JsonNode i :
        items(
            run(
                "accounts",
                "json",
                "{\"all_organizations\": true, \"input\": {\"low_credits\": 800}}"))) {
      accountsSeen.put(
          i.path("organization").asText(),
          String.join(
              " ",
              i.path("edition").asText(),
              i.path("telephony_credits").asText(),
              i.path("low_credits").asText(),
              i.path("users").asText(),
              i.path("admins").asText(),
              i.path("integrations").asText()));
    }
    assertThat(accountsSeen).isEqualTo(accounts);
  }

  @Test
  void anUnknownOrganization_isALineWithItsError_notMissing() throws Exception {
    String first = fixture.path("children").get(0).path("name").asText();
    String csv =
        run("mfa_coverage", "csv", "{\"organizations\": [\"" + first + "\", \"Nobody Inc\"]}");

    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "organization,organization_id,ok,error.code,error.message,error.duo_code,"
                + "error.message_detail,users,active,bypass,disabled,locked_out,pending_deletion,"
                + "enrolled,not_enrolled,percent_enrolled");
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1)).startsWith(first + ",").contains(",true,");
    assertThat(lines.get(2)).startsWith("Nobody Inc,Nobody Inc,false,unknown_organization,");
  }

  @Test
  void theCliAndTheRestApi_giveTheSameBytes_forCsvAndJson() throws Exception {
    String second = fixture.path("children").get(1).path("name").asText();
    String body = "{\"organizations\": [\"" + second + "\"], \"input\": {\"days\": 30}}";

    for (String format : List.of("csv", "json")) {
      String rest = run("inactive_users", format, body);
      String cli =
          cli(
              "reports",
              "run",
              "inactive_users",
              "--org",
              second,
              "--set",
              "days=30",
              "-o",
              format);
      assertThat(cli).as(format).isEqualTo(rest);
    }
  }

  @Test
  void xlsxFromTheRestApi_opensWithPoi_oneSheetOfTypedCells() throws Exception {
    byte[] bytes = msp.runBytes("mfa_coverage", "xlsx", "{\"all_organizations\": true}");

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
      Sheet sheet = workbook.getSheet("MFA coverage");
      assertThat(sheet.getRow(0).getCell(7).getStringCellValue()).isEqualTo("users");
      assertThat(sheet.getLastRowNum()).isEqualTo(fixture.path("children").size());
      Map<String, Double> users = new LinkedHashMap<>();
      for (JsonNode child : fixture.path("children")) {
        users.put(child.path("name").asText(), (double) child.path("users").size());
      }
      Map<String, Double> cells = new LinkedHashMap<>();
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        assertThat(row.getCell(2).getBooleanCellValue()).isTrue();
        assertThat(row.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
        cells.put(row.getCell(0).getStringCellValue(), row.getCell(7).getNumericCellValue());
      }
      assertThat(cells).isEqualTo(users);
    }
  }

  @Test
  void inactiveUsers_areEveryUserWithoutALoginInTheWindow() throws Exception {
    List<String> inactive = new ArrayList<>();
    for (JsonNode child : fixture.path("children")) {
      for (JsonNode user : child.path("users")) {
        // the generated fixture has no logins: every user is inactive, never having logged in
        if (!user.has("last_login")) {
          inactive.add(child.path("name").asText() + "/" + user.path("username").asText());
        }
      }
    }

    List<JsonNode> items =
        items(
            run(
                "inactive_users",
                "json",
                "{\"all_organizations\": true, \"input\": {\"days\": 30}}"));

    assertThat(items)
        .allSatisfy(i -> assertThat(i.path("last_login").isNull()).as(i.toString()).isTrue());
    assertThat(
            items.stream()
                .map(i -> i.path("organization").asText() + "/" + i.path("username").asText())
                .toList())
        .containsExactlyInAnyOrderElementsOf(inactive)
        .hasSize(120);
  }

  private static String run(String report, String format, String body) {
    return msp.run(report, format, body);
  }

  private static List<JsonNode> items(String text) throws Exception {
    return ReportsMsp.items(text);
  }

  private static String cli(String... args) {
    return CliRun.output(dataDir, args);
  }
}
