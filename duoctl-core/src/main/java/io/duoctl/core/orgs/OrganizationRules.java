package io.duoctl.core.orgs;

import io.duoctl.core.errors.FieldError;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Input rules for organization fields; each check adds errors naming the field and the fix. */
final class OrganizationRules {
  static final int MAX_NAME = 200;
  private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} _.:/-]{0,99}");
  private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]{0,99}");
  private static final int MAX_VALUE = 4000;

  private OrganizationRules() {}

  static void checkName(String field, String name, List<FieldError> errors) {
    if (name == null || name.isBlank()) {
      errors.add(new FieldError(field, "is required; enter the organization's name"));
    } else if (name.strip().length() > MAX_NAME) {
      errors.add(new FieldError(field, "must be at most " + MAX_NAME + " characters; shorten it"));
    } else if (name.chars().anyMatch(Character::isISOControl)) {
      errors.add(new FieldError(field, "must not contain control characters (tabs, line breaks)"));
    }
  }

  static void checkExternalId(String field, String externalId, List<FieldError> errors) {
    if (externalId != null && externalId.strip().length() > MAX_NAME) {
      errors.add(new FieldError(field, "must be at most " + MAX_NAME + " characters"));
    }
  }

  static void checkTags(String field, Set<String> tags, List<FieldError> errors) {
    for (String tag : tags) {
      if (tag == null || !TAG.matcher(tag.strip()).matches()) {
        errors.add(
            new FieldError(
                field,
                "tag \""
                    + tag
                    + "\" must be 1 to 100 letters, digits, spaces or _ . : / -, starting with a"
                    + " letter or digit"));
      }
    }
  }

  static void checkVariable(String name, String value, List<FieldError> errors) {
    if (name == null || !VARIABLE.matcher(name).matches()) {
      errors.add(
          new FieldError(
              "variables." + name,
              "variable names must be 1 to 100 letters, digits, _ . -, starting with a letter or _"
                  + " (e.g. psa_company_id)"));
    }
    if (value == null) {
      errors.add(new FieldError("variables." + name, "needs a value; remove the variable instead"));
    } else if (value.length() > MAX_VALUE) {
      errors.add(
          new FieldError("variables." + name, "must be at most " + MAX_VALUE + " characters"));
    }
  }

  static void checkVariables(Map<String, String> variables, List<FieldError> errors) {
    variables.forEach((name, value) -> checkVariable(name, value, errors));
  }

  static void throwIfAny(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw new InvalidOrganizationException(errors);
    }
  }

  /** The case-insensitive uniqueness key of a name. */
  static String nameKey(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }
}
