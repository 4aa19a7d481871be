package io.duoctl.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.app.api.ApiHarness.Reply;
import io.duoctl.app.web.WebModules;
import io.duoctl.app.web.WebServerOptions;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.workflows.runs.RunTrigger;
import io.duoctl.core.workflows.runs.WorkflowRunRequest;
import io.duoctl.core.workflows.webhooks.WebhookSignature;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /api/v1/webhooks/{name}/deliveries} over real HTTP, as a PSA's relay sends them: a
 * signed ConnectWise callback starts one run; a wrong signature, a stale timestamp, a replay and an
 * unknown webhook are each the same 401 and start nothing. Runs go to a {@link RecordingLauncher}
 * until the workflow engine lands.
 */
@Tag("slow")
class WebhookDeliveriesApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PATH = "/api/v1/webhooks/cw-offboard/deliveries";

  @TempDir Path dataDir;
  ApiHarness api;
  RecordingLauncher launcher;
  String admin;
  String secret;

  @BeforeEach
  void start() {
    launcher = new RecordingLauncher();
    WebServerOptions options = WebServerOptions.defaults();
    api =
        new ApiHarness(
            dataDir,
            options,
            duoctl ->
                List.of(
                    new ApiModule(
                        DuoctlApi.routes(duoctl, launcher),
                        duoctl.apiTokens()::authenticate,
                        duoctl.database()::answers,
                        duoctl.readiness()::check,
                        duoctl.metrics()::scrape,
                        duoctl.duoCallTimes(),
                        WebModules.jsonMapper(),
                        options.maxRequestBytes())));
    admin = api.token("ops", ApiScope.ADMIN);
    Reply created =
        api.post(
            "/api/v1/webhooks",
            admin,
            "{\"name\": \"cw-offboard\", \"workflow\": \"offboard-everywhere\","
                + " \"sample\": \"connectwise\", \"confirmed\": true}");
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    secret = created.json().path("secret").asText();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  /** A ConnectWise "ticket added" callback: the ticket travels as a JSON string in Entity. */
  static byte[] connectWiseCallback(String summary) {
    ObjectNode ticket = JSON.createObjectNode().put("id", 1042).put("summary", summary);
    ticket.putObject("company").put("identifier", "HarborDental").put("name", "Harbor Dental");
    ticket.putArray("customFields").addObject().put("id", 7).put("caption", "Billing code");
    ObjectNode callback =
        JSON.createObjectNode()
            .put("MessageId", "cb67323f-43ba-4ef6-b471-6bb90e62ab6a")
            .put("FromUrl", "na.myconnectwise.net")
            .put("CompanyId", "northwind")
            .put("MemberId", "jsmith")
            .put("Action", "added")
            .put("Type", "ticket")
            .put("ID", 1042)
            .put("Entity", ticket.toString());
    callback.putObject("Metadata").put("key_url", "https://na.myconnectwise.net/callbackkey");
    return callback.toString().getBytes(StandardCharsets.UTF_8);
  }

  Map<String, String> signed(String key, long timestamp, byte[] body) {
    String seconds = Long.toString(timestamp);
    return Map.of(
        "Content-Type",
        "application/json",
        WebhookSignature.TIMESTAMP_HEADER,
        seconds,
        WebhookSignature.SIGNATURE_HEADER,
        WebhookSignature.sign(key, seconds, body));
  }

  static long now() {
    return Instant.now().getEpochSecond();
  }

  void assertRefused(Reply reply) {
    assertThat(reply.status()).as(reply.text()).isEqualTo(401);
    assertThat(reply.code()).isEqualTo("unauthorized");
    assertThat(reply.json().path("error").path("message").asText())
        .isEqualTo("the delivery was refused: its signature could not be verified");
  }

  @Test
  void aSignedConnectWiseCallback_startsExactlyOneRun_withTheMappedInputs() throws Exception {
    byte[] body = connectWiseCallback("Offboard: isla.hughes@harbordental.example (delete)");

    Reply reply = api.post(PATH, signed(secret, now(), body), body);

    assertThat(reply.status()).as(reply.text()).isEqualTo(202);
    assertThat(reply.json().path("started").asBoolean()).isTrue();
    assertThat(reply.json().path("run_id").asText()).isEqualTo("run-1");
    assertThat(launcher.launched()).hasSize(1);
    WorkflowRunRequest run = launcher.launched().getFirst();
    assertThat(run.workflow()).isEqualTo("offboard-everywhere");
    assertThat(run.inputs())
        .isEqualTo(
            JSON.readTree(
                "{\"user\": \"isla.hughes@harbordental.example\", \"mode\": \"delete\"}"));
    assertThat(run.actor()).isEqualTo("webhook:cw-offboard");
    assertThat(run.trigger()).isEqualTo(RunTrigger.webhook("cw-offboard"));
    assertThat(run.confirmed()).isTrue();
    assertThat(run.configuration()).isEmpty();
  }

  @Test
  void aTicketTheMappingDoesNotActOn_isAccepted_andStartsNothing() {
    byte[] body = connectWiseCallback("Printer jammed");

    Reply reply = api.post(PATH, signed(secret, now(), body), body);

    assertThat(reply.status()).as(reply.text()).isEqualTo(202);
    assertThat(reply.json().path("started").asBoolean()).isFalse();
    assertThat(reply.json().has("run_id")).isFalse();
    assertThat(launcher.launched()).isEmpty();
  }

  @Test
  void aWrongSignature_aStaleTimestamp_aReplay_andAnUnknownWebhook_areTheSame401() {
    byte[] body = connectWiseCallback("Offboard: isla.hughes");
    long now = now();
    Map<String, String> good = signed(secret, now, body);
    assertThat(api.post(PATH, good, body).status()).isEqualTo(202);

    assertRefused(api.post(PATH, good, body));
    assertRefused(api.post(PATH, signed(secret + "x", now, body), body));
    assertRefused(api.post(PATH, signed(secret, now - 600, body), body));
    assertRefused(api.post(PATH, signed(secret, now + 600, body), body));
    assertRefused(api.post("/api/v1/webhooks/nope/deliveries", signed(secret, now, body), body));
    assertRefused(api.post(PATH, Map.of("Content-Type", "application/json"), body));
    assertRefused(api.post(PATH, Map.of("Authorization", "Bearer " + admin), body));

    assertThat(launcher.launched()).hasSize(1);
  }

  @Test
  void aDisabledWebhook_isRefusedLikeAnyOther_untilEnabledAgain() {
    byte[] body = connectWiseCallback("Offboard: isla.hughes");
    assertThat(api.post("/api/v1/webhooks/cw-offboard/disable", admin, null).status())
        .isEqualTo(200);

    assertRefused(api.post(PATH, signed(secret, now(), body), body));
    assertThat(api.post("/api/v1/webhooks/cw-offboard/enable", admin, null).status())
        .isEqualTo(200);
    assertThat(api.post(PATH, signed(secret, now(), body), body).status()).isEqualTo(202);
    assertThat(launcher.launched()).hasSize(1);
  }

  @Test
  void anAuthenticBodyThatIsNotJson_is400_andAMappingFailure_is422NamingTheField() {
    byte[] notJson = "Action=added".getBytes(StandardCharsets.UTF_8);
    Reply malformed = api.post(PATH, signed(secret, now(), notJson), notJson);

    assertThat(malformed.status()).as(malformed.text()).isEqualTo(400);
    assertThat(malformed.code()).isEqualTo("malformed_json");
    ObjectNode broken = JSON.createObjectNode().put("Action", "added").put("Type", "ticket");
    broken.put("Entity", "{not json");
    byte[] body = broken.toString().getBytes(StandardCharsets.UTF_8);
    Reply unmappable = api.post(PATH, signed(secret, now(), body), body);
    assertThat(unmappable.status()).as(unmappable.text()).isEqualTo(422);
    assertThat(unmappable.code()).isEqualTo("unprocessable_payload");
    assertThat(unmappable.json().path("error").path("field").asText()).isEqualTo("mapping");
    assertThat(launcher.launched()).isEmpty();
  }

  @Test
  void theSecret_appearsOnlyInTheCreateAndRotateAnswers() {
    byte[] body = connectWiseCallback("Offboard: isla.hughes");
    api.post(PATH, signed(secret, now(), body), body);
    api.get("/api/v1/webhooks", admin);
    api.get("/api/v1/webhooks/cw-offboard", admin);
    api.get("/api/v1/audit", admin);
    Reply rotated = api.post("/api/v1/webhooks/cw-offboard/rotate-secret", admin, null);
    String newSecret = rotated.json().path("secret").asText();
    assertRefused(api.post(PATH, signed(secret, now(), body), body));
    api.get("/api/v1/webhooks", admin);
    api.get("/api/v1/audit?subject=webhook", admin);

    String everything = api.everyReply();
    assertThat(newSecret).startsWith("duoctl_whsec_").isNotEqualTo(secret);
    assertThat(everything.split(java.util.regex.Pattern.quote(secret), -1)).hasSize(2);
    assertThat(everything.split(java.util.regex.Pattern.quote(newSecret), -1)).hasSize(2);
  }

  @Test
  void onlyTheDeliveryRoute_goesWithoutAToken() {
    for (Reply reply :
        List.of(
            api.post("/api/v1/webhooks", null, "{}"),
            api.get(PATH, null),
            api.post(PATH + "/more", null, "{}"),
            api.post("/api/v1/webhooks/cw-offboard/rotate-secret", (String) null, null),
            api.get("/api/v1/webhooks/cw-offboard", null))) {
      assertThat(reply.status()).as(reply.text()).isEqualTo(401);
      assertThat(reply.wwwAuthenticate())
          .hasValueSatisfying(h -> assertThat(h).startsWith("Bearer"));
    }
    Reply unsigned =
        api.post(PATH, Map.of("Content-Type", "application/json"), new byte[] {'{', '}'});
    assertThat(unsigned.status()).isEqualTo(401);
    assertThat(unsigned.wwwAuthenticate()).isEmpty();
  }
}
