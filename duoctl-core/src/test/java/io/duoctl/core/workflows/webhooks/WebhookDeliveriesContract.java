package io.duoctl.core.workflows.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.actions.handlers.StandardActions;
import io.duoctl.core.errors.FieldError;
import io.duoctl.core.settings.ConfigurationUpdate;
import io.duoctl.core.settings.SettingsService;
import io.duoctl.core.testing.Backend;
import io.duoctl.core.testing.CoreFixture;
import io.duoctl.core.workflows.WorkflowLookup;
import io.duoctl.core.workflows.Workflows;
import io.duoctl.core.workflows.runs.ConfirmationNeededException;
import io.duoctl.core.workflows.runs.InvalidRunInputException;
import io.duoctl.core.workflows.runs.RunTrigger;
import io.duoctl.core.workflows.runs.WorkflowRunRequest;
import io.duoctl.core.workflows.webhooks.WebhookRefusedException.Reason;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Receiving deliveries: what is refused, what starts a run, on every backend and across nodes. */
abstract class WebhookDeliveriesContract {
  static final byte[] BODY =
      "{\"user\": \"isla.hughes\", \"ticket\": 1042}".getBytes(StandardCharsets.UTF_8);

  @TempDir Path dir;
  CoreFixture fixture;
  WebhookService webhooks;
  RecordingLauncher launcher;
  WebhookDeliveries deliveries;
  String secret;

  abstract Backend backend();

  @BeforeEach
  void open() {
    fixture = new CoreFixture(backend(), dir);
    SettingsService settings =
        new SettingsService(fixture.jdbi(), fixture.vault, fixture.audit, fixture.clock);
    settings.save(ConfigurationUpdate.named("eu"), "alice");
    webhooks =
        new WebhookService(
            fixture.jdbi(),
            fixture.vault,
            fixture.audit,
            settings,
            WorkflowLookup.of(new Workflows(StandardActions.catalog(), fixture.clock)::builtIns),
            fixture.clock,
            CoreFixture.RANDOM);
    launcher = new RecordingLauncher();
    deliveries = node(launcher);
    secret =
        webhooks
            .create(
                new NewWebhook(
                    "psa",
                    "offboard-everywhere",
                    "has(payload.user) ? {'user': payload.user} : {}",
                    Optional.of("eu"),
                    true),
                "alice")
            .secret()
            .reveal();
  }

  @AfterEach
  void close() {
    if (fixture != null) { // null when PostgreSQL could not start and the test was skipped
      fixture.close();
    }
  }

  /** Another node on the same database. */
  WebhookDeliveries node(RecordingLauncher runs) {
    return new WebhookDeliveries(
        fixture.jdbi(),
        fixture.vault,
        runs,
        fixture.clock,
        WebhookDeliveries.DEFAULT_REPLAY_WINDOW);
  }

  String now() {
    return Long.toString(fixture.clock.instant().getEpochSecond());
  }

  DeliveryResult deliver(WebhookDeliveries node, String timestamp, byte[] body) {
    return node.receive("psa", timestamp, WebhookSignature.sign(secret, timestamp, body), body);
  }

  void assertRefused(Reason reason, Runnable delivery) {
    assertThatThrownBy(delivery::run)
        .isInstanceOfSatisfying(
            WebhookRefusedException.class, e -> assertThat(e.reason()).isEqualTo(reason))
        .hasMessage(WebhookRefusedException.MESSAGE);
  }

  @Test
  void aSignedDelivery_startsOneRun_withTheMappedInputsAndTheWebhooksSettings() throws Exception {
    DeliveryResult result = deliver(deliveries, now(), BODY);

    assertThat(result.runId()).contains("run-1");
    WorkflowRunRequest run = launcher.launched.getFirst();
    assertThat(run.workflow()).isEqualTo("offboard-everywhere");
    assertThat(run.inputs()).isEqualTo(new ObjectMapper().readTree("{\"user\": \"isla.hughes\"}"));
    assertThat(run.actor()).isEqualTo("webhook:psa");
    assertThat(run.scope()).isEqualTo(ApiScope.RUN);
    assertThat(run.dryRun()).isFalse();
    assertThat(run.confirmed()).isTrue();
    assertThat(run.configuration()).contains("eu");
    assertThat(run.trigger()).isEqualTo(RunTrigger.webhook("psa"));
  }

  @Test
  void everyRefusal_startsNothing_andCarriesTheSameMessage() {
    String now = now();
    String good = WebhookSignature.sign(secret, now, BODY);
    String wrong = WebhookSignature.sign(secret + "x", now, BODY);

    assertRefused(Reason.UNKNOWN_WEBHOOK, () -> deliveries.receive("nope", now, good, BODY));
    assertRefused(Reason.UNKNOWN_WEBHOOK, () -> deliveries.receive("../x", now, good, BODY));
    assertRefused(Reason.MISSING_HEADERS, () -> deliveries.receive("psa", null, good, BODY));
    assertRefused(Reason.MISSING_HEADERS, () -> deliveries.receive("psa", now, null, BODY));
    assertRefused(Reason.MALFORMED_HEADERS, () -> deliveries.receive("psa", "soon", good, BODY));
    assertRefused(
        Reason.MALFORMED_HEADERS,
        () -> deliveries.receive("psa", now, good.substring("sha256=".length()), BODY));
    assertRefused(Reason.WRONG_SIGNATURE, () -> deliveries.receive("psa", now, wrong, BODY));
    byte[] altered = "{\"user\": \"someone.else\"}".getBytes(StandardCharsets.UTF_8);
    assertRefused(Reason.WRONG_SIGNATURE, () -> deliveries.receive("psa", now, good, altered));
    assertThat(launcher.launched).isEmpty();
  }

