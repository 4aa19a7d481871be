package io.duoctl.core.logexport.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.audit.AuditChange;
import io.duoctl.core.audit.AuditEvent;
import io.duoctl.core.audit.AuditLog;
import io.duoctl.core.audit.AuditSubject;
import io.duoctl.core.db.UniqueViolation;
import io.duoctl.core.logexport.ExportedEvent;
import io.duoctl.core.logexport.ExportedEventJson;
import io.duoctl.core.logexport.LogKind;
import io.duoctl.core.logexport.Sink;
import io.duoctl.core.logexport.SinkUnavailableException;
import io.duoctl.core.secrets.Secret;
import io.duoctl.core.secrets.SecretVault;
import io.duoctl.core.vocabulary.WireNames;
import io.duoctl.core.workflows.runs.RunTrigger;
import io.duoctl.core.workflows.runs.WorkflowLauncher;
import io.duoctl.core.workflows.runs.WorkflowRunRequest;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The log rules as a {@link Sink}: evaluates every enabled rule over each delivered event, in
 * order, and fires the ones that match.
 *
 * <p>Each firing is recorded (keyed by rule and event key, or by rule, group and window start)
 * before its action runs, and marked sent after, so a batch delivered again never fires twice: a
 * firing already sent, suppressed or failed is skipped, one still pending (its action failed, or
 * the process died before marking it) is tried again. What stays at least once is that last case: a
 * webhook or e-mail that succeeded just before a crash is sent again, with the same {@code
 * Idempotency-Key} or Message-ID for the receiver to drop it; a workflow is not started twice, as
 * its run carries the firing ({@code log_rule:NAME#FIRING}) and is looked up first. Firings over a
 * rule's {@code max_per_hour} (counted by this clock) are recorded as suppressed and not sent. A
 * failing action that may succeed later (webhook 5xx or unreachable, SMTP down) stops the delivery
 * with {@link SinkUnavailableException}, so the engine delivers the batch again later; one refused
 * for good (a 4xx, a workflow refusing the inputs) is recorded as failed and the delivery goes on.
 * Every firing is audited with its rule, organization and event key, never a secret. A condition
 * that fails on an event (a missing field) does not match it.
 *
 * <p>Thread-safe: deliveries run one after another.
 */
public final class RuleSink implements Sink {
  /** How far back the rate limit counts firings. */
  static final Duration RATE_WINDOW = Duration.ofHours(1);

  /** The most events a group firing carries in its payload. */
  static final int MAX_EVENTS = 100;

  private static final Logger LOG = LoggerFactory.getLogger(RuleSink.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String name;
  private final Jdbi jdbi;
  private final SecretVault vault;
  private final AuditLog audit;
  private final WorkflowLauncher launcher;
  private final WebhookCall webhooks;
  private final MailCall mail = new MailCall();
  private final Clock clock;
  private final Map<String, CompiledRule> compiled = new ConcurrentHashMap<>();
  private boolean closed;

  /**
   * @param name the sink's name in messages, e.g. {@code rules}
   * @param vault where the rules' secrets are
   * @param audit where every firing is recorded
   * @param launcher starts the runs of workflow actions
   * @param http sends webhook actions
   * @param clock the time the rate limit counts by
   */
  public RuleSink(
      String name,
      Jdbi jdbi,
      SecretVault vault,
      AuditLog audit,
      WorkflowLauncher launcher,
      HttpClient http,
      Clock clock) {
    this.name = Objects.requireNonNull(name, "name");
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    this.vault = Objects.requireNonNull(vault, "vault");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.launcher = Objects.requireNonNull(launcher, "launcher");
    this.webhooks = new WebhookCall(Objects.requireNonNull(http, "http"), clock);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public synchronized void deliver(List<ExportedEvent> batch) {
    if (closed) {
      throw new IllegalStateException("sink " + name + " is closed");
    }
    if (batch.isEmpty()) {
      return;
    }
    List<LogRule> rules =
        jdbi.withHandle(LogRuleStore::all).stream().filter(LogRule::enabled).toList();
    for (ExportedEvent event : batch) {
      for (LogRule rule : rules) {
        CompiledRule program = compiled.computeIfAbsent(rule.id(), id -> CompiledRule.of(rule));
        CompiledRule.Match match = program.matches(event);
        match
            .failure()
            .ifPresent(
                f ->
                    LOG.debug(
                        "log rule {}: {} failed on event {}: {}",
                        rule.name(),
                        f.field(),
                        event.key(),
                        f.message()));
        if (!match.matched()) {
          continue;
        }
        Optional<Firing> firing =
            rule.aggregation().isPresent()
                ? group(rule, program, event)
                : record(
                    rule, event, "event:" + event.key(), null, null, List.of(event), List.of());
        if (firing.isPresent()) {
          act(rule, program, firing.get());
        }
      }
    }
    forgetOldCounts(rules, batch);
  }

  private Optional<Firing> group(LogRule rule, CompiledRule program, ExportedEvent event) {
    Aggregation aggregation = rule.aggregation().orElseThrow();
    String group;
    try {
      group = program.groupKey(event).orElseThrow();
    } catch (IllegalArgumentException e) {
      LOG.debug("log rule {}: group_by failed on event {}: {}", rule.name(), event.key(), e);
      return Optional.empty();
    }
    String hash = sha256(event.organizationId() + "\n" + group);
    Instant from = event.timestamp().minus(aggregation.within());
    List<FiringStore.Counted> window =
        jdbi.inTransaction(
            handle -> {
              FiringStore.count(handle, rule.id(), hash, event);
              return FiringStore.window(handle, rule.id(), hash, from, event.timestamp());
            });
    if (window.size() < aggregation.atLeast()) {
      return Optional.empty();
    }
    String key = "group:" + hash + ":" + window.getFirst().occurredAt().toEpochMilli();
    List<JsonNode> events = new ArrayList<>();
    window.stream()
        .skip(Math.max(0, window.size() - MAX_EVENTS))
        .forEach(counted -> events.add(parse(counted.json())));
    return record(rule, event, key, hash, group, List.of(), events);
  }

  /**
   * Records the firing {@code key} unless it is known: pending, or suppressed when over the rate
   * limit. Returns the firing whose action should run now: a new or still pending one.
   */
  private Optional<Firing> record(
      LogRule rule,
      ExportedEvent event,
      String key,
      String groupHash,
      String group,
      List<ExportedEvent> single,
      List<JsonNode> counted) {
    Instant now = clock.instant();
    String id = sha256(rule.id() + "\n" + key);
    try {
      return jdbi.inTransaction(
          handle -> {
            Optional<Firing> known = FiringStore.find(handle, rule.id(), key);
            if (known.isPresent()) {
              return known.filter(f -> f.state() == Firing.State.PENDING);
            }
            if (groupHash != null
                && FiringStore.firedSince(
                    handle,
                    rule.id(),
                    groupHash,
                    event.timestamp().minus(rule.aggregation().orElseThrow().within()))) {
              return Optional.<Firing>empty();
            }
            boolean over =
                FiringStore.countSince(handle, rule.id(), now.minus(RATE_WINDOW))
                    >= rule.maxPerHour();
            List<JsonNode> events = new ArrayList<>(counted);
            single.forEach(e -> events.add(ExportedEventJson.of(e)));
            Firing firing =
                new Firing(
                    rule.id(),
                    key,
                    id,
                    event.organizationId(),
                    event.key(),
                    groupHash,
                    groupHash == null ? null : event.timestamp(),
                    over ? Firing.State.SUPPRESSED : Firing.State.PENDING,
                    payload(rule, id, event, group, events),
                    0);
            FiringStore.insert(handle, firing, now);
            if (over) {
              audit.append(
                  handle,
                  audited(
                      rule,
                      firing,
                      "firing.suppressed",
                      AuditChange.of("reason", null, "over max_per_hour " + rule.maxPerHour())));
              return Optional.<Firing>empty();
            }
            return Optional.of(firing);
          });
    } catch (RuntimeException e) {
      if (UniqueViolation.causedBy(e)) { // another node recorded it first
        return jdbi.withHandle(handle -> FiringStore.find(handle, rule.id(), key))
            .filter(f -> f.state() == Firing.State.PENDING);
      }
      throw e;
    }
  }

  private void act(LogRule rule, CompiledRule program, Firing firing) {
    Optional<String> runId;
    try {
      runId = perform(rule, program, firing);
    } catch (ActionFailedException e) {
      Firing.State state = e.retryable() ? Firing.State.PENDING : Firing.State.FAILED;
      jdbi.useTransaction(
          handle -> {
            FiringStore.attempted(handle, firing, state, e.getMessage(), clock.instant());
            audit.append(
                handle,
                audited(
                    rule,
                    firing,
                    "firing.failed",
                    AuditChange.of("error", null, e.getMessage()),
                    AuditChange.of("retried", null, e.retryable())));
          });
      LOG.warn(
          "log rule {}: {} action failed: {}", rule.name(), rule.action().kind(), e.getMessage());
      if (e.retryable()) {
        throw new SinkUnavailableException(
            name,
            "log rule "
                + rule.name()
                + ": "
                + e.getMessage()
                + "; the batch is delivered again later",
            e.retryAfter().orElse(null),
            e);
      }
      return;
    }
    jdbi.useTransaction(
        handle -> {
          FiringStore.attempted(handle, firing, Firing.State.SENT, null, clock.instant());
          List<AuditChange> extra = new ArrayList<>();
          runId.ifPresent(id -> extra.add(AuditChange.of("run_id", null, id)));
          audit.append(
              handle, audited(rule, firing, "firing.sent", extra.toArray(AuditChange[]::new)));
        });
  }

  private Optional<String> perform(LogRule rule, CompiledRule program, Firing firing)
      throws ActionFailedException {
    return switch (rule.action()) {
      case RuleAction.Webhook w -> {
        webhooks.send(w.url(), secret(rule), firing.id(), firing.payload());
        yield Optional.empty();
      }
      case RuleAction.Email e -> {
        JsonNode payload = parse(firing.payload());
        String subject =
            SubjectTemplate.fill(
                e.subject(),
                Map.of(
                    "rule", rule.name(),
                    "org", payload.path("org").path("name").asText(),
                    "log", payload.path("log").asText(),
                    "group", payload.path("group").asText(""),
                    "count", Integer.toString(payload.path("events").size())));
        mail.send(e, secret(rule), firing.id(), subject, mailText(rule, payload));
        yield Optional.empty();
      }
      case RuleAction.Workflow w -> Optional.of(launch(rule, w, program, firing));
    };
  }

  private String launch(
      LogRule rule, RuleAction.Workflow workflow, CompiledRule program, Firing firing)
      throws ActionFailedException {
    JsonNode events = parse(firing.payload()).path("events");
    ExportedEvent last = exported(events.get(events.size() - 1));
    ObjectNode inputs;
    try {
      inputs = program.inputs(last);
    } catch (IllegalArgumentException e) {
      throw new ActionFailedException(e.getMessage(), false, null, e);
    }
    RunTrigger trigger = RunTrigger.logRule(rule.name(), firing.id());
    Optional<String> launchedBeforeACrash = launcher.launchedBy(trigger);
    if (launchedBeforeACrash.isPresent()) {
      return launchedBeforeACrash.get();
    }
    WorkflowRunRequest request =
        new WorkflowRunRequest(
            workflow.workflow(),
            inputs,
            "log-rule:" + rule.name(),
            ApiScope.RUN,
            false,
            workflow.confirmed(),
            Optional.empty(),
            trigger);
    try {
      return launcher.launch(request);
    } catch (io.duoctl.core.errors.InvalidInputException
        | io.duoctl.core.workflows.UnknownWorkflowException
        | io.duoctl.core.workflows.runs.ConfirmationNeededException
        | io.duoctl.core.actions.ActionNotAllowedException e) {
      throw new ActionFailedException(
          "workflow " + workflow.workflow() + " refused the run: " + e.getMessage(),
          false,
          null,
          e);
    } catch (RuntimeException e) {
      throw new ActionFailedException(
          "workflow " + workflow.workflow() + " could not start: " + e.getMessage(), true, null, e);
    }
  }

  private Optional<Secret> secret(LogRule rule) {
    if (!rule.secretSet()) {
      return Optional.empty();
    }
    return jdbi.withHandle(handle -> vault.find(handle, LogRuleService.secretRef(rule.id())));
  }

  private static String payload(
      LogRule rule, String id, ExportedEvent event, String group, List<JsonNode> events) {
    ObjectNode root = JSON.createObjectNode();
    root.put("rule", rule.name());
    root.put("firing_id", id);
    root.putObject("org").put("id", event.organizationId()).put("name", event.organizationName());
    root.put("log", event.log().wireName());
    if (group == null) {
      root.putNull("group");
    } else {
      root.put("group", group);
    }
    ArrayNode array = root.putArray("events");
    events.forEach(array::add);
    return ExportedEventJson.write(root);
  }

  private static String mailText(LogRule rule, JsonNode payload) {
    try {
      return "Log rule "
          + rule.name()
          + " fired in "
          + payload.path("org").path("name").asText()
          + " ("
          + payload.path("log").asText()
          + " log) on "
          + payload.path("events").size()
          + " event(s).\n\n"
          + JSON.writerWithDefaultPrettyPrinter().writeValueAsString(payload)
          + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a firing as JSON", e);
    }
  }

  private static ExportedEvent exported(JsonNode node) {
    return new ExportedEvent(
        node.path("organization").path("id").asText(),
        node.path("organization").path("name").asText(),
        WireNames.parse(LogKind.class, node.path("log").asText(), "log"),
        node.path("key").asText(),
        Instant.parse(node.path("timestamp").asText()),
        node.path("event"));
  }

  private void forgetOldCounts(List<LogRule> rules, List<ExportedEvent> batch) {
    Instant newest =
        batch.stream().map(ExportedEvent::timestamp).max(Instant::compareTo).orElseThrow();
    jdbi.useTransaction(
        handle ->
            rules.forEach(
                rule ->
                    rule.aggregation()
                        .ifPresent(
                            a ->
                                FiringStore.forgetBefore(
                                    handle, rule.id(), newest.minus(a.within().multipliedBy(2))))));
  }

  private static AuditEvent audited(
      LogRule rule, Firing firing, String action, AuditChange... extra) {
    List<AuditChange> changes = new ArrayList<>();
    changes.add(AuditChange.of("organization", null, firing.organizationId()));
    changes.add(AuditChange.of("event_key", null, firing.eventKey()));
    changes.add(AuditChange.of("firing_id", null, firing.id()));
    changes.add(AuditChange.of("action", null, rule.action().kind()));
    changes.addAll(List.of(extra));
    return new AuditEvent(
        "log-rule:" + rule.name(), AuditSubject.LOG_RULE, rule.name(), action, changes);
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored firing is not JSON", e);
    }
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  @Override
  public synchronized void close() {
    closed = true;
  }
}
