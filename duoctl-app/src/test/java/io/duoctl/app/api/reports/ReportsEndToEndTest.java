package io.duoctl.app.api.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.duoctl.app.AppConfig;
import io.duoctl.app.Duoctl;
import io.duoctl.app.cli.DuoctlCommand;
import io.duoctl.app.cli.Terminal;
import io.duoctl.app.web.WebServer;
import io.duoctl.app.web.WebServerOptions;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.secrets.Secret;
import io.duoctl.core.settings.AdvancedSettings;
import io.duoctl.core.settings.ConfigurationUpdate;
import io.duoctl.core.settings.DuoApi;
import io.duoctl.core.settings.DuoClientFactory;
import io.duoctl.core.settings.ProxySettings;
import io.duoctl.emulator.DuoEmulator;
import io.duoctl.emulator.fixture.Fixture;
import io.duoctl.emulator.ratelimit.RateLimits;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every report against a generated emulator MSP (3 customers of 40 users), its figures computed in
 * the test from the fixture itself; CLI and REST give the same bytes.
 */
class ReportsEndToEndTest {
  // Started here rather than by DuoEmulatorExtension, which resets a class's emulator after every
  // test: the MSP generated once for the class must outlive each test.
  private static DuoEmulator duo;
  @TempDir static Path dataDir;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static JsonNode fixture;
  private static Duoctl duoctl;
  private static WebServer server;
  private static String token;

  @BeforeAll
  static void msp() {
    duo = DuoEmulator.builder().seed(11).rateLimits(RateLimits.none()).build().start();
    Fixture generated = Fixture.generate(3, 40, 11);
    generated.applyTo(duo.world());
    fixture = generated.json().path("accounts").get(0);
    JsonNode accountsApi = fixture.path("integrations").get(0);
    Clock clock = Clock.systemUTC();
    duoctl =
        Duoctl.start(
            new AppConfig(dataDir, null, null, null, null, "cli:tester"),
            clock,
            new DuoClientFactory(clock, wait -> {}));
    duoctl
        .settings()
        .save(
            ConfigurationUpdate.named("default")
                .withApi(
                    DuoApi.ACCOUNTS,
                    fixture.path("api_hostname").asText(),
                    accountsApi.path("integration_key").asText(),
                    Secret.of(accountsApi.path("secret_key").asText()))
                .withAdvanced(
                    AdvancedSettings.defaults()
                        .withAllowPlainHttp(true)
                        .withProxy(
                            new ProxySettings(
                                "127.0.0.1", duo.proxyAddress().getPort(), null, null))),
            "cli:tester");
    duoctl.mapping().refreshAccounts("default", duoctl.accountDirectory(), "cli:tester");
    duoctl.organizationsFromDuo().importUnmapped("default", "cli:tester");
    token =
        duoctl
            .apiTokens()
            .create("reader", ApiScope.READ, Optional.empty(), "cli:tester")
            .plaintext();
    server = WebServer.forDuoctl(duoctl, WebServerOptions.defaults().withPort(0));
  }

  @AfterAll
  static void stop() {
    server.close();
    duoctl.close();
    duo.close();
  }

  @Test
  void mfaCoverage_countsEveryCustomersUsersByStatusAndEnrollment() throws Exception {
    List<JsonNode> items = items(run("mfa_coverage", "json", "{\"all_organizations\": true}"));

    Map<String, List<Long>> expected = new LinkedHashMap<>();
    for (JsonNode child : fixture.path("children")) {
      long[] c = new long[7];
      for (JsonNode user : child.path("users")) {
        c[0]++;
        switch (user.path("status").asText()) {
          case "active" -> c[1]++;
          case "bypass" -> c[2]++;
          case "disabled" -> c[3]++;
          case "locked out" -> c[4]++;
          default -> c[5]++;
        }
        c[6] += user.path("phones").isEmpty() ? 0 : 1;
      }
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
      accounts.put(
          org, child.path("edition").asText() + " " + credits + " " + (credits < 800) + " " + 2);
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
          i.path("edition").asText()
              + " "
              + i.path("telephony_credits").asLong()
              + " "
              + i.path("low_credits").asBoolean()
              + " "
              + i.path("integrations").asLong());
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
      assertThat(rest.lines().count()).as(format).isGreaterThan(10);
    }
  }

  private static String run(String report, String format, String body) throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(
                        server.baseUri() + "/api/v1/reports/" + report + "/runs?format=" + format))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }

  private static List<JsonNode> items(String text) throws Exception {
    List<JsonNode> items = new ArrayList<>();
    if (text.startsWith("[")) {
      JSON.readTree(text).forEach(items::add);
    } else {
      for (String line : text.lines().toList()) {
        items.add(JSON.readTree(line));
      }
    }
    return items;
  }

  private static String cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine command =
        DuoctlCommand.commandLine(
            new DuoctlCommand(
                new AppConfig(dataDir, null, null, null, null, "cli:tester"),
                new Terminal(new ByteArrayInputStream(new byte[0]), null),
                config ->
                    Duoctl.start(
                        config,
                        Clock.systemUTC(),
                        new DuoClientFactory(Clock.systemUTC(), d -> {}))));
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));
    assertThat(command.execute(args)).as(err.toString()).isZero();
    return out.toString();
  }
}
