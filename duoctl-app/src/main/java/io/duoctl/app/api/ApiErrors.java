package io.duoctl.app.api;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.client.DuoApiException;
import io.duoctl.client.DuoConnectionException;
import io.duoctl.client.DuoRateLimitedException;
import io.duoctl.core.access.ApiTokenNotFoundException;
import io.duoctl.core.actions.ActionFailure;
import io.duoctl.core.actions.ActionNotAllowedException;
import io.duoctl.core.actions.UnknownActionException;
import io.duoctl.core.db.DatabaseUnavailableException;
import io.duoctl.core.errors.FieldError;
import io.duoctl.core.errors.InvalidInputException;
import io.duoctl.core.jobs.ConfirmationRequiredException;
import io.duoctl.core.logexport.exports.LogExportForbiddenException;
import io.duoctl.core.logexport.exports.LogExportNameTakenException;
import io.duoctl.core.logexport.exports.LogExportNotFoundException;
import io.duoctl.core.logexport.rules.LogRuleNotFoundException;
import io.duoctl.core.mapping.AccountAlreadyMappedException;
import io.duoctl.core.mapping.DuoAccountNotFoundException;
import io.duoctl.core.mapping.MissingApiKeysException;
import io.duoctl.core.mapping.OrganizationNotMappedException;
import io.duoctl.core.mapping.StaleMappingException;
import io.duoctl.core.orgs.DuplicateOrganizationException;
import io.duoctl.core.orgs.OrganizationNotFoundException;
import io.duoctl.core.reports.UnknownReportException;
import io.duoctl.core.settings.ConfigurationInUseException;
import io.duoctl.core.settings.ConfigurationNotFoundException;
import io.duoctl.core.workflows.UnknownWorkflowException;
import io.duoctl.core.workflows.connections.DuplicateConnectionException;
import io.duoctl.core.workflows.connections.UnknownConnectionException;
import io.duoctl.core.workflows.runs.ConfirmationNeededException;
import io.duoctl.core.workflows.schedules.ScheduleNameTakenException;
import io.duoctl.core.workflows.schedules.ScheduleNotFoundException;
import io.duoctl.core.workflows.webhooks.MalformedWebhookPayloadException;
import io.duoctl.core.workflows.webhooks.WebhookMappingException;
import io.duoctl.core.workflows.webhooks.WebhookNotConfirmedException;
import io.duoctl.core.workflows.webhooks.WebhookNotFoundException;
import io.duoctl.core.workflows.webhooks.WebhookRefusedException;
import io.javalin.http.HttpResponseException;
import java.util.List;
import org.jdbi.v3.core.ConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become API errors: core's domain exceptions, Duo's errors, Jackson's
 * and Javalin's refusals, each to a stable code and status. Unexpected exceptions become {@code
 * internal} with a generic message (their text stays in the server log). Thread-safe.
 */
public final class ApiErrors {
  private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

  private ApiErrors() {}

  /** The API error for {@code failure}. */
  public static ApiException map(Exception failure) {
    if (failure instanceof ApiException api) {
      return api;
    }
    if (failure instanceof WebhookRefusedException) {
      return ApiException.of(ApiErrorCode.UNAUTHORIZED, WebhookRefusedException.MESSAGE);
    }
    if (failure instanceof WebhookMappingException mapping) {
      return new ApiException(
          ApiErrorCode.UNPROCESSABLE_PAYLOAD.status(),
          ApiErrorCode.UNPROCESSABLE_PAYLOAD.code(),
          mapping.getMessage(),
          mapping.errors());
    }
    if (failure instanceof MalformedWebhookPayloadException malformed) {
      return ApiException.of(ApiErrorCode.MALFORMED_JSON, malformed.getMessage());
    }
    if (failure instanceof InvalidInputException invalid) {
      return ApiException.invalid(invalid.getMessage(), invalid.errors());
    }
    if (failure instanceof ConfigurationNotFoundException
        || failure instanceof OrganizationNotFoundException
        || failure instanceof DuoAccountNotFoundException
        || failure instanceof UnknownActionException
        || failure instanceof UnknownReportException
        || failure instanceof UnknownWorkflowException
        || failure instanceof UnknownConnectionException
        || failure instanceof ApiTokenNotFoundException
        || failure instanceof ScheduleNotFoundException
        || failure instanceof WebhookNotFoundException
        || failure instanceof LogRuleNotFoundException
        || failure instanceof LogExportNotFoundException) {
      return ApiException.of(ApiErrorCode.NOT_FOUND, failure.getMessage());
    }
    if (failure instanceof DuplicateOrganizationException
        || failure instanceof ConfigurationInUseException
        || failure instanceof AccountAlreadyMappedException
        || failure instanceof StaleMappingException
        || failure instanceof OrganizationNotMappedException
        || failure instanceof MissingApiKeysException
        || failure instanceof ScheduleNameTakenException
        || failure instanceof DuplicateConnectionException
        || failure instanceof WebhookNotConfirmedException
        || failure instanceof LogExportNameTakenException) {
      return ApiException.of(ApiErrorCode.CONFLICT, failure.getMessage());
    }
    if (failure instanceof LogExportForbiddenException forbidden) {
      return ApiException.of(ApiErrorCode.FORBIDDEN, forbidden.getMessage());
    }
    if (failure instanceof ActionNotAllowedException forbidden) {
      return ApiException.of(ApiErrorCode.FORBIDDEN, forbidden.getMessage());
    }
    if (failure instanceof ConfirmationRequiredException confirm) {
      return confirmationRequired(confirm);
    }
    if (failure instanceof ConfirmationNeededException workflow) {
      return confirmationNeeded(workflow);
    }
    if (failure instanceof ActionFailure action) {
      return ApiException.of(ApiErrorCode.CONFLICT, action.getMessage());
    }
    if (failure instanceof DuoConnectionException || failure instanceof DuoRateLimitedException) {
      return ApiException.of(ApiErrorCode.UNAVAILABLE, "Duo: " + failure.getMessage());
    }
    if (failure instanceof DuoApiException duo) {
      return ApiException.of(ApiErrorCode.DUO_ERROR, duo.getMessage());
    }
    if (failure instanceof DatabaseUnavailableException || failure instanceof ConnectionException) {
      LOG.warn("database unavailable: {}", failure.getMessage());
      return ApiException.of(
          ApiErrorCode.UNAVAILABLE, "the database is unavailable; try again shortly");
    }
    if (failure instanceof HttpResponseException http) {
      return fromJavalin(http);
    }
    LOG.error("unexpected failure", failure);
    return ApiException.of(
        ApiErrorCode.INTERNAL, "an unexpected error occurred; the server log has the details");
  }

