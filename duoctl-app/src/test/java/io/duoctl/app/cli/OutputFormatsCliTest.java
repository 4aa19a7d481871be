package io.duoctl.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.duoctl.app.cli.CliHarness.Result;
import io.duoctl.emulator.faults.Fault;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code -o csv}, {@code -o json} and {@code -o jsonl} of action results: one output model. */
@Tag("slow")
class OutputFormatsCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension static final DuoEmulatorExtension duo = new DuoEmulatorExtension();

  @TempDir Path dataDir;
  CliHarness cli;

  @BeforeEach
  void twoCustomersWithUsersGroupsAndAdmins() {
    cli = new CliHarness(dataDir);
    new CliMsp(duo.emulator(), cli, "Harbor Dental", "Cedar Ridge Law");
    cli.ok("users", "create", "amy", "--org", "Harbor Dental");
    cli.ok("users", "create", "bo", "--org", "Harbor Dental");
    cli.ok("users", "create", "cy", "--org", "Cedar Ridge Law");
    for (String group : List.of("Front Desk", "Billing")) {
      cli.ok("run", "groups.create", "--all-orgs", "--set", "name=" + group);
      cli.ok(
          "run",
          "groups.add_user",
          "--org",
          "Harbor Dental",
          "--set",
          "user=amy",
          "--set",
          "group=" + group);
    }
    cli.ok(
        "run",
        "admins.create",
        "--all-orgs",
        "--set",
        "email=it@msp.example",
        "--set",
        "name=IT Desk");
  }

  @Test
  void csv_ofLogsGroupsAdminsInfoAndUsers_isOneLinePerItem_withNoJsonInAnyCell() throws Exception {
    for (String action :
        List.of("users.list", "groups.list", "admins.list", "logs.administrator", "info.summary")) {
      List<Map<String, String>> rows = csv(cli.ok("run", action, "--all-orgs", "-o", "csv").out());

      if (!action.startsWith("logs.")) { // the emulator's log may not show the last minutes yet
        assertThat(rows).as(action).isNotEmpty();
      }
      for (Map<String, String> row : rows) {
        assertThat(row.keySet()).as(action).startsWith("organization", "organization_id", "ok");
        assertThat(row.values())
            .as(action)
            .allSatisfy(cell -> assertThat(cell).doesNotStartWith("[").doesNotStartWith("{"));
      }
    }
    List<Map<String, String>> groups =
        csv(cli.ok("run", "groups.list", "--all-orgs", "-o", "csv").out());
    assertThat(groups).hasSize(4).extracting(r -> r.get("name")).contains("Front Desk", "Billing");
    List<Map<String, String>> users =
        csv(cli.ok("run", "users.list", "--all-orgs", "-o", "csv").out());
    assertThat(users)
        .hasSize(3)
        .anySatisfy(
            r ->
                assertThat(r)
                    .containsEntry("organization", "Harbor Dental")
                    .containsEntry("username", "amy")
                    .containsEntry("groups.name", "Front Desk;Billing"));
    assertThat(csv(cli.ok("run", "info.summary", "--all-orgs", "-o", "csv").out()))
        .hasSize(2)
        .allSatisfy(r -> assertThat(r.get("user_count")).isNotEmpty());
  }

  @Test
  void json_isTheSameShape_forOneOrganizationAndForMany() throws Exception {
    JsonNode one =
        JSON.readTree(cli.ok("users", "list", "--org", "Cedar Ridge Law", "-o", "json").out());
    JsonNode many = JSON.readTree(cli.ok("users", "list", "--all-orgs", "-o", "json").out());

    assertThat(one.isArray()).isTrue();
    assertThat(many.isArray()).isTrue();
    assertThat(one).hasSize(1);
    assertThat(many).hasSize(2);
    assertThat(fieldNames(one.get(0))).isEqualTo(fieldNames(many.get(0)));
    assertThat(fieldNames(one.get(0))).startsWith("organization", "organization_id");
    assertThat(one.get(0).path("data").get(0).path("username").asText()).isEqualTo("cy");
    JsonNode failed =
        JSON.readTree(
            cli.run("users", "list", "--orgs", "Cedar Ridge Law,Nowhere", "-o", "json").out());
    assertThat(fieldNames(failed.get(1))).isEqualTo(fieldNames(one.get(0)));
    assertThat(failed.get(1).path("data").isNull()).isTrue();
    assertThat(failed.get(1).path("error").path("code").asText()).isEqualTo("unknown_organization");
    assertThat(one.get(0).path("error").isNull()).isTrue();
  }

  @Test
  void jsonl_isOneObjectPerItem_withItsOrganizationFirst_andFailuresInTheWireSpelling()
      throws Exception {
    List<String> lines =
        cli.run("users", "list", "--orgs", "Harbor Dental,Cedar Ridge Law,Nowhere", "-o", "jsonl")
            .out()
            .lines()
            .toList();

    assertThat(lines).hasSize(4);
    List<String> seen = new ArrayList<>();
    for (String line : lines) {
      JsonNode item = JSON.readTree(line);
      assertThat(fieldNames(item)).startsWith("organization", "organization_id", "ok");
      seen.add(
          item.path("organization").asText()
              + ":"
              + item.path("username").asText(item.path("error").path("code").asText()));
    }
    assertThat(seen)
        .containsExactlyInAnyOrder(
            "Harbor Dental:amy",
            "Harbor Dental:bo",
            "Cedar Ridge Law:cy",
            "Nowhere:unknown_organization");
  }

  @Test
  void jsonl_printsAnOrganizationsItemsAsSoonAsItIsIn_notWhenTheJobEnds() {
    duo.emulator().faults().next(Fault.delay(Duration.ofSeconds(3)));
    StringBuilder printedSoFar = new StringBuilder();
    List<Long> lineMillis = new ArrayList<>();
    long start = System.nanoTime();
    Writer watcher =
        new Writer() {
          @Override
          public void write(char[] chars, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
              printedSoFar.append(chars[i]);
              if (chars[i] == '\n') {
                lineMillis.add((System.nanoTime() - start) / 1_000_000);
              }
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };

    Result run =
        cli.runWatching(
            watcher, "users", "list", "--orgs", "Harbor Dental,Cedar Ridge Law", "-o", "jsonl");
    long endedMillis = (System.nanoTime() - start) / 1_000_000;

    assertThat(run.code()).isZero();
    assertThat(lineMillis).hasSize(3);
    // one organization's page was held 3 s by Duo: the other's users were out well before that
    assertThat(endedMillis - lineMillis.get(0)).isGreaterThan(1_500);
  }

  private static List<String> fieldNames(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<Map<String, String>> csv(String text) throws Exception {
    MappingIterator<Map<String, String>> rows =
        new CsvMapper()
            .readerFor(Map.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(text);
    return rows.readAll();
  }
}
