package io.duoctl.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.app.PlannedSettingsPost;
import io.duoctl.app.api.actions.MspApi;
import io.duoctl.app.api.actions.MspApi.Reply;
import io.duoctl.core.access.ApiScope;
import io.duoctl.emulator.admin.settings.AccountSettings;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import io.duoctl.emulator.record.RecordedRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The baseline's REST routes over real HTTP against the emulator: four customers, three off the
 * baseline in different settings. Set, read, drift, the fix (as a job of {@code fix_input} and
 * through {@code POST /api/v1/baseline/fix}), removal, scopes and the shape of every refusal.
 */
@Tag("slow")
class BaselineRoutesTest {
  private static final List<String> CUSTOMERS = List.of("Acme", "Globex", "Initech", "Umbrella");
  private static final String BASELINE =
      "{'settings': {'lockout_threshold': 5, 'lockout_expire_duration': 0, 'helpdesk_bypass':"
          + " 'deny', 'fraud_email_enabled': true, 'sms_refresh': 'true'}}";
  private static final Map<String, Map<String, List<String>>> FIX =
      Map.of(
          "Globex", Map.of("lockout_threshold", List.of("5")),
          "Initech",
              Map.of("fraud_email_enabled", List.of("1"), "helpdesk_bypass", List.of("deny")),
          "Umbrella", Map.of("lockout_expire_duration", List.of("0")));

  @RegisterExtension static final DuoEmulatorExtension duo = new DuoEmulatorExtension();

  @TempDir Path dataDir;
  MspApi api;
  String adminToken;

