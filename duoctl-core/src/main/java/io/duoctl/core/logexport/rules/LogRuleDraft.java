package io.duoctl.core.logexport.rules;

import io.duoctl.core.secrets.Secret;
import java.util.Objects;
import java.util.Optional;

/**
 * A rule as written in a rule file or request body, before it is checked and stored.
 *
 * @param secret the webhook's signing secret or the SMTP password, if the action has one; stored
 *     encrypted, never shown again
 */
public record LogRuleDraft(
    String name,
    boolean enabled,
    String condition,
    Optional<Aggregation> aggregation,
    int maxPerHour,
    RuleAction action,
    Optional<Secret> secret) {
  public LogRuleDraft {
    Objects.requireNonNull(aggregation, "aggregation");
    Objects.requireNonNull(secret, "secret");
  }
}
