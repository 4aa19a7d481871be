package io.duoctl.core.workflows.webhooks;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.errors.FieldError;
import io.duoctl.core.secrets.Secret;
import io.duoctl.core.secrets.SecretVault;
import io.duoctl.core.workflows.runs.ConfirmationNeededException;
import io.duoctl.core.workflows.runs.InvalidRunInputException;
import io.duoctl.core.workflows.runs.RunTrigger;
import io.duoctl.core.workflows.runs.WorkflowLauncher;
import io.duoctl.core.workflows.runs.WorkflowRunRequest;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives webhook deliveries: checks that one is authentic and new, maps its JSON to the
 * workflow's inputs and starts the run. A delivery is refused ({@link WebhookRefusedException},
 * nothing started) when the webhook is unknown or disabled, a header is missing or garbled, the
 * signature is wrong ({@link WebhookSignature}, compared in constant time), its timestamp is
 * further than the replay window from now either way, or the same signature was accepted before (on
 * any node: {@link SeenSignatures}). The server log names which check failed, never the secret or
 * the body. Thread-safe.
 */
public final class WebhookDeliveries {
  /** How far a delivery's timestamp may be from now, either way, unless another is given. */
  public static final Duration DEFAULT_REPLAY_WINDOW = Duration.ofMinutes(5);

  private static final Logger LOG = LoggerFactory.getLogger(WebhookDeliveries.class);
  private static final Duration PURGE_EVERY = Duration.ofMinutes(1);
  private static final String NO_SUCH_WEBHOOK_KEY = WebhookService.SECRET_PREFIX + "unknown";

  private final ObjectMapper json =
      JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
  private final Jdbi jdbi;
  private final SecretVault vault;
  private final WorkflowLauncher launcher;
  private final Clock clock;
  private final Duration window;
  private final SeenSignatures seen;
  private final AtomicReference<Instant> lastPurge = new AtomicReference<>(Instant.MIN);

