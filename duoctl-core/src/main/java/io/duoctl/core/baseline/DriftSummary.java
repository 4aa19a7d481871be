package io.duoctl.core.baseline;

/**
 * What a drift report found over its organizations.
 *
 * @param jobId the fan-out job that read the settings ({@code duoctl jobs show})
 * @param onBaseline organizations read with every baseline setting as the baseline says
 * @param drifted organizations read with at least one setting off the baseline
 * @param notRead organizations whose settings could not be read, skipped ones included
 * @param differences differing settings over all organizations
 */
public record DriftSummary(
    String jobId, int onBaseline, int drifted, int notRead, int differences) {

  /** Whether every organization was read and is on the baseline. */
  public boolean clean() {
    return drifted == 0 && notRead == 0;
  }
}
