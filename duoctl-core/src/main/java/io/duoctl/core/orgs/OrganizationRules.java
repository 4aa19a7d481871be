package io.duoctl.core.orgs;

import static io.duoctl.core.orgs.OrganizationLimits.MAX_NAME;
import static io.duoctl.core.orgs.OrganizationLimits.MAX_TAG;
import static io.duoctl.core.orgs.OrganizationLimits.MAX_TAGS;
import static io.duoctl.core.orgs.OrganizationLimits.MAX_VARIABLES;
import static io.duoctl.core.orgs.OrganizationLimits.MAX_VARIABLE_NAME;
import static io.duoctl.core.orgs.OrganizationLimits.MAX_VARIABLE_VALUE;

import io.duoctl.core.errors.FieldError;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Input rules for organization fields, within {@link OrganizationLimits}; each check adds errors
 * naming the field and the fix. Fields and messages quote rejected input only up to a hundred
 * characters.
 */
final class OrganizationRules {
  private static final Pattern TAG =
      Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} _.:/-]{0," + (MAX_TAG - 1) + "}");
  private static final Pattern VARIABLE =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]{0," + (MAX_VARIABLE_NAME - 1) + "}");
  private static final int QUOTED = 100;

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
    checkTagCount(field, tags.size(), errors);
    for (String tag : tags) {
      if (tag == null || !TAG.matcher(tag.strip()).matches()) {
        errors.add(
            new FieldError(
                field,
                "tag \""
                    + quoted(tag)
                    + "\" must be 1 to "
                    + MAX_TAG
                    + " letters, digits, spaces or _ . : / -, starting with a letter or digit"));
      }
    }
  }

  /** Refuses an organization that would have {@code count} tags, past the limit. */
  static void checkTagCount(String field, int count, List<FieldError> errors) {
    if (count > MAX_TAGS) {
      errors.add(
          new FieldError(
              field,
              "an organization has at most "
                  + MAX_TAGS
                  + " tags, this would make "
                  + count
                  + "; remove some first"));
    }
  }

  static void checkVariable(String name, String value, List<FieldError> errors) {
    String field = "variables." + quoted(name);
    if (name == null || !VARIABLE.matcher(name).matches()) {
      errors.add(
          new FieldError(
              field,
              "variable names must be 1 to "
                  + MAX_VARIABLE_NAME
                  + " letters, digits, _ . -, starting with a letter or _ (e.g. psa_company_id)"));
    }
    if (value == null) {
      errors.add(new FieldError(field, "needs a value; remove the variable instead"));
    } else if (value.length() > MAX_VARIABLE_VALUE) {
      errors.add(new FieldError(field, "must be at most " + MAX_VARIABLE_VALUE + " characters"));
    }
  }

  static void checkVariables(Map<String, String> variables, List<FieldError> errors) {
    checkVariableCount(variables.size(), errors);
    variables.forEach((name, value) -> checkVariable(name, value, errors));
  }

  /** Refuses an organization that would have {@code count} variables, past the limit. */
  static void checkVariableCount(int count, List<FieldError> errors) {
    if (count > MAX_VARIABLES) {
      errors.add(
          new FieldError(
              "variables",
              "an organization has at most "
                  + MAX_VARIABLES
                  + " variables, this would make "
                  + count
                  + "; remove some first"));
    }
  }

  /** How many of {@code present} remain after adding {@code added} and removing {@code removed}. */
  static int countAfter(
      Collection<String> present, Collection<String> added, Collection<String> removed) {
    return (int)
        Stream.concat(present.stream(), added.stream())
            .distinct()
            .filter(item -> !removed.contains(item))
            .count();
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

  /** {@code text}, or its first hundred characters and "…" when longer. */
  static String quoted(String text) {
    return text == null || text.length() <= QUOTED ? text : text.substring(0, QUOTED) + "…";
  }
}
