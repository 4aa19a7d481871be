package io.duoctl.app.api.actions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.app.Duoctl;
import io.duoctl.app.api.ApiCall;
import io.duoctl.app.api.ApiErrorCode;
import io.duoctl.app.api.ApiException;
import io.duoctl.app.api.ApiResponse;
import io.duoctl.core.actions.ActionCatalog;
import io.duoctl.core.actions.ActionDefinition;
import io.duoctl.core.actions.ActionError;
import io.duoctl.core.actions.ActionResult;
import io.duoctl.core.actions.ActionRunner;
import io.duoctl.core.actions.ActionScopes;
import io.duoctl.core.actions.InputValidator;
import io.duoctl.core.actions.RunOptions;
import io.duoctl.core.errors.FieldError;
import java.util.List;

/** Handlers of the catalog and run routes. Thread-safe. */
final class ActionsController {

  private final Duoctl duoctl;
  private final ActionCatalog catalog;
  private final InputValidator validator;

  ActionsController(Duoctl duoctl) {
    this.duoctl = duoctl;
    this.catalog = duoctl.actions();
    this.validator = new InputValidator(duoctl.clock());
  }

  ObjectNode list(ApiCall call) {
    var category = call.query("category");
    if (category.isPresent() && !catalog.categories().contains(category.get())) {
      throw ApiException.invalidField(
          "category",
          "unknown category \""
              + category.get()
              + "\"; use one of "
              + String.join(", ", catalog.categories()));
    }
    return CatalogJson.list(
        category.map(catalog::list).orElseGet(catalog::list), catalog.categories());
  }

  ObjectNode describe(String actionId) {
    return CatalogJson.action(require(actionId));
  }

  /**
   * Runs the action: 200 with the result when it succeeded, the same result body with {@link
   * RunStatus}'s 422, 502 or 500 when it reached Duo and failed.
   */
  ApiResponse run(String actionId, ApiCall call) {
    ActionDefinition action = require(actionId);
    ActionScopes.check(action, call.token().scope());
    RunRequest request =
        RunRequest.read(
            call.body(JsonNode.class),
            action,
            input -> RunChecks.inputErrors(validator, action, input));
    ActionRunner runner = RunChecks.runnerOf(duoctl, request.configuration());
    ActionResult result =
        runner.run(
            request.organization(),
            action.id(),
            request.input(),
            RunOptions.as(call.actor(), call.token().scope()).withDryRun(request.dryRun()));
    if (!result.ok()) {
      refuse(result.error());
    }
    return new ApiResponse(RunStatus.of(result), ResultJson.of(result));
  }

  private ActionDefinition require(String actionId) {
    return catalog
        .find(actionId)
        .orElseThrow(
            () ->
                ApiException.notFound(
                    "no action " + actionId + "; GET /api/v1/actions lists the catalog"));
  }

  /** Failures that are the request's fault become 4xx; the others are results. */
  private static void refuse(ActionError error) {
    switch (error.code()) {
      case UNKNOWN_ORGANIZATION ->
          throw new ApiException(
              ApiErrorCode.NOT_FOUND.status(),
              ApiErrorCode.NOT_FOUND.code(),
              error.message(),
              List.of(new FieldError("organization", error.message())));
      case FORBIDDEN -> throw ApiException.of(ApiErrorCode.FORBIDDEN, error.message());
      case ORGANIZATION_UNAVAILABLE ->
          throw new ApiException(
              ApiErrorCode.CONFLICT.status(),
              ApiErrorCode.CONFLICT.code(),
              error.message(),
              List.of(new FieldError("organization", error.message())));
      case INVALID_INPUT ->
          throw ApiException.invalid(
              error.message(),
              error.fields().isEmpty()
                  ? List.of(new FieldError("input", error.message()))
                  : error.fields().stream()
                      .map(f -> new FieldError("input." + f.field(), f.message()))
                      .toList());
      default -> {
        // the action ran (or tried to, at Duo): the result says how it went
      }
    }
  }
}
