/**
 * Daily snapshots of each organization's coverage, accounts and billing figures, the trends read
 * from them, and the billing report built on them. {@link
 * io.duoctl.core.reports.snapshots.Snapshots} takes and queries them; a db-scheduler recurring task
 * takes them once a day.
 */
package io.duoctl.core.reports.snapshots;
