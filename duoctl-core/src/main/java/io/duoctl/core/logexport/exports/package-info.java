/**
 * Stored log exports and the engine that runs them: {@link
 * io.duoctl.core.logexport.exports.LogExports} creates, starts, stops and reports them; {@link
 * io.duoctl.core.logexport.exports.LogExporter} (started by {@code duoctl serve}) reads each
 * organization's Duo logs under a lease and delivers them to every sink, advancing a checkpoint per
 * organization, log and sink only after that sink acknowledged the events.
 */
package io.duoctl.core.logexport.exports;
