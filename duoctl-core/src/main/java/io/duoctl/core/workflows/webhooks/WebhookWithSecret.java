package io.duoctl.core.workflows.webhooks;

import io.duoctl.core.secrets.Secret;
import java.util.Objects;

/**
 * A webhook with its new signing secret, just created or rotated: the only time the secret leaves
 * duoctl. Show it to the operator once, then drop it. {@link #toString()} masks the secret.
 *
 * @param webhook the webhook as stored
 * @param secret the signing secret; the HMAC key is its text exactly as shown
 */
public record WebhookWithSecret(Webhook webhook, Secret secret) {
  public WebhookWithSecret {
    Objects.requireNonNull(webhook, "webhook");
    Objects.requireNonNull(secret, "secret");
  }
}
