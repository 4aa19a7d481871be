package io.duoctl.app.api.actions;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.app.api.JsonSchemas;
import io.duoctl.core.actions.ActionError;
import io.duoctl.core.actions.ActionResult;
import io.duoctl.core.actions.ErrorCode;
import io.duoctl.core.errors.FieldError;
import io.duoctl.core.results.OrganizationOutcome;
import java.util.Arrays;

/**
 * The uniform {@link ActionResult} as the REST API returns it. Secret outputs stay in {@code data}:
 * this response is the one place they are shown.
 */
public final class ResultJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ResultJson() {}

  /** The result, with {@code data} as the action returned it. */
  public static ObjectNode of(ActionResult result) {
    ObjectNode json = NODES.objectNode();
    json.put("ok", result.ok())
        .put("action", result.action())
        .put("organization_id", result.organizationId())
        .put("organization", result.organization())
        .put("dry_run", result.dryRun())
        .put("duration_ms", result.duration().toMillis());
    json.set("data", result.data() == null ? NODES.nullNode() : result.data());
    json.set("error", result.error() == null ? NODES.nullNode() : error(result.error()));
    result.secretFields().forEach(json.putArray("secret_fields")::add);
    return json;
  }

  /** Our code in the API's spelling, e.g. {@code duo_rate_limited}. */
  public static String code(ErrorCode code) {
    return OrganizationOutcome.code(code);
  }

  private static ObjectNode error(ActionError error) {
    ObjectNode json = NODES.objectNode();
    json.put("code", code(error.code())).put("message", error.message());
    json.set(
        "duo_code", error.duoCode() == null ? NODES.nullNode() : NODES.numberNode(error.duoCode()));
    json.put("message_detail", error.messageDetail());
    json.set(
        "http_status",
        error.httpStatus() == null ? NODES.nullNode() : NODES.numberNode(error.httpStatus()));
    ArrayNode fields = json.putArray("fields");
    for (FieldError field : error.fields()) {
      fields.addObject().put("field", field.field()).put("message", field.message());
    }
    return json;
  }

  /** The schema of {@link #of}. */
  public static ObjectNode schema() {
    return JsonSchemas.object()
        .description("The one result shape of every run")
        .required(
            "ok",
            JsonSchemas.bool(
                "Whether the action succeeded (for a dry-run: whether the plan was made)"))
        .required("action", JsonSchemas.string("The action id"))
        .required(
            "organization_id",
            JsonSchemas.string("The organization's id, or the reference as given when unknown"))
        .required(
            "organization",
            JsonSchemas.string("The organization's name, or the reference as given when unknown"))
        .required("dry_run", JsonSchemas.bool("Whether this was a dry-run"))
        .required("duration_ms", JsonSchemas.integer("Wall time of the run in milliseconds"))
        .required("data", dataSchema())
        .required("error", nullable(errorSchema()))
        .required(
            "secret_fields",
            JsonSchemas.array(
                "Fields of data that hold secrets: shown in this response once, never stored",
                JsonSchemas.string()))
        .build()
        .put("title", "ActionResult");
  }

  private static ObjectNode dataSchema() {
    return JsonNodeFactory.instance
        .objectNode()
        .put(
            "description",
            "The action's data on success, else null; for a dry-run of a mutating action the"
                + " requests it would send (method, host, path, parameters), secrets redacted");
  }

  /** The schema of one rejected field, shared with the API's error body. */
  static ObjectNode fieldErrorSchema() {
    return JsonSchemas.object()
        .description("One rejected input field and how to fix it")
        .required("field", JsonSchemas.string("The field at fault, e.g. input.username"))
        .required("message", JsonSchemas.string("What is wrong and the fix"))
        .build();
  }

  private static ObjectNode errorSchema() {
    String[] codes = Arrays.stream(ErrorCode.values()).map(ResultJson::code).toArray(String[]::new);
    return JsonSchemas.object()
        .description("Why the action failed")
        .required("code", JsonSchemas.oneOf("Our stable code", codes))
        .required("message", JsonSchemas.string("What went wrong and, where known, the fix"))
        .required("duo_code", nullable(JsonSchemas.integer("Duo's numeric error code, e.g. 40002")))
        .required("message_detail", nullable(JsonSchemas.string("Duo's message_detail")))
        .required("http_status", nullable(JsonSchemas.integer("Duo's HTTP status")))
        .required("fields", JsonSchemas.array("The bad input fields", fieldErrorSchema()))
        .build()
        .put("title", "ActionError");
  }

  private static ObjectNode nullable(ObjectNode schema) {
    schema.set(
        "type", JsonNodeFactory.instance.arrayNode().add(schema.path("type").asText()).add("null"));
    return schema;
  }
}
