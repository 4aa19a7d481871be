package io.duoctl.core.workflows.webhooks;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A registered webhook, as stored: never its signing secret.
 *
 * @param id its id (a UUID)
 * @param name unique, lower-case words joined by dashes, e.g. {@code psa-offboard}
 * @param workflow the workflow each delivery starts, e.g. {@code offboard-everywhere}
 * @param mapping the CEL expression that turns a delivery's JSON ({@code payload}) into the
 *     workflow's inputs
 * @param configuration the configuration its runs use; empty for the default
 * @param enabled whether deliveries are accepted
 * @param confirmed whether the operator agreed, when registering it, that its workflow may run
 *     destructive actions in more than one organization
 * @param createdBy who registered it
 * @param secretCreatedAt when its current signing secret was made (at creation or the last
 *     rotation)
 */
public record Webhook(
    String id,
    String name,
    String workflow,
    String mapping,
    Optional<String> configuration,
    boolean enabled,
    boolean confirmed,
    Instant createdAt,
    String createdBy,
    Instant secretCreatedAt) {
  public Webhook {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(workflow, "workflow");
    Objects.requireNonNull(mapping, "mapping");
    Objects.requireNonNull(configuration, "configuration");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(createdBy, "createdBy");
    Objects.requireNonNull(secretCreatedAt, "secretCreatedAt");
  }
}
