package io.duoctl.core.jobs;

import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

/**
 * The claim a node (one duoctl process) holds on the jobs it runs: renewed every {@link #heartbeat}
 * while the node lives, it lapses {@link #length} after the last renewal, and then any node may
 * claim the job and resume it.
 *
 * @param node this process's id, unique per start
 * @param length how long a claim lasts without a heartbeat
 * @param heartbeat how often a live node renews its claims and looks for lapsed ones
 */
public record JobLease(String node, Duration length, Duration heartbeat) {

  /** A claim lasts 30 seconds without a heartbeat. */
  public static final Duration DEFAULT_LENGTH = Duration.ofSeconds(30);

  /** A live node renews its claims every 5 seconds. */
  public static final Duration DEFAULT_HEARTBEAT = Duration.ofSeconds(5);

  private static final Duration MIN_HEARTBEAT = Duration.ofMillis(100);

  public JobLease {
    Objects.requireNonNull(node, "node");
    if (node.isBlank() || node.length() > 100) {
      throw new IllegalArgumentException("node must be 1 to 100 characters");
    }
    if (heartbeat.isNegative() || heartbeat.isZero() || length.compareTo(heartbeat) <= 0) {
      throw new IllegalArgumentException(
          "the lease (" + length + ") must be longer than the heartbeat (" + heartbeat + ")");
    }
  }

  /** A new node id (process id and a random part) with the default length and heartbeat. */
  public static JobLease forThisProcess() {
    return forThisProcess(DEFAULT_LENGTH);
  }

  /**
   * A new node id with a lease of {@code length} and a heartbeat of a sixth of it (at least 100
   * ms), so a few missed beats do not lose the lease.
   */
  public static JobLease forThisProcess(Duration length) {
    Duration heartbeat = length.dividedBy(6);
    return new JobLease(
        "node-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID(),
        length,
        heartbeat.compareTo(MIN_HEARTBEAT) < 0 ? MIN_HEARTBEAT : heartbeat);
  }
}
