package io.duoctl.core.logexport.rules;

import static io.duoctl.core.logexport.rules.RuleEvents.auth;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.duoctl.core.actions.handlers.StandardActions;
import io.duoctl.core.audit.AuditEntry;
import io.duoctl.core.audit.AuditQuery;
import io.duoctl.core.audit.AuditSubject;
import io.duoctl.core.errors.FieldError;
import io.duoctl.core.logexport.ExportedEvent;
import io.duoctl.core.logexport.SinkUnavailableException;
import io.duoctl.core.testing.Backend;
import io.duoctl.core.testing.CoreFixture;
import io.duoctl.core.workflows.WorkflowLookup;
import io.duoctl.core.workflows.Workflows;
import io.duoctl.core.workflows.webhooks.WebhookSignature;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Log rules stored, checked and fired through {@link RuleSink}, on every backend. */
abstract class LogRulesContract {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SECRET = "whsec-test-0123456789";
  private static final String SMTP_PASSWORD = "smtp-pw-98765";

  @RegisterExtension
  static final GreenMailExtension MAIL =
      new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
          .withConfiguration(GreenMailConfiguration.aConfig().withUser("alerts", SMTP_PASSWORD));

  @TempDir Path dir;
  CoreFixture fixture;
  LogRuleService rules;
  Receiver receiver;
  final HttpClient http = HttpClient.newHttpClient();

  abstract Backend backend();

  @BeforeEach
  void open() {
    fixture = new CoreFixture(backend(), dir);
    rules =
        new LogRuleService(
            fixture.jdbi(),
            fixture.vault,
            fixture.audit,
            WorkflowLookup.of(new Workflows(StandardActions.catalog(), fixture.clock)::builtIns),
            fixture.clock);
    receiver = new Receiver();
  }

  @AfterEach
  void close() {
    if (receiver != null) {
      receiver.close();
    }
    if (fixture != null) { // null when PostgreSQL could not start and the test was skipped
      fixture.close();
    }
  }

  RuleSink sink() {
    return new RuleSink(
        "rules",
        fixture.jdbi(),
        fixture.vault,
        fixture.audit,
        request -> {
          throw new AssertionError("no workflow expected");
        },
        http,
        fixture.clock);
  }

  LogRule add(String yaml) {
    return rules.create(LogRuleReader.parse(yaml), "alice");
  }

  LogRule fraudWebhook(String extra) {
    return add(
        """
        name: fraud-alert
        condition: log == "authentication" && event.result == "fraud"
        %s
        action:
          webhook:
            url: %s
            secret: %s
        """
            .formatted(extra, receiver.url(), SECRET));
  }

  List<AuditEntry> firings(String action) {
    return fixture.audit.find(AuditQuery.all().page(0, 500)).entries().stream()
        .filter(e -> e.subject() == AuditSubject.LOG_RULE && e.action().equals(action))
        .toList();
  }

