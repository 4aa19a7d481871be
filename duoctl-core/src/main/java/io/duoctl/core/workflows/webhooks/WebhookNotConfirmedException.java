package io.duoctl.core.workflows.webhooks;

import io.duoctl.core.workflows.runs.ConfirmationNeededException;

/**
 * An authentic delivery would start a workflow that may run destructive actions in more than one
 * organization, and its webhook was registered without confirming that; nothing was started.
 */
public final class WebhookNotConfirmedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  WebhookNotConfirmedException(String webhook, ConfirmationNeededException cause) {
    super(
        "webhook "
            + webhook
            + " starts workflow "
            + cause.workflow()
            + ", which may run destructive actions ("
            + String.join(", ", cause.destructiveActions())
            + ") in more than one organization, and was registered without confirming that;"
            + " remove it and register it again confirmed (duoctl webhooks add ... --yes, or"
            + " \"confirmed\": true)",
        cause);
  }
}