  @BeforeEach
  void fourCustomers_threeOffTheBaseline() {
    api = new MspApi(duo.emulator(), dataDir, CUSTOMERS);
    adminToken = api.token("admin", ApiScope.ADMIN);
    for (String customer : CUSTOMERS) {
      settings(customer).set("lockout_threshold", "5");
      settings(customer).set("helpdesk_bypass", "deny");
      settings(customer).set("fraud_email_enabled", "true");
      settings(customer).set("sms_refresh", "1");
    }
    settings("Globex").set("lockout_threshold", "10");
    settings("Initech").set("helpdesk_bypass", "allow");
    settings("Initech").set("fraud_email_enabled", "false");
    settings("Umbrella").set("lockout_expire_duration", "30");
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private AccountSettings settings(String customer) {
    return AccountSettings.of(api.accounts.get(customer));
  }

  private Reply setBaseline() {
    Reply set = api.send("PUT", "/api/v1/baseline", adminToken, BASELINE);
    assertThat(set.status()).as(set.text()).isEqualTo(200);
    return set;
  }

  /** Each settings POST duoctl sent, as {@code Customer: {setting=[value]}}. */
  private Map<String, Map<String, List<String>>> posted() {
    Map<String, String> customers = new HashMap<>();
    api.accounts.forEach((name, account) -> customers.put(account.id(), name));
    Map<String, Map<String, List<String>>> posted = new TreeMap<>();
    for (RecordedRequest post :
        duo.requests()
            .matching(r -> r.method().equals("POST") && r.path().equals("/admin/v1/settings"))) {
      Map<String, List<String>> params = new TreeMap<>(post.params().asMap());
      posted.put(customers.get(params.remove("account_id").get(0)), params);
    }
    return posted;
  }

  /** The rows of the finished job {@code started} answered with. */
  private JsonNode rowsOf(Reply started) throws InterruptedException {
    assertThat(started.status()).as(started.text()).isEqualTo(202);
    String id = started.json().path("id").asText();
    assertThat(started.location()).contains("/api/v1/jobs/" + id);
    var running = api.duoctl.fanOutRunning(id).flatMap(fanOut -> fanOut.running(id));
    if (running.isPresent()) {
      assertThat(running.get().await(Duration.ofSeconds(60))).isTrue();
    }
    Reply rows = api.get("/api/v1/jobs/" + id + "/rows", api.readToken);
    assertThat(rows.status()).as(rows.text()).isEqualTo(200);
    return rows.json().path("rows");
  }

  private static List<String> differences(JsonNode drift) {
    List<String> lines = new ArrayList<>();
    drift
        .path("rows")
        .forEach(
            r ->
                lines.add(
                    r.path("organization").asText()
                        + " "
                        + (r.path("setting").isNull()
                            ? "not read: " + r.path("problem").asText()
                            : r.path("setting").asText()
                                + " baseline="
                                + r.get("baseline")
                                + " actual="
                                + r.get("actual"))));
    return lines;
  }

  private static List<String> fields(Reply refused) {
    List<String> fields = new ArrayList<>();
    refused.json().path("error").path("fields").forEach(f -> fields.add(f.path("field").asText()));
    return fields;
  }

  @Test
  void put_thenGet_showTheSettingsInStoredFormAndTheFixInputAsDuoTakesIt() {
    Reply set = setBaseline();
    Reply read = api.get("/api/v1/baseline", api.readToken);

    assertThat(read.status()).as(read.text()).isEqualTo(200);
    assertThat(read.json()).isEqualTo(set.json());
    assertThat(read.json().path("configuration").asText()).isEqualTo("default");
    assertThat(read.json().path("settings").toString())
        .isEqualTo(
            MspApi.json(
                "{'fraud_email_enabled':true,'helpdesk_bypass':'deny','lockout_expire_duration':0,"
                    + "'lockout_threshold':5,'sms_refresh':1}"));
    assertThat(read.json().path("fix_input").toString())
        .isEqualTo(
            MspApi.json(
                "{'settings':{'fraud_email_enabled':'1','helpdesk_bypass':'deny',"
                    + "'lockout_expire_duration':'0','lockout_threshold':'5','sms_refresh':'1'}}"));
  }

  @Test
  void put_withUnknownSettingsAndWrongTypes_is400NamingEachField_andStoresNothing() {
    setBaseline();

    Reply refused =
        api.send(
            "PUT",
            "/api/v1/baseline",
            adminToken,
            "{'settings': {'lockout_treshold': 3, 'sms_batch': 'many', 'helpdesk_bypass': 'no',"
                + " 'lockout_threshold': 7}}");

    assertThat(refused.status()).as(refused.text()).isEqualTo(400);
    assertThat(refused.contentType()).startsWith("application/json");
    assertThat(refused.code()).isEqualTo("invalid_input");
    assertThat(fields(refused))
        .containsExactlyInAnyOrder("lockout_treshold", "sms_batch", "helpdesk_bypass");
    assertThat(refused.text())
        .contains("did you mean lockout_threshold?")
        .contains("a whole number from 1 to 10")
        .contains("one of allow, limit, deny");
    JsonNode stored = api.get("/api/v1/baseline", api.readToken).json().path("settings");
    assertThat(stored.path("lockout_threshold").asInt()).isEqualTo(5);
    assertThat(stored.has("sms_batch")).isFalse();
  }

  @Test
  void drift_namesEachDifference_theJobOfFixInputSendsExactlyThem_thenDriftIsClean()
      throws Exception {
    JsonNode fixInput = setBaseline().json().path("fix_input");

    Reply drift = api.get("/api/v1/baseline/drift", api.readToken);

    assertThat(drift.status()).as(drift.text()).isEqualTo(200);
    assertThat(differences(drift.json()))
        .containsExactlyInAnyOrder(
            "Globex lockout_threshold baseline=5 actual=10",
            "Initech fraud_email_enabled baseline=true actual=false",
            "Initech helpdesk_bypass baseline=\"deny\" actual=\"allow\"",
            "Umbrella lockout_expire_duration baseline=0 actual=30");
    assertThat(drift.json().path("clean").asBoolean()).isFalse();
    assertThat(drift.json().path("on_baseline").asInt()).isEqualTo(1);
    assertThat(drift.json().path("drifted").asInt()).isEqualTo(3);
    assertThat(drift.json().path("not_read").asInt()).isZero();
    assertThat(drift.json().path("differences").asInt()).isEqualTo(4);
    assertThat(posted()).as("drift only reads").isEmpty();

    JsonNode rows =
        rowsOf(
            api.post(
                "/api/v1/jobs",
                api.runToken,
                "{'action': 'settings.align', 'all_organizations': true, 'input': "
                    + fixInput.toString().replace('"', '\'')
                    + "}"));

    assertThat(rows).hasSize(4).allMatch(r -> r.path("ok").asBoolean());
    assertThat(posted()).isEqualTo(FIX);
    Reply clean = api.get("/api/v1/baseline/drift", api.readToken);
    assertThat(clean.json().path("rows")).isEmpty();
    assertThat(clean.json().path("clean").asBoolean()).isTrue();
    assertThat(clean.json().path("on_baseline").asInt()).isEqualTo(4);
  }

  @Test
  void fix_dryRunPlansExactlyTheDifferences_theFixSendsThem_andASecondHasNothingToDo()
      throws Exception {
    setBaseline();

    JsonNode plan = rowsOf(api.post("/api/v1/baseline/fix", api.runToken, "{'dry_run': true}"));

    Map<String, Map<String, List<String>>> planned = new TreeMap<>();
    for (JsonNode row : plan) {
      for (JsonNode request : row.path("data")) {
        if (request.has("path")) {
          planned.put(row.path("organization").asText(), PlannedSettingsPost.parameters(request));
        }
      }
    }
    assertThat(planned).isEqualTo(FIX);
    assertThat(posted()).as("a dry run sends nothing").isEmpty();

    JsonNode fixed = rowsOf(api.post("/api/v1/baseline/fix", api.runToken, "{}"));

    assertThat(fixed).hasSize(4).allMatch(r -> r.path("ok").asBoolean());
    assertThat(posted()).isEqualTo(FIX);
    assertThat(settings("Initech").helpdeskBypass()).isEqualTo("deny");

    JsonNode again =
        rowsOf(api.post("/api/v1/baseline/fix", api.runToken, "{'all_organizations': true}"));

    assertThat(again)
        .hasSize(4)
        .allMatch(r -> r.path("data").path("outcome").asText().equals("unchanged"));
    assertThat(posted()).as("a second fix sends nothing").isEqualTo(FIX);
  }

  @Test
  void drift_listsAnOrganizationItCouldNotRead_asNotRead_neverAsClean() {
    setBaseline();
    duo.emulator().world().deleteAccount(api.accounts.get("Acme").id());

    Reply drift = api.get("/api/v1/baseline/drift?organizations=Acme,Globex", api.readToken);

    assertThat(drift.status()).as(drift.text()).isEqualTo(200);
    assertThat(differences(drift.json()))
        .hasSize(2)
        .contains("Globex lockout_threshold baseline=5 actual=10")
        .anyMatch(line -> line.startsWith("Acme not read: reading the settings failed"));
    assertThat(drift.json().path("clean").asBoolean()).isFalse();
    assertThat(drift.json().path("not_read").asInt()).isEqualTo(1);
    assertThat(drift.json().path("on_baseline").asInt()).isZero();
  }

  @Test
  void delete_removesOneSetting_andOneNoBaselineCanHoldIs400NamingIt() {
    setBaseline();

    Reply removed = api.send("DELETE", "/api/v1/baseline/settings/sms_refresh", adminToken, null);
    Reply unknown = api.send("DELETE", "/api/v1/baseline/settings/name", adminToken, null);

    assertThat(removed.status()).as(removed.text()).isEqualTo(200);
    assertThat(removed.json().path("settings").has("sms_refresh")).isFalse();
    assertThat(removed.json().path("settings").has("lockout_threshold")).isTrue();
    assertThat(removed.json().path("fix_input").path("settings").has("sms_refresh")).isFalse();
    assertThat(unknown.status()).as(unknown.text()).isEqualTo(400);
    assertThat(fields(unknown)).containsExactly("name");
    assertThat(unknown.text()).contains("cannot be standardised");
  }

  @Test
  void aReadToken_readsAndDrifts_aRunTokenFixes_onlyAnAdminTokenChangesTheBaseline() {
    setBaseline();
    String delete = "/api/v1/baseline/settings/lockout_threshold";

    assertThat(api.get("/api/v1/baseline", api.readToken).status()).isEqualTo(200);
    assertThat(api.get("/api/v1/baseline/drift", api.readToken).status()).isEqualTo(200);
    for (String token : List.of(api.readToken, api.runToken)) {
      Reply put = api.send("PUT", "/api/v1/baseline", token, BASELINE);
      Reply removed = api.send("DELETE", delete, token, null);
      assertThat(put.status()).isEqualTo(403);
      assertThat(put.code()).isEqualTo("forbidden");
      assertThat(removed.status()).isEqualTo(403);
    }
    Reply readFix = api.post("/api/v1/baseline/fix", api.readToken, "{'dry_run': true}");
    assertThat(readFix.status()).isEqualTo(403);
    assertThat(readFix.code()).isEqualTo("forbidden");
    assertThat(api.get("/api/v1/baseline", api.readToken).json().path("settings").size())
        .isEqualTo(5);
    assertThat(posted()).isEmpty();
  }

  @Test
  void refusals_areJsonErrorsNamingTheField_neverA5xx() {
    Reply noBaseline = api.get("/api/v1/baseline/drift", api.readToken);
    Reply noBaselineToFix = api.post("/api/v1/baseline/fix", api.runToken, "{}");
    Reply unknownConfiguration = api.get("/api/v1/baseline?configuration=nope", api.readToken);
    setBaseline();
    Reply unknownTag = api.get("/api/v1/baseline/drift?tag=nobody", api.readToken);
    Reply unknownField =
        api.post("/api/v1/baseline/fix", api.runToken, "{'organisations': ['Acme']}");
    Reply twoSelections =
        api.post("/api/v1/baseline/fix", api.runToken, "{'tag': 'x', 'all_organizations': true}");
    Reply notAnObject = api.send("PUT", "/api/v1/baseline", adminToken, "{'settings': 5}");
    Reply noSettings = api.send("PUT", "/api/v1/baseline", adminToken, "{'settings': {}}");

    assertThat(
            List.of(
                noBaseline,
                noBaselineToFix,
                unknownConfiguration,
                unknownTag,
                unknownField,
                twoSelections,
                notAnObject,
                noSettings))
        .allSatisfy(
            reply -> {
              assertThat(reply.status()).as(reply.text()).isBetween(400, 499);
              assertThat(reply.contentType()).startsWith("application/json");
              assertThat(reply.json().path("error").path("message").asText()).isNotBlank();
            });
    assertThat(fields(noBaseline)).containsExactly("baseline");
    assertThat(fields(noBaselineToFix)).containsExactly("baseline");
    assertThat(unknownConfiguration.status()).isEqualTo(404);
    assertThat(fields(unknownTag)).containsExactly("tag");
    assertThat(fields(unknownField)).containsExactly("organisations");
    assertThat(fields(twoSelections)).containsExactly("organizations");
    assertThat(notAnObject.status()).isEqualTo(400);
    assertThat(fields(noSettings)).containsExactly("settings");
    assertThat(api.duoctl.jobs().recent(0, 10)).isEmpty();
  }
}
