package io.duoctl.app.api.actions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.app.Duoctl;
import io.duoctl.app.api.ApiErrorCode;
import io.duoctl.app.api.ApiException;
import io.duoctl.app.api.JsonSchemas;
import io.duoctl.core.actions.ActionDefinition;
import io.duoctl.core.actions.ActionRunner;
import io.duoctl.core.actions.InputValidator;
import io.duoctl.core.actions.InvalidActionInputException;
import io.duoctl.core.errors.FieldError;
import io.duoctl.core.jobs.FanOut;
import io.duoctl.core.settings.ConfigurationNotFoundException;
import java.util.List;

/**
 * What the routes that run actions share: the configuration's runner and fan-out, and the input
 * check. Who may run what is core's rule ({@link io.duoctl.core.actions.ActionScopes}).
 */
public final class RunChecks {

  private RunChecks() {}

  /**
   * The runner of the configuration a request names (null: the default).
   *
   * @throws ApiException 404 naming the configuration when there is none of that name
   */
  public static ActionRunner runnerOf(Duoctl duoctl, String configuration) {
    try {
      return duoctl.actionRunner(configuration);
    } catch (ConfigurationNotFoundException e) {
      throw unknownConfiguration(e);
    }
  }

  /**
   * The fan-out of the configuration a request names (null: the default).
   *
   * @throws ApiException 404 naming the configuration when there is none of that name
   */
  public static FanOut fanOutOf(Duoctl duoctl, String configuration) {
    try {
      return duoctl.fanOut(configuration);
    } catch (ConfigurationNotFoundException e) {
      throw unknownConfiguration(e);
    }
  }

  /**
   * The fan-out of the configuration a request names (null: the default) for a caller who waits on
   * the job ({@link Duoctl#attendedFanOut}).
   *
   * @throws ApiException 404 naming the configuration when there is none of that name
   */
  public static FanOut attendedFanOutOf(Duoctl duoctl, String configuration) {
    try {
      return duoctl.attendedFanOut(configuration);
    } catch (ConfigurationNotFoundException e) {
      throw unknownConfiguration(e);
    }
  }

  /** The schema of the optional {@code configuration} field of run and job requests. */
  public static ObjectNode configurationSchema() {
    return JsonSchemas.string(
        "The named configuration (Duo keys) the organizations belong to, e.g. eu; the default"
            + " configuration when absent");
  }

  private static ApiException unknownConfiguration(ConfigurationNotFoundException e) {
    return new ApiException(
        ApiErrorCode.NOT_FOUND.status(),
        ApiErrorCode.NOT_FOUND.code(),
        e.getMessage(),
        List.of(new FieldError("configuration", e.getMessage())));
  }

  /** Every field of {@code input} that breaks the action's schema; empty when it is valid. */
  public static List<FieldError> inputErrors(
      InputValidator validator, ActionDefinition action, JsonNode input) {
    try {
      validator.validate(action, input);
      return List.of();
    } catch (InvalidActionInputException e) {
      return e.errors();
    }
  }
}
