package io.duoctl.app.api.openapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.app.api.ApiErrorCode;
import io.duoctl.app.api.JsonSchemas;
import java.util.Arrays;

/** The schema of the API's error body, as {@code ApiErrors.body} writes it. */
public final class ErrorSchema {

  private ErrorSchema() {}

  /** The error body's schema. */
  public static ObjectNode schema() {
    String[] codes =
        Arrays.stream(ApiErrorCode.values()).map(ApiErrorCode::code).toArray(String[]::new);
    ObjectNode field =
        JsonSchemas.object()
            .description("One field at fault")
            .required("field", JsonSchemas.string("The field, e.g. input.username"))
            .required("message", JsonSchemas.string("What is wrong and how to fix it"))
            .build();
    ObjectNode error =
        JsonSchemas.object()
            .description("What went wrong")
            .required(
                "code",
                JsonSchemas.string(
                    "A stable code; clients branch on it, e.g. " + String.join(", ", codes)))
            .required("message", JsonSchemas.string("What went wrong and how to fix it"))
            .optional("field", JsonSchemas.string("The first field at fault"))
            .optional("fields", JsonSchemas.array("Every field at fault", field))
            .optional(
                "count",
                JsonSchemas.integer(
                    "confirmation_required: how many organizations the selection holds; send it"
                        + " as confirm"))
            .optional(
                "organizations",
                JsonSchemas.array(
                    "confirmation_required: the selected organizations' names",
                    JsonSchemas.string()))
            .build();
    return JsonSchemas.object()
        .description("An error reply")
        .required("error", error)
        .build()
        .put("title", "Error");
  }
}
