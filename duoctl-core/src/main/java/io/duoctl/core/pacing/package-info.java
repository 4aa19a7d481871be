/**
 * Pacing requests to Duo's published rate limits ({@link io.duoctl.core.pacing.RequestPacer},
 * {@link io.duoctl.core.pacing.PacedTransport}), so fan-outs through one set of keys stay within
 * them instead of retrying 429s.
 */
package io.duoctl.core.pacing;
