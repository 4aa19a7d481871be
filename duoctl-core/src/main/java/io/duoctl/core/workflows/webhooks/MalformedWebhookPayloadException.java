package io.duoctl.core.workflows.webhooks;

/** A delivery was authentic but its body is not JSON; nothing was started. */
public final class MalformedWebhookPayloadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  MalformedWebhookPayloadException(String detail) {
    super("the delivery's body is not valid JSON (" + detail + "); send the ticket as JSON");
  }
}
