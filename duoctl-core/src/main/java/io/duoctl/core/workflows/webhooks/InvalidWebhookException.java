package io.duoctl.core.workflows.webhooks;

import io.duoctl.core.errors.FieldError;
import io.duoctl.core.errors.InvalidInputException;
import java.util.List;

/** The webhook to register was rejected; nothing was stored. */
public final class InvalidWebhookException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  InvalidWebhookException(List<FieldError> errors) {
    super("webhook not registered", errors);
  }
}
