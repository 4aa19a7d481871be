package io.duoctl.core.jobs;

import io.duoctl.core.settings.ConfigurationNotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this node's jobs alive and finishes those of nodes that are gone: every {@link
 * JobLease#heartbeat()} it renews the leases of the jobs this node runs, and, once {@link
 * #resumeLapsedJobs()} was called (a server does, at start), claims every job whose lease lapsed
 * and resumes it ({@link FanOut#resume}) in the fan-out of the job's configuration; one whose
 * configuration was deleted ends instead ({@link FanOut#end}), so it is never claimed again.
 * Thread-safe.
 */
public final class JobKeeper implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(JobKeeper.class);

  private final JobStore store;
  private final Function<Optional<String>, FanOut> fanOuts;
  private final Clock clock;
  private final LeaseHeartbeat heartbeat;

  /**
   * @param fanOuts the fan-out that runs background jobs of a configuration (empty: the default)
   */
  public JobKeeper(JobStore store, Function<Optional<String>, FanOut> fanOuts, Clock clock) {
    this.store = store;
    this.fanOuts = fanOuts;
    this.clock = clock;
    this.heartbeat =
        new LeaseHeartbeat(
            "job", store.lease(), clock, () -> store.renewLeases(clock.instant()), this::resumeNow);
  }

  /** Starts renewing this node's leases, once; for every process that runs jobs. */
  public void keepLeases() {
    heartbeat.start();
  }

  /**
   * Resumes the jobs whose node is gone now, and from then on at every heartbeat; for a server.
   *
   * @return the jobs resumed now
   */
  public List<Job> resumeLapsedJobs() {
    heartbeat.takeOverFromNowOn();
    return resumeNow();
  }

  /** Claims every job whose lease lapsed and resumes it; a job that cannot resume is logged. */
  public synchronized List<Job> resumeNow() {
    List<Job> resumed = new ArrayList<>();
    for (ClaimedJob claimed : store.claimLapsed(clock.instant())) {
      String id = claimed.summary().id();
      try {
        resumed.add(resume(claimed));
        LOG.info(
            "resumed job {} ({}) of a node that stopped: {} organizations left",
            id,
            claimed.summary().actionId(),
            claimed.intents().size());
      } catch (RuntimeException e) {
        LOG.error("cannot resume job {}; it is retried when its lease lapses again", id, e);
      }
    }
    return resumed;
  }

  /**
   * Resumes the job in its configuration's fan-out; a job whose configuration was deleted (only an
   * empty one can be, so its organizations were moved or deleted) ends without running anything.
   */
  private Job resume(ClaimedJob claimed) {
    FanOut fanOut;
    try {
      fanOut = fanOuts.apply(claimed.configuration());
    } catch (ConfigurationNotFoundException deleted) {
      String configuration = claimed.configuration().map(name -> " (" + name + ")").orElse("");
      return fanOuts
          .apply(Optional.empty())
          .end(claimed, "the configuration this job ran with" + configuration + " was deleted");
    }
    return fanOut.resume(claimed);
  }

  /**
   * When this node last renewed its leases on its jobs, or began to keep them; empty while it keeps
   * none. A time further back than the lease's length means the heartbeat stalls or fails, and
   * other nodes may take this node's jobs over.
   */
  public Optional<Instant> lastHeartbeat() {
    return heartbeat.last();
  }

  @Override
  public void close() {
    heartbeat.close();
  }
}
