package io.duoctl.core.jobs;

import io.duoctl.core.actions.ActionResult;

/**
 * Receives each organization's full result of a job, secrets included, once, as it finishes: how
 * the caller that holds the results ({@link io.duoctl.core.actions.RunOptions#resultsInHand()})
 * sees them. Called from the threads that run the organizations, so concurrently.
 */
@FunctionalInterface
public interface ResultListener {

  /** A listener that takes nothing. */
  ResultListener NONE = (index, result) -> {};

  /**
   * The result of the organization at {@code index} in the job's selection, right after its row was
   * stored.
   */
  void finished(int index, ActionResult result);
}
