package io.duoctl.core.logexport.rules;

/**
 * How a rule's recorded firings stand.
 *
 * @param pending recorded, action not succeeded yet (retried on the next delivery)
 * @param sent the action succeeded
 * @param suppressed over the rule's rate limit: recorded, not sent
 * @param failed refused for good
 */
public record FiringCounts(long pending, long sent, long suppressed, long failed) {
  /** No firings. */
  public static final FiringCounts NONE = new FiringCounts(0, 0, 0, 0);

  FiringCounts plus(Firing.State state, long count) {
    return switch (state) {
      case PENDING -> new FiringCounts(pending + count, sent, suppressed, failed);
      case SENT -> new FiringCounts(pending, sent + count, suppressed, failed);
      case SUPPRESSED -> new FiringCounts(pending, sent, suppressed + count, failed);
      case FAILED -> new FiringCounts(pending, sent, suppressed, failed + count);
    };
  }
}