  @Test
  void aFraudEvent_firesTheWebhookOnce_whenTheBatchComesAgain_andAfterARestart() throws Exception {
    fraudWebhook("");
    List<ExportedEvent> batch =
        List.of(auth("tx-ok", "ann", "success", 0), auth("tx-fraud", "bob", "fraud", 1));

    RuleSink first = sink();
    first.deliver(batch);
    first.deliver(batch);
    first.close();
    sink().deliver(batch);

    assertThat(receiver.received).hasSize(1);
    Receiver.Received call = receiver.received.getFirst();
    JsonNode body = JSON.readTree(call.body());
    assertThat(body.path("rule").asText()).isEqualTo("fraud-alert");
    assertThat(body.path("org").path("id").asText()).isEqualTo("org-1");
    assertThat(body.path("log").asText()).isEqualTo("authentication");
    assertThat(body.path("events")).hasSize(1);
    assertThat(body.path("events").get(0).path("key").asText()).isEqualTo("tx-fraud");
    assertThat(body.path("events").get(0).path("event").path("user").path("name").asText())
        .isEqualTo("bob");
    assertThat(call.headers().get("idempotency-key")).isEqualTo(body.path("firing_id").asText());
    String timestamp = call.headers().get("x-duoctl-timestamp");
    assertThat(call.headers().get("x-duoctl-signature"))
        .isEqualTo(
            WebhookSignature.sign(SECRET, timestamp, call.body().getBytes(StandardCharsets.UTF_8)));
    assertThat(firings("firing.sent"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.subjectId()).isEqualTo("fraud-alert");
              assertThat(e.changes().toString()).contains("tx-fraud", "org-1");
            });
    assertThat(fixture.audit.find(AuditQuery.all().page(0, 500)).entries().toString())
        .doesNotContain(SECRET);
  }

  @Test
  void aggregation_firesOnceForFiveDeniedPushesToOneUserWithinTenMinutes() {
    add(
        """
        name: push-storm
        condition: event.result == "denied" && event.factor == "duo_push"
        aggregate: {group_by: event.user.name, at_least: 5, within: 10m}
        action:
          webhook: {url: %s}
        """
            .formatted(receiver.url()));
    List<ExportedEvent> batch = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      batch.add(auth("alice-" + i, "alice", "denied", i * 2)); // minutes 0..8
    }
    batch.add(auth("alice-5", "alice", "denied", 9)); // the same storm: no second firing
    for (int i = 0; i < 4; i++) {
      batch.add(auth("bob-" + i, "bob", "denied", i)); // only 4
    }
    for (int i = 0; i < 3; i++) {
      batch.add(auth("carol-" + i, "carol", "denied", i)); // two users, 3 each
      batch.add(auth("dave-" + i, "dave", "denied", i));
    }
    for (int i = 0; i < 5; i++) {
      batch.add(auth("erin-" + i, "erin", "denied", i * 3)); // 5, but over 12 minutes
    }
    batch.sort(java.util.Comparator.comparing(ExportedEvent::timestamp));

    sink().deliver(batch);
    sink().deliver(batch);

    assertThat(receiver.received)
        .singleElement()
        .satisfies(
            r -> {
              JsonNode body = JSON.readTree(r.body());
              assertThat(body.path("group").asText()).isEqualTo("alice");
              assertThat(body.path("events")).hasSize(5);
            });
  }

  @Test
  void overTheRateLimit_firingsAreSuppressedAndCounted_notSent() {
    fraudWebhook("max_per_hour: 2");
    List<ExportedEvent> batch = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      batch.add(auth("fraud-" + i, "user" + i, "fraud", i));
    }

    sink().deliver(batch);
    assertThat(receiver.received).hasSize(2);
    assertThat(firings("firing.suppressed")).hasSize(2);

    fixture.clock.advance(Duration.ofMinutes(61));
    sink().deliver(batch);
    sink().deliver(List.of(auth("fraud-later", "zed", "fraud", 70)));
    assertThat(receiver.received).hasSize(3);
    assertThat(firings("firing.suppressed")).hasSize(2);
  }

  @Test
  void aReceiverDown_makesDeliverThrow_thenUp_firesOnce() {
    int port = receiver.port();
    receiver.close();
    fraudWebhook("");
    List<ExportedEvent> batch = List.of(auth("tx-fraud", "bob", "fraud", 1));

    RuleSink sink = sink();
    assertThatThrownBy(() -> sink.deliver(batch))
        .isInstanceOf(SinkUnavailableException.class)
        .hasMessageContaining("fraud-alert")
        .hasMessageNotContaining(SECRET);

    receiver = new Receiver(port);
    receiver.status = 503;
    assertThatThrownBy(() -> sink.deliver(batch))
        .isInstanceOf(SinkUnavailableException.class)
        .hasMessageContaining("HTTP 503");

    receiver.status = 200;
    sink.deliver(batch);
    sink.deliver(batch);
    assertThat(receiver.received).hasSize(1);
    assertThat(firings("firing.failed")).hasSize(2);
    assertThat(firings("firing.sent")).hasSize(1);
  }

  @Test
  void anEmailAction_isReceivedByTheSmtpServer() throws Exception {
    add(
        """
        name: fraud-mail
        condition: event.result == "fraud"
        action:
          email:
            host: 127.0.0.1
            port: %d
            security: none
            username: alerts
            password: %s
            from: duoctl@msp.example
            to: [soc@msp.example, oncall@msp.example]
            subject: "[duoctl] {rule}: {count} event(s) in {org}"
        """
            .formatted(MAIL.getSmtp().getPort(), SMTP_PASSWORD));

    sink()
        .deliver(List.of(auth("tx-fraud", "bob", "fraud", 1), auth("tx-ok", "ann", "success", 2)));
    sink().deliver(List.of(auth("tx-fraud", "bob", "fraud", 1)));

    MimeMessage[] messages = MAIL.getReceivedMessages();
    assertThat(messages).hasSize(2); // one message, one copy per recipient
    MimeMessage message = messages[0];
    assertThat(message.getSubject()).isEqualTo("[duoctl] fraud-mail: 1 event(s) in Harbor Dental");
    assertThat(message.getRecipients(Message.RecipientType.TO))
        .extracting(Object::toString)
        .containsExactly("soc@msp.example", "oncall@msp.example");
    assertThat(message.getContent().toString()).contains("tx-fraud", "bob");
    assertThat(rules.get("fraud-mail").toString()).doesNotContain(SMTP_PASSWORD);
    assertThat(fixture.audit.find(AuditQuery.all().page(0, 500)).entries().toString())
        .doesNotContain(SMTP_PASSWORD);
  }

  @Test
  void aDisabledRule_firesOnNothing_andADeletedOneIsGone() {
    fraudWebhook("enabled: false");
    sink().deliver(List.of(auth("tx-1", "bob", "fraud", 1)));
    assertThat(receiver.received).isEmpty();

    rules.setEnabled("fraud-alert", true, "alice");
    sink().deliver(List.of(auth("tx-2", "bob", "fraud", 2)));
    assertThat(receiver.received).hasSize(1);

    rules.delete("fraud-alert", "alice");
    assertThat(rules.list()).isEmpty();
    sink().deliver(List.of(auth("tx-3", "bob", "fraud", 3)));
    assertThat(receiver.received).hasSize(1);
    assertThatThrownBy(() -> rules.get("fraud-alert")).isInstanceOf(LogRuleNotFoundException.class);
  }

  @Test
  void aStoredRule_readsBackAsWritten_withoutItsSecret() {
    fraudWebhook("aggregate: {group_by: event.user.name, at_least: 3, within: 5m}");

    LogRule rule = rules.get("fraud-alert");

    assertThat(rule.secretSet()).isTrue();
    assertThat(rule.aggregation())
        .contains(new Aggregation("event.user.name", 3, Duration.ofMinutes(5)));
    assertThat(rule.action()).isEqualTo(new RuleAction.Webhook(receiver.url()));
    assertThat(LogRuleReader.write(rule).toString()).doesNotContain(SECRET);
    assertThatThrownBy(() -> fraudWebhook(""))
        .isInstanceOf(InvalidLogRuleException.class)
        .satisfies(
            e ->
                assertThat(((InvalidLogRuleException) e).errors())
                    .extracting(FieldError::field)
                    .containsExactly("name"));
  }

  @Test
  void aRule_isCheckedWhole_withCelErrorsNamingTheFieldAndPosition() {
    String yaml =
        """
        name: Bad Name
        condition: event.result = "fraud"
        aggregate: {group_by: evnt.user.name, at_least: 0, within: soon}
        max_per_hour: 0
        action:
          workflow:
            name: no-such-workflow
            inputs: {username: "event.user.name +"}
        """;

    List<FieldError> errors = errors(yaml);

    assertThat(errors)
        .extracting(FieldError::field)
        .contains("max_per_hour", "aggregate.at_least", "aggregate.within");
    List<FieldError> cel =
        errors(
            """
            name: bad-cel
            condition: event.result = "fraud"
            aggregate: {group_by: evnt.user.name, at_least: 5, within: 10m}
            action:
              workflow:
                name: no-such-workflow
                inputs: {username: "event.user.name +"}
            """);
    assertThat(cel.stream().map(FieldError::field).distinct())
        .containsExactly(
            "condition",
            "aggregate.group_by",
            "action.workflow.inputs.username",
            "action.workflow.name");
    assertThat(cel.getFirst().message()).contains("line 1, column");
    assertThat(cel)
        .filteredOn(e -> e.field().equals("aggregate.group_by"))
        .singleElement()
        .satisfies(e -> assertThat(e.message()).contains("evnt", "column 1", "event, log, org.id"));
    assertThat(cel.getLast().message()).contains("offboard-everywhere");
    assertThat(
            errors(
                "name: x\ncondition: size(event.user.name)\naction: {webhook: {url: http://h/x}}"))
        .singleElement()
        .satisfies(e -> assertThat(e.message()).contains("must yield true or false"));
    assertThat(errors("name: x\ncondition: org.region == 'eu'\naction: {webhook: {url: http://h}}"))
        .singleElement()
        .satisfies(e -> assertThat(e.toString()).contains("condition: undefined field 'region'"));
    assertThat(errors("name: x\ncondition: 'true'\naction: {webhook: {url: ftp://h}}"))
        .extracting(FieldError::field)
        .containsExactly("action.webhook.url");
    assertThat(errors("name: x\ncondition: 'true'\naction: {sms: {}}"))
        .extracting(FieldError::field)
        .containsExactly("action");
    assertThat(rules.list()).isEmpty();
  }

  private List<FieldError> errors(String yaml) {
    try {
      rules.create(LogRuleReader.parse(yaml), "alice");
    } catch (InvalidLogRuleException e) {
      return e.errors();
    }
    throw new AssertionError("accepted: " + yaml);
  }
}
