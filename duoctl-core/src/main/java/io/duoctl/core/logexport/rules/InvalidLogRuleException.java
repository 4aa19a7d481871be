package io.duoctl.core.logexport.rules;

import io.duoctl.core.errors.FieldError;
import io.duoctl.core.errors.InvalidInputException;
import java.util.List;

/** The rule to save was rejected; nothing was stored. Each error names the rule's field. */
public final class InvalidLogRuleException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  InvalidLogRuleException(List<FieldError> errors) {
    super("log rule not saved", errors);
  }
}