  private static ApiException confirmationRequired(ConfirmationRequiredException e) {
    ObjectNode details = JsonNodeFactory.instance.objectNode().put("count", e.count());
    e.organizations().forEach(details.putArray("organizations")::add);
    return new ApiException(
            ApiErrorCode.CONFIRMATION_REQUIRED.status(),
            ApiErrorCode.CONFIRMATION_REQUIRED.code(),
            e.getMessage() + ": send \"confirm\": " + e.count(),
            List.of(new FieldError("confirm", "send " + e.count() + " to confirm")))
        .withDetails(details);
  }

  private static ApiException confirmationNeeded(ConfirmationNeededException e) {
    ObjectNode details = JsonNodeFactory.instance.objectNode();
    e.destructiveActions().forEach(details.putArray("destructive_actions")::add);
    return new ApiException(
            ApiErrorCode.CONFIRMATION_REQUIRED.status(),
            ApiErrorCode.CONFIRMATION_REQUIRED.code(),
            e.getMessage() + ": send \"confirmed\": true",
            List.of(new FieldError("confirmed", "send true to agree")))
        .withDetails(details);
  }

  private static ApiException fromJavalin(HttpResponseException http) {
    return forStatus(http.getStatus(), "the request was refused");
  }

  /**
   * The API error for a refusal by the web server itself (Javalin or Jetty) with this HTTP status;
   * {@code reason} says why in a few words the server chose (never request data).
   */
  public static ApiException forStatus(int status, String reason) {
    return switch (status) {
      case 404 -> ApiException.of(ApiErrorCode.NOT_FOUND, "no such route; see /api/openapi.json");
      case 405 ->
          ApiException.of(
              ApiErrorCode.METHOD_NOT_ALLOWED, "this route does not accept that HTTP method");
      case 413 -> ApiException.of(ApiErrorCode.BODY_TOO_LARGE, "the body is too large");
      case 415 ->
          ApiException.of(ApiErrorCode.UNSUPPORTED_MEDIA_TYPE, "send the body as application/json");
      case 401 -> ApiException.of(ApiErrorCode.UNAUTHORIZED, "a bearer token is required");
      case 403 -> ApiException.of(ApiErrorCode.FORBIDDEN, "this token may not do that");
      case 503 -> ApiException.of(ApiErrorCode.UNAVAILABLE, "the service is unavailable");
      default ->
          status >= 500
              ? ApiException.of(ApiErrorCode.INTERNAL, "an unexpected error occurred")
              : new ApiException(
                  status,
                  ApiErrorCode.BAD_REQUEST.code(),
                  "the request is not valid HTTP for this server ("
                      + reason
                      + "); percent-encode the path as UTF-8",
                  List.of());
    };
  }

  /** The JSON body of {@code error}: {@code {"error":{"code","message","field","fields"}}}. */
  public static ObjectNode body(ApiException error) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    ObjectNode body = root.putObject("error");
    body.put("code", error.code());
    body.put("message", error.getMessage());
    List<FieldError> fields = error.fields();
    if (!fields.isEmpty()) {
      body.put("field", fields.get(0).field());
      var list = body.putArray("fields");
      for (FieldError f : fields) {
        list.addObject().put("field", f.field()).put("message", f.message());
      }
    }
    error.details().ifPresent(body::setAll);
    return root;
  }
}
