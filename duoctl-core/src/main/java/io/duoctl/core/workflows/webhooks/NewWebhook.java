package io.duoctl.core.workflows.webhooks;

import java.util.Objects;
import java.util.Optional;

/**
 * A webhook to register; {@link WebhookService#create} checks every field and names each one at
 * fault.
 *
 * @param name lower-case words joined by dashes, at most 64 characters, e.g. {@code psa-offboard}
 * @param workflow the workflow each delivery starts
 * @param mapping the CEL expression that turns {@code payload} into the workflow's inputs
 * @param configuration the configuration its runs use; empty for the default
 * @param confirmed whether the operator agrees that the workflow may run destructive actions in
 *     more than one organization
 */
public record NewWebhook(
    String name,
    String workflow,
    String mapping,
    Optional<String> configuration,
    boolean confirmed) {
  public NewWebhook {
    Objects.requireNonNull(configuration, "configuration");
  }
}
