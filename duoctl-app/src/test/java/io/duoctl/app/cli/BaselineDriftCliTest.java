package io.duoctl.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.duoctl.app.PlannedSettingsPost;
import io.duoctl.app.cli.CliHarness.Result;
import io.duoctl.emulator.admin.settings.AccountSettings;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import io.duoctl.emulator.record.RecordedRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drift from the baseline end to end against the emulator over HTTP: three organizations off the
 * baseline in different settings and two on it; drift names each difference, the fix's dry run
 * plans exactly those changes, the fix sends exactly them, drift is clean afterwards and a second
 * fix has nothing to do.
 */
@Tag("slow")
class BaselineDriftCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> CUSTOMERS =
      List.of("Harbor Dental", "Globex", "Initech", "Umbrella", "Wayne Optics");
  private static final Map<String, String> BASELINE = new LinkedHashMap<>();

  static {
    BASELINE.put("lockout_threshold", "5");
    BASELINE.put("lockout_expire_duration", "0");
    BASELINE.put("helpdesk_bypass", "deny");
    BASELINE.put("sms_refresh", "true");
    BASELINE.put("telephony_warning_min", "100");
    BASELINE.put("fraud_email_enabled", "true");
  }

  @RegisterExtension static final DuoEmulatorExtension duo = new DuoEmulatorExtension();

  @TempDir Path dataDir;
  CliHarness cli;
  CliMsp msp;

  @BeforeEach
  void fiveCustomers_threeOffTheBaseline() {
    cli = new CliHarness(dataDir);
    msp = new CliMsp(duo.emulator(), cli, CUSTOMERS.toArray(String[]::new));
    List<String> set = new ArrayList<>(List.of("baseline", "set"));
    BASELINE.forEach((name, value) -> set.add(name + "=" + value));
    cli.ok(set.toArray(String[]::new));
    for (String customer : CUSTOMERS) {
      AccountSettings settings = settings(customer);
      settings.set("lockout_threshold", "5");
      settings.set("helpdesk_bypass", "deny");
      settings.set("sms_refresh", "1");
      settings.set("telephony_warning_min", "100");
      settings.set("fraud_email_enabled", "true");
    }
    settings("Globex").set("lockout_threshold", "10");
    settings("Initech").set("helpdesk_bypass", "allow");
    settings("Initech").set("sms_refresh", "0");
    settings("Umbrella").set("lockout_expire_duration", "30");
  }

  private AccountSettings settings(String customer) {
    return AccountSettings.of(msp.child(customer));
  }

  private List<RecordedRequest> settingsPosts() {
    return duo.requests()
        .matching(
            r ->
                r.method().equals("POST")
                    && r.path().equals("/admin/v1/settings")
                    && msp.children.values().stream()
                        .anyMatch(a -> a.id().equals(r.params().first("account_id").orElse(""))));
  }

  private String customerOf(RecordedRequest request) {
    String account = request.params().first("account_id").orElseThrow();
    return msp.children.entrySet().stream()
        .filter(e -> e.getValue().id().equals(account))
        .findFirst()
        .orElseThrow()
        .getKey();
  }

  /** Each POST as {@code Customer: {setting=[value]}}, without the account_id duoctl adds. */
  private Map<String, Map<String, List<String>>> posted() {
    Map<String, Map<String, List<String>>> posted = new TreeMap<>();
    for (RecordedRequest post : settingsPosts()) {
      Map<String, List<String>> params = new TreeMap<>(post.params().asMap());
      params.remove("account_id");
      posted.put(customerOf(post), params);
    }
    return posted;
  }

  private static List<String> drift(JsonNode rows) {
    List<String> lines = new ArrayList<>();
    rows.forEach(
        r ->
            lines.add(
                r.path("organization").asText()
                    + " "
                    + r.path("setting").asText()
                    + " baseline="
                    + r.get("baseline")
                    + " actual="
                    + r.get("actual")));
    return lines;
  }

  @Test
  void drift_namesEachDifference_fixPlansAndSendsExactlyThem_thenDriftIsClean() throws Exception {
    Result drift = cli.run("baseline", "drift", "-o", "json");

    assertThat(drift.code()).as(drift.err()).isEqualTo(1);
    assertThat(drift(JSON.readTree(drift.out())))
        .containsExactlyInAnyOrder(
            "Globex lockout_threshold baseline=5 actual=10",
            "Initech helpdesk_bypass baseline=\"deny\" actual=\"allow\"",
            "Initech sms_refresh baseline=1 actual=0",
            "Umbrella lockout_expire_duration baseline=0 actual=30");
    assertThat(drift.err()).contains("3 organizations off the baseline (4 settings), 2 on it");

    Result plan = cli.run("baseline", "fix", "--dry-run", "-o", "json");

    assertThat(plan.code()).as(plan.err()).isZero();
    Map<String, Map<String, List<String>>> planned = new TreeMap<>();
    for (JsonNode row : JSON.readTree(plan.out())) {
      for (JsonNode request : row.path("planned_requests")) {
        assertThat(
                planned.put(
                    row.path("organization").asText(), PlannedSettingsPost.parameters(request)))
            .isNull();
      }
    }
    Map<String, Map<String, List<String>>> expected =
        Map.of(
            "Globex", Map.of("lockout_threshold", List.of("5")),
            "Initech", Map.of("helpdesk_bypass", List.of("deny"), "sms_refresh", List.of("1")),
            "Umbrella", Map.of("lockout_expire_duration", List.of("0")));
    assertThat(planned).isEqualTo(expected);
    assertThat(settingsPosts()).as("a dry run sends no change").isEmpty();

    Result fix = cli.run("baseline", "fix");

    assertThat(fix.code()).as(fix.err()).isZero();
    assertThat(settingsPosts()).hasSize(3);
    assertThat(posted()).isEqualTo(expected);
    assertThat(settings("Globex").lockoutThreshold()).isEqualTo(5);
    assertThat(settings("Umbrella").lockoutExpireDuration()).isEmpty();
    assertThat(settings("Initech").helpdeskBypass()).isEqualTo("deny");

    Result clean = cli.run("baseline", "drift", "-o", "json");

    assertThat(clean.code()).as(clean.err()).isZero();
    assertThat(JSON.readTree(clean.out())).isEmpty();
    assertThat(clean.err()).contains("all 5 organizations are on the baseline");

    Result again = cli.run("baseline", "fix", "-o", "json");

    assertThat(again.code()).as(again.err()).isZero();
    assertThat(settingsPosts()).as("a second fix sends nothing").hasSize(3);
    for (JsonNode row : JSON.readTree(again.out())) {
      assertThat(row.path("data").path("outcome").asText())
          .as(row.path("organization").asText())
          .isEqualTo("unchanged");
    }
  }

  @Test
  void anOrganizationWhoseSettingsCannotBeRead_isReportedAsSuch_neverAsClean() {
    duo.emulator().world().deleteAccount(msp.child("Wayne Optics").id());

    Result drift = cli.run("baseline", "drift", "--org", "Wayne Optics", "-o", "csv");

    assertThat(drift.code()).isEqualTo(1);
    assertThat(drift.out()).contains("Wayne Optics").contains("reading the settings failed");
    assertThat(drift.err()).contains("1 not read");
  }

  @Test
  void drift_overOneOrganization_countsInTheSingular() {
    Result off = cli.run("baseline", "drift", "--org", "Globex");
    Result on = cli.run("baseline", "drift", "--org", "Harbor Dental");

    assertThat(off.code()).isEqualTo(1);
    assertThat(off.err()).contains("1 organization off the baseline (1 setting), 0 on it");
    assertThat(on.code()).as(on.err()).isZero();
    assertThat(on.err()).contains("the 1 organization is on the baseline");
  }

  @Test
  void set_withAnUnknownSettingOrAWrongType_exits2NamingEachField_andSavesNothing() {
    Result bad =
        cli.run("baseline", "set", "lockout_treshold=3", "sms_batch=many", "helpdesk_bypass=no");

    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err())
        .contains("lockout_treshold", "did you mean lockout_threshold?")
        .contains("sms_batch", "a whole number from 1 to 10")
        .contains("helpdesk_bypass", "one of allow, limit, deny");
    assertThat(cli.ok("baseline", "show", "-o", "csv").out())
        .contains("lockout_threshold,5")
        .doesNotContain("sms_batch");
  }
}