  @Test
  void aTimestampMoreThanFiveMinutesAwayEitherWay_isRefused() {
    long now = fixture.clock.instant().getEpochSecond();

    assertRefused(
        Reason.STALE_TIMESTAMP, () -> deliver(deliveries, Long.toString(now - 301), BODY));
    assertRefused(
        Reason.FUTURE_TIMESTAMP, () -> deliver(deliveries, Long.toString(now + 301), BODY));
    assertThat(deliver(deliveries, Long.toString(now - 299), BODY).started()).isTrue();
    assertThat(deliver(deliveries, Long.toString(now + 299), BODY).started()).isTrue();
    assertThat(launcher.launched).hasSize(2);
  }

  @Test
  void theSameDeliveryAgain_isRefusedAsAReplay_alsoByAnotherNode() {
    String timestamp = now();
    String signature = WebhookSignature.sign(secret, timestamp, BODY);
    RecordingLauncher otherRuns = new RecordingLauncher();
    WebhookDeliveries otherNode = node(otherRuns);

    assertThat(deliveries.receive("psa", timestamp, signature, BODY).started()).isTrue();
    assertRefused(Reason.REPLAYED, () -> deliveries.receive("psa", timestamp, signature, BODY));
    assertRefused(Reason.REPLAYED, () -> otherNode.receive("psa", timestamp, signature, BODY));
    String upperCase = "sha256=" + signature.substring(7).toUpperCase(java.util.Locale.ROOT);
    assertRefused(Reason.REPLAYED, () -> otherNode.receive("psa", timestamp, upperCase, BODY));

    assertThat(launcher.launched).hasSize(1);
    assertThat(otherRuns.launched).isEmpty();
  }

  @Test
  void signaturesTooOldToPassAgain_areForgotten() {
    deliver(deliveries, now(), BODY);
    fixture.clock.advance(Duration.ofMinutes(11));

    deliver(deliveries, now(), BODY);

    int seen =
        fixture
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT COUNT(*) FROM webhook_signature_seen")
                        .mapTo(Integer.class)
                        .one());
    assertThat(seen).isEqualTo(1);
  }

  @Test
  void aDisabledOrRemovedWebhook_andARotatedSecret_refuse() {
    String oldSecret = secret;
    secret = webhooks.rotateSecret("psa", "bob").secret().reveal();
    String timestamp = now();
    byte[] body = "{\"user\": \"a\"}".getBytes(StandardCharsets.UTF_8);

    assertRefused(
        Reason.WRONG_SIGNATURE,
        () ->
            deliveries.receive(
                "psa", timestamp, WebhookSignature.sign(oldSecret, timestamp, body), body));
    webhooks.setEnabled("psa", false, "bob");
    assertRefused(Reason.DISABLED, () -> deliver(deliveries, timestamp, body));
    webhooks.delete("psa", "bob");
    assertRefused(Reason.UNKNOWN_WEBHOOK, () -> deliver(deliveries, timestamp, body));
    assertThat(launcher.launched).isEmpty();
  }

  @Test
  void anAuthenticDelivery_thatIsNotJson_isMalformed_andStartsNothing() {
    byte[] notJson = "user=isla.hughes".getBytes(StandardCharsets.UTF_8);
    byte[] twoValues = "{} {}".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> deliver(deliveries, now(), notJson))
        .isInstanceOf(MalformedWebhookPayloadException.class)
        .hasMessageContaining("line 1")
        .hasMessageNotContaining("isla");
    assertThatThrownBy(() -> deliver(deliveries, now(), twoValues))
        .isInstanceOf(MalformedWebhookPayloadException.class);
    assertThatThrownBy(() -> deliver(deliveries, now(), new byte[0]))
        .isInstanceOf(MalformedWebhookPayloadException.class);
    assertThat(launcher.launched).isEmpty();
  }

  @Test
  void aDeliveryTheMappingYieldsNothingFor_startsNothing() {
    DeliveryResult result =
        deliver(deliveries, now(), "{\"ticket\": 7}".getBytes(StandardCharsets.UTF_8));

    assertThat(result.started()).isFalse();
    assertThat(launcher.launched).isEmpty();
  }

  @Test
  void inputsTheWorkflowRefuses_areAMappingError_namingTheFields() {
    launcher.refusingWith(
        request -> {
          throw new InvalidRunInputException(
              request.workflow(),
              List.of(new FieldError("user", "must be a username, alias or email")));
        });

    assertThatThrownBy(() -> deliver(deliveries, now(), BODY))
        .isInstanceOfSatisfying(
            WebhookMappingException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("user"))
        .hasMessageContaining("not valid for workflow offboard-everywhere");
  }

  @Test
  void aWorkflowThatNeedsConfirmation_fromAnUnconfirmedWebhook_startsNothing_sayingHowToFixIt() {
    launcher.refusingWith(
        request -> {
          if (!request.confirmed()) {
            throw new ConfirmationNeededException(request.workflow(), List.of("users.delete"));
          }
        });
    String unconfirmed =
        webhooks
            .create(
                new NewWebhook(
                    "halo",
                    "offboard-everywhere",
                    "{'user': payload.user}",
                    Optional.empty(),
                    false),
                "alice")
            .secret()
            .reveal();
    String timestamp = now();

    assertThatThrownBy(
            () ->
                deliveries.receive(
                    "halo", timestamp, WebhookSignature.sign(unconfirmed, timestamp, BODY), BODY))
        .isInstanceOf(WebhookNotConfirmedException.class)
        .hasMessageContaining("users.delete")
        .hasMessageContaining("--yes");
    assertThat(launcher.launched).isEmpty();
  }
}