  /**
   * @param launcher starts the runs
   * @param clock tells the time timestamps are checked against
   * @param window how far a timestamp may be from now, either way
   */
  public WebhookDeliveries(
      Jdbi jdbi, SecretVault vault, WorkflowLauncher launcher, Clock clock, Duration window) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    this.vault = Objects.requireNonNull(vault, "vault");
    this.launcher = Objects.requireNonNull(launcher, "launcher");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.window = Objects.requireNonNull(window, "window");
    this.seen = new SeenSignatures(jdbi);
  }

  /** A signing secret read with its webhook, for one delivery. */
  private record Keyed(Webhook webhook, Secret secret) {}

  /**
   * Receives one delivery of the webhook {@code name}.
   *
   * @param timestamp the {@code X-Duoctl-Timestamp} header, or null when missing
   * @param signature the {@code X-Duoctl-Signature} header, or null when missing
   * @param body the raw body, as signed
   * @return the run it started, or none when its mapping yielded no inputs
   * @throws WebhookRefusedException when it is not authentic or not new (one message for every
   *     reason)
   * @throws MalformedWebhookPayloadException when it is authentic but not JSON
   * @throws WebhookMappingException when the mapping fails on it or the workflow refuses the inputs
   *     it yields
   * @throws WebhookNotConfirmedException when the workflow may run destructive actions in several
   *     organizations and the webhook was registered unconfirmed
   */
  public DeliveryResult receive(String name, String timestamp, String signature, byte[] body) {
    Objects.requireNonNull(body, "body");
    Instant now = clock.instant();
    Optional<Keyed> keyed = WebhookService.wellFormed(name) ? find(name) : Optional.<Keyed>empty();
    if (timestamp == null || signature == null) {
      throw refuse(name, WebhookRefusedException.Reason.MISSING_HEADERS);
    }
    Optional<Long> seconds = WebhookSignature.seconds(timestamp);
    Optional<byte[]> digest = WebhookSignature.digest(signature);
    if (seconds.isEmpty() || digest.isEmpty()) {
      throw refuse(name, WebhookRefusedException.Reason.MALFORMED_HEADERS);
    }
    if (keyed.isEmpty()) {
      // the same work as for a known webhook, so the answer's timing does not tell them apart
      WebhookSignature.matches(NO_SUCH_WEBHOOK_KEY, timestamp, body, digest.get());
      throw refuse(name, WebhookRefusedException.Reason.UNKNOWN_WEBHOOK);
    }
    Webhook webhook = keyed.get().webhook();
    if (!WebhookSignature.matches(keyed.get().secret().reveal(), timestamp, body, digest.get())) {
      throw refuse(name, WebhookRefusedException.Reason.WRONG_SIGNATURE);
    }
    if (!webhook.enabled()) {
      throw refuse(name, WebhookRefusedException.Reason.DISABLED);
    }
    Instant signedAt = Instant.ofEpochSecond(seconds.get());
    if (signedAt.isBefore(now.minus(window))) {
      throw refuse(name, WebhookRefusedException.Reason.STALE_TIMESTAMP);
    }
    if (signedAt.isAfter(now.plus(window))) {
      throw refuse(name, WebhookRefusedException.Reason.FUTURE_TIMESTAMP);
    }
    if (!seen.firstSeen(webhook.id(), HexFormat.of().formatHex(digest.get()), now)) {
      throw refuse(name, WebhookRefusedException.Reason.REPLAYED);
    }
    purgeNowAndThen(now);
    Optional<ObjectNode> inputs = mapping(webhook).apply(parse(body));
    if (inputs.isEmpty()) {
      LOG.info(
          "webhook {}: delivery accepted; its mapping yielded no inputs, nothing started", name);
      return new DeliveryResult(Optional.empty());
    }
    String runId = launch(webhook, inputs.get());
    LOG.info("webhook {}: delivery accepted; started workflow run {}", name, runId);
    return new DeliveryResult(Optional.of(runId));
  }

  private Optional<Keyed> find(String name) {
    return jdbi.withHandle(
        handle ->
            WebhookStore.find(handle, name)
                .map(
                    webhook ->
                        new Keyed(
                            webhook,
                            vault
                                .find(handle, WebhookService.secretRef(webhook.id()))
                                .orElseThrow(
                                    () ->
                                        new IllegalStateException(
                                            "webhook " + name + " has no stored secret")))));
  }

  private static PayloadMapping mapping(Webhook webhook) {
    try {
      return PayloadMapping.compile(webhook.mapping());
    } catch (IllegalArgumentException e) {
      throw new WebhookMappingException(
          "the webhook's mapping does not compile",
          List.of(new FieldError(PayloadMapping.FIELD, e.getMessage())));
    }
  }

  private String launch(Webhook webhook, ObjectNode inputs) {
    WorkflowRunRequest request =
        new WorkflowRunRequest(
            webhook.workflow(),
            inputs,
            "webhook:" + webhook.name(),
            ApiScope.RUN,
            false,
            webhook.confirmed(),
            webhook.configuration(),
            RunTrigger.webhook(webhook.name()));
    try {
      return launcher.launch(request);
    } catch (InvalidRunInputException e) {
      throw new WebhookMappingException(
          "the inputs the webhook's mapping yielded are not valid for workflow "
              + webhook.workflow(),
          e.errors());
    } catch (ConfirmationNeededException e) {
      throw new WebhookNotConfirmedException(webhook.name(), e);
    }
  }

  private JsonNode parse(byte[] body) {
    try (JsonParser parser = json.createParser(body)) {
      JsonNode tree = json.readTree(parser);
      if (tree == null) {
        throw new MalformedWebhookPayloadException("the body is empty");
      }
      if (parser.nextToken() != null) {
        JsonLocation at = parser.currentLocation();
        throw new MalformedWebhookPayloadException(
            "more after the JSON value at line " + at.getLineNr() + ", column " + at.getColumnNr());
      }
      return tree;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new MalformedWebhookPayloadException(
          at == null ? "unreadable" : "line " + at.getLineNr() + ", column " + at.getColumnNr());
    } catch (IOException e) {
      throw new MalformedWebhookPayloadException("unreadable");
    }
  }

  /** Forgets, at most once a minute per node, signatures too old to pass the window again. */
  private void purgeNowAndThen(Instant now) {
    Instant last = lastPurge.get();
    if (now.isBefore(last.plus(PURGE_EVERY)) || !lastPurge.compareAndSet(last, now)) {
      return;
    }
    // a signature seen now passes the timestamp check until its timestamp, at most a window ahead
    // of now, falls a window behind: two windows from now
    seen.forgetBefore(now.minus(window.multipliedBy(2)));
  }

  private static WebhookRefusedException refuse(
      String name, WebhookRefusedException.Reason reason) {
    LOG.warn(
        "webhook {}: delivery refused ({}); nothing started",
        WebhookService.wellFormed(name) ? name : "(malformed name)",
        reason.wireName());
    return new WebhookRefusedException(reason);
  }
}
