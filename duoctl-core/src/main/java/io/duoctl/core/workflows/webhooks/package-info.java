/**
 * Signed webhooks that start workflow runs: a PSA (or a relay in front of it) posts a ticket's
 * JSON, duoctl checks the delivery's HMAC signature, timestamp and that it was not seen before,
 * maps the JSON to the workflow's inputs with a CEL expression and starts a run through the {@link
 * io.duoctl.core.workflows.runs.WorkflowLauncher}. {@link
 * io.duoctl.core.workflows.webhooks.WebhookService} registers them, {@link
 * io.duoctl.core.workflows.webhooks.WebhookDeliveries} receives their deliveries.
 */
package io.duoctl.core.workflows.webhooks;
