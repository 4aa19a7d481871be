package io.duoctl.core.workflows.webhooks;

import io.duoctl.core.errors.FieldError;
import io.duoctl.core.errors.InvalidInputException;
import java.util.List;

/**
 * A delivery was authentic but its JSON could not be turned into valid inputs of the webhook's
 * workflow: the mapping failed on it, yielded something other than a map, or the workflow refused
 * the inputs it yielded. Nothing was started; sending it again will not help.
 */
public final class WebhookMappingException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  WebhookMappingException(String what, List<FieldError> errors) {
    super(what, errors);
  }
}
