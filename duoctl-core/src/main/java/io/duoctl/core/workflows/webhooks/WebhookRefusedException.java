package io.duoctl.core.workflows.webhooks;

import io.duoctl.core.vocabulary.WireNames;
import java.util.Objects;

/**
 * A delivery was refused before anything was started. Its message is the same whatever the reason,
 * so that a caller learns neither which check failed nor whether the webhook exists; the reason is
 * for the server log (and tests) only.
 */
public final class WebhookRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The one message every refusal carries. */
  public static final String MESSAGE =
      "the delivery was refused: its signature could not be verified";

  /** Why a delivery was refused. */
  public enum Reason {
    /** No webhook has the name in the path. */
    UNKNOWN_WEBHOOK,
    /** The webhook is disabled. */
    DISABLED,
    /** The timestamp or the signature header is missing. */
    MISSING_HEADERS,
    /** The timestamp is not Unix seconds, or the signature not {@code sha256=<64 hex digits>}. */
    MALFORMED_HEADERS,
    /** The signature is not the HMAC of this timestamp and body with the webhook's secret. */
    WRONG_SIGNATURE,
    /** The timestamp is older than the replay window. */
    STALE_TIMESTAMP,
    /** The timestamp is further ahead than the replay window. */
    FUTURE_TIMESTAMP,
    /** The same signature was accepted before, within the replay window. */
    REPLAYED;

    /** How the log writes it, e.g. {@code wrong_signature}. */
    public String wireName() {
      return WireNames.of(this);
    }
  }

  private final Reason reason;

  WebhookRefusedException(Reason reason) {
    super(MESSAGE, null, false, false);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** Which check failed: for the server log, never for the caller. */
  public Reason reason() {
    return reason;
  }
}
