/**
 * The report catalog: read-only questions asked of many organizations at once (MFA coverage, users
 * in bypass, inactive users, ...). A {@link io.duoctl.core.reports.ReportDefinition} declares typed
 * inputs (action fields, JSON Schema) and a typed row with its columns; {@link
 * io.duoctl.core.reports.ReportRunner} runs one over the organizations a fan-out job would pick,
 * within the same slots and pacing, handing out each organization's rows in organization order as
 * they are ready; {@code output} writes them in every format.
 */
package io.duoctl.core.reports;
