package io.duoctl.core.workflows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import io.duoctl.core.errors.FieldError;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * The published JSON Schema (draft 2020-12) of workflow definitions, {@code
 * workflows/workflow.schema.json}, and the check of a document against it: every error at once,
 * each at its JSON pointer with the fix taken from the schema's descriptions. Thread-safe.
 */
public final class WorkflowSchema {

  /** The resource the schema is published as. */
  public static final String RESOURCE = "workflows/workflow.schema.json";

  private static final WorkflowSchema INSTANCE = load();

  private final String text;
  private final JsonNode json;
  private final Schema schema;

  private WorkflowSchema(String text, JsonNode json) {
    this.text = text;
    this.json = json;
    this.schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(json);
  }

  /** The schema every definition is checked against. */
  public static WorkflowSchema get() {
    return INSTANCE;
  }

  private static WorkflowSchema load() {
    try (InputStream in = WorkflowSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new WorkflowSchema(text, new ObjectMapper().readTree(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The schema as published (JSON text). */
  public String text() {
    return text;
  }

  /** Every way {@code document} breaks the schema, in document order; empty when none. */
  List<FieldError> check(WorkflowDocument document) {
    Set<FieldError> errors = new LinkedHashSet<>();
    List<Error> found = new ArrayList<>(schema.validate(document.tree()));
    for (Error error : found) {
      FieldError described = describe(document, error);
      if (described != null) {
        errors.add(described);
      }
    }
    return document.inDocumentOrder(errors);
  }

  private FieldError describe(WorkflowDocument document, Error error) {
    String at = pointer(error.getInstanceLocation());
    JsonNode keywordSchema = error.getSchemaNode();
    JsonNode parent = parentSchema(error);
    String property = error.getProperty();
    String child = property == null ? at : child(at, property);
    String message =
        switch (error.getKeyword()) {
          case "required" ->
              "is required: " + description(parent.path("properties").path(property), property);
          case "additionalProperties" ->
              "is not known here; "
                  + allowed(parent)
                  + (at.isEmpty() || at.equals("/") ? "" : " (see `duoctl workflows schema`)");
          case "propertyNames" -> "is not a valid name: use lower_snake_case, e.g. user_name";
          case "enum" ->
              "must be one of: "
                  + StreamSupport.stream(keywordSchema.spliterator(), false)
                      .map(JsonNode::asText)
                      .collect(Collectors.joining(", "));
          case "pattern" -> "is not valid: use " + description(parent, "the documented form");
          case "type" ->
              "must be a "
                  + (keywordSchema.isArray()
                      ? keywordSchema
                          .valueStream()
                          .map(JsonNode::asText)
                          .collect(Collectors.joining(" or "))
                      : keywordSchema.asText());
          case "minimum" -> "must be at least " + keywordSchema.asText();
          case "maximum" -> "must be at most " + keywordSchema.asText();
          case "minLength" -> "must not be empty";
          case "maxLength" -> "must be at most " + keywordSchema.asText() + " characters";
          case "minItems" -> "must hold at least " + keywordSchema.asText() + " item(s)";
          case "maxItems" -> "must hold at most " + keywordSchema.asText() + " items";
          case "minProperties", "maxProperties" ->
              "must hold exactly one of: " + String.join(", ", names(parent));
          case "oneOf" ->
              parent.path("properties").has("action")
                  ? "needs exactly one of action (a catalog action id), workflow (a workflow"
                      + " name), http (a request through a connection) or wait (a duration)"
                  : "is not valid: use " + description(parent, "the documented form");
          case "not" -> null;
          default -> error.getMessage();
        };
    if (message == null) {
      return null;
    }
    String where =
        switch (error.getKeyword()) {
          case "required", "additionalProperties" -> child;
          default -> at;
        };
    return document.error(where.isEmpty() ? "/" : where, message);
  }

  private static String child(String at, String property) {
    return (at.equals("/") ? "" : at) + "/" + property.replace("~", "~0").replace("/", "~1");
  }

  private static String allowed(JsonNode parent) {
    List<String> names = names(parent);
    return names.isEmpty() ? "nothing else is allowed" : "allowed: " + String.join(", ", names);
  }

  private static List<String> names(JsonNode schema) {
    TreeSet<String> names = new TreeSet<>();
    schema.path("properties").fieldNames().forEachRemaining(names::add);
    return List.copyOf(names);
  }

  private String description(JsonNode schema, String fallback) {
    JsonNode target = schema;
    if (target.has("$ref") && target.get("$ref").asText().startsWith("#")) {
      target = json.at(target.get("$ref").asText().substring(1));
    }
    String text = target.path("description").asText("");
    return text.isEmpty() ? fallback : text;
  }

  /** The schema object that holds the failed keyword (the keyword's location minus its name). */
  private JsonNode parentSchema(Error error) {
    NodePath fragment = error.getSchemaLocation().getFragment();
    StringBuilder pointer = new StringBuilder();
    for (int i = 0; i < fragment.getNameCount() - 1; i++) {
      pointer.append('/').append(escape(String.valueOf(fragment.getElement(i))));
    }
    return json.at(pointer.toString());
  }

  private static String pointer(NodePath path) {
    if (path == null || path.getNameCount() == 0) {
      return "/";
    }
    StringBuilder pointer = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      pointer.append('/').append(escape(String.valueOf(path.getElement(i))));
    }
    return pointer.toString();
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
