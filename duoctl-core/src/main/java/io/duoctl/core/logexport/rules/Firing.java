package io.duoctl.core.logexport.rules;

import java.time.Instant;
import java.util.Objects;

/**
 * One firing of a rule as recorded: for one event, or for a group's window.
 *
 * @param key {@code event:<event key>} or {@code group:<group hash>:<window start, epoch ms>}
 * @param id the firing's idempotency key: the same on every retry, sent with webhooks
 * @param groupHash the group's hash for a rule that aggregates, else null
 * @param windowEnd the timestamp of the event that completed the window, else null
 * @param payload the firing as JSON text: what a webhook receives
 */
record Firing(
    String ruleId,
    String key,
    String id,
    String organizationId,
    String eventKey,
    String groupHash,
    Instant windowEnd,
    State state,
    String payload,
    int attempts) {
  Firing {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(payload, "payload");
  }

  /** Where a firing stands. */
  enum State {
    /** Recorded; its action has not succeeded yet and runs again on the next delivery. */
    PENDING,
    SENT,
    /** Over the rule's rate limit: recorded and counted, not sent. */
    SUPPRESSED,
    /** Refused for good (e.g. a workflow refused the inputs); not retried. */
    FAILED
  }
}
