package io.duoctl.core.jobs;

/**
 * An organization of a job whose row is not stored yet.
 *
 * @param index the row it will be
 * @param organization the organization as the job selected it (id or name)
 * @param inFlight whether its run started, so its change may have reached Duo
 */
public record JobIntent(int index, String organization, boolean inFlight) {}
