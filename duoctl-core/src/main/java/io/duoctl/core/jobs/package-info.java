/**
 * Fan-out: one action over many organizations ({@link io.duoctl.core.jobs.FanOut#start}), chosen by
 * list, tag or "all mapped" ({@link io.duoctl.core.jobs.OrganizationSelection}), bounded overall
 * and per Duo account ({@link io.duoctl.core.jobs.FanOutLimits}), with live progress, cancel, and
 * one stored row per organization ({@link io.duoctl.core.jobs.JobStore}, tables {@code action_job}
 * and {@code action_job_row}, migration V100).
 */
package io.duoctl.core.jobs;
