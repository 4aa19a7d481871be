package io.duoctl.core.workflows.webhooks;

/** No webhook has the given name. */
public final class WebhookNotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  WebhookNotFoundException(String name) {
    super("no webhook named \"" + name + "\"; list them with duoctl webhooks list");
  }
}
