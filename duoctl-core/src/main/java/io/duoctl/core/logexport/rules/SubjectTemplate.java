package io.duoctl.core.logexport.rules;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An e-mail subject with placeholders: {@code {rule}}, {@code {org}} (the organization's name),
 * {@code {log}}, {@code {group}} (the group key, empty without aggregation) and {@code {count}}
 * (how many events the firing holds).
 */
final class SubjectTemplate {
  static final Set<String> NAMES = Set.of("rule", "org", "log", "group", "count");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

  private SubjectTemplate() {}

  /** What is wrong with {@code template}, if anything. */
  static Optional<String> problem(String template) {
    Matcher m = PLACEHOLDER.matcher(template);
    while (m.find()) {
      if (!NAMES.contains(m.group(1))) {
        return Optional.of(
            "unknown placeholder {"
                + m.group(1)
                + "}; use {rule}, {org}, {log}, {group} or {count}");
      }
    }
    if (template.contains("\n") || template.contains("\r")) {
      return Optional.of("must be one line");
    }
    return Optional.empty();
  }

  /** {@code template} with its placeholders replaced by {@code values}. */
  static String fill(String template, Map<String, String> values) {
    return PLACEHOLDER
        .matcher(template)
        .replaceAll(m -> Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
  }
}
