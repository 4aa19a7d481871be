package io.duoctl.app.api.actions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.app.api.ApiErrorCode;
import io.duoctl.app.api.ApiException;
import io.duoctl.core.errors.FieldError;
import io.duoctl.core.jobs.OrganizationSelection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads the fields of a JSON request body and collects every problem, so one 400 names them all.
 * Not thread-safe; one per request.
 */
public final class BodyFields {

  private final JsonNode body;
  private final List<FieldError> errors = new ArrayList<>();
  private boolean unknown;

  /**
   * @param body the parsed body; null or JSON null reads as an empty object
   * @param allowed the field names the route knows; any other is an error
   */
  public BodyFields(JsonNode body, Set<String> allowed) {
    this.body = body == null || body.isNull() ? JsonNodeFactory.instance.objectNode() : body;
    if (!this.body.isObject()) {
      errors.add(
          new FieldError("body", "must be a JSON object, e.g. {\"organization\": \"Acme\"}"));
      return;
    }
    this.body
        .fieldNames()
        .forEachRemaining(
            name -> {
              if (!allowed.contains(name)) {
                unknown = true;
                errors.add(
                    new FieldError(
                        name,
                        "unknown field; allowed: "
                            + String.join(", ", allowed.stream().sorted().toList())));
              }
            });
  }

  /** A required, non-blank string. */
  public String requiredText(String name, String example) {
    JsonNode value = body.path(name);
    if (value.isMissingNode() || value.isNull()) {
      errors.add(new FieldError(name, "is required, e.g. " + example));
      return null;
    }
    if (!value.isTextual() || value.asText().isBlank()) {
      errors.add(new FieldError(name, "must be a non-blank string, e.g. " + example));
      return null;
    }
    return value.asText().strip();
  }

  /** An optional non-blank string. */
  public Optional<String> optionalText(String name, String example) {
    JsonNode value = body.path(name);
    if (value.isMissingNode() || value.isNull()) {
      return Optional.empty();
    }
    return Optional.ofNullable(requiredText(name, example));
  }

  /** An optional boolean, {@code fallback} when absent. */
  public boolean bool(String name, boolean fallback) {
    JsonNode value = body.path(name);
    if (value.isMissingNode() || value.isNull()) {
      return fallback;
    }
    if (!value.isBoolean()) {
      errors.add(new FieldError(name, "must be true or false"));
      return fallback;
    }
    return value.booleanValue();
  }

  /** An optional positive integer. */
  public OptionalInt positiveInt(String name, String example) {
    JsonNode value = body.path(name);
    if (value.isMissingNode() || value.isNull()) {
      return OptionalInt.empty();
    }
    if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 1) {
      errors.add(new FieldError(name, "must be a whole number of at least 1, e.g. " + example));
      return OptionalInt.empty();
    }
    return OptionalInt.of(value.intValue());
  }

  /** An optional JSON object; an empty object when absent. */
  public ObjectNode object(String name, String example) {
    JsonNode value = body.path(name);
    if (value.isMissingNode() || value.isNull()) {
      return JsonNodeFactory.instance.objectNode();
    }
    if (!value.isObject()) {
      errors.add(new FieldError(name, "must be a JSON object, e.g. " + example));
      return JsonNodeFactory.instance.objectNode();
    }
    return (ObjectNode) value;
  }

  /** An optional list of non-blank strings; empty when absent. */
  public List<String> textList(String name, String example) {
    JsonNode value = body.path(name);
    if (value.isMissingNode() || value.isNull()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    if (value.isArray()) {
      value.forEach(
          item -> {
            if (item.isTextual() && !item.asText().isBlank()) {
              out.add(item.asText().strip());
            }
          });
      if (out.size() == value.size()) {
        return List.copyOf(out);
      }
    }
    errors.add(new FieldError(name, "must be a list of non-blank strings, e.g. " + example));
    return List.of();
  }

  /**
   * The organizations chosen by exactly one of {@code organizations} (a list), {@code tag} and
   * {@code all_organizations: true}; null after rejecting anything else.
   */
  public OrganizationSelection organizationSelection() {
    return organizationSelection(null);
  }

  /**
   * Like {@link #organizationSelection()}, but a body choosing none of the three has {@code
   * otherwise}; null: one must be chosen.
   */
  public OrganizationSelection organizationSelection(OrganizationSelection otherwise) {
    List<String> organizations = textList("organizations", "[\"Acme\", \"Globex\"]");
    Optional<String> tag = optionalText("tag", "\"dental\"");
    boolean all = bool("all_organizations", false);
    int chosen = (has("organizations") ? 1 : 0) + (has("tag") ? 1 : 0) + (all ? 1 : 0);
    if (chosen == 0 && otherwise != null) {
      return otherwise;
    }
    if (chosen != 1) {
      reject(
          "organizations",
          chosen == 0
              ? "choose the organizations: organizations (a list), tag, or all_organizations: true"
              : "choose only one of organizations, tag and all_organizations");
      return null;
    }
    if (has("organizations")) {
      if (organizations.isEmpty()) {
        reject("organizations", "must name at least one organization");
        return null;
      }
      return OrganizationSelection.of(organizations);
    }
    return tag.map(OrganizationSelection::tagged).orElseGet(OrganizationSelection::allMapped);
  }

  /** Whether the body has this field (not null). */
  public boolean has(String name) {
    return body.hasNonNull(name);
  }

  /** Adds a problem found by the caller. */
  public void reject(String field, String message) {
    errors.add(new FieldError(field, message));
  }

  /** Adds problems found elsewhere, each field name prefixed (e.g. {@code input.}). */
  public void rejectAll(String prefix, List<FieldError> more) {
    more.forEach(e -> errors.add(new FieldError(prefix + e.field(), e.message())));
  }

  /**
   * @throws ApiException 400 naming every field at fault ({@code unknown_field} when one of them is
   *     not a field of the route, else {@code invalid_input}), if there is any
   */
  public void throwIfInvalid(String what) {
    if (errors.isEmpty()) {
      return;
    }
    ApiErrorCode code = unknown ? ApiErrorCode.UNKNOWN_FIELD : ApiErrorCode.INVALID_INPUT;
    throw new ApiException(
        code.status(),
        code.code(),
        what + ": " + String.join("; ", errors.stream().map(FieldError::toString).toList()),
        errors);
  }
}
