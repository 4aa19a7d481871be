/**
 * Pacing requests to Duo's rate limits ({@link io.duoctl.core.pacing.RequestPacer}, given to the
 * Duo client as its {@link io.duoctl.client.http.Pacing}): starting from Duo's published allowances
 * and learning the real rate and scope from Duo's answers, so fan-outs neither race into 429s nor
 * slow down for a limit Duo does not apply.
 */
package io.duoctl.core.pacing;
