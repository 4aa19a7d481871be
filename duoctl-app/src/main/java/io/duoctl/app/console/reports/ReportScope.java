package io.duoctl.app.console.reports;

import io.duoctl.core.jobs.OrganizationSelection;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Which organizations a console report or drift check reads: one organization ({@code org}), a tag
 * or all mapped ones, as the request's {@code target}, {@code org} and {@code tag} parameters say.
 *
 * @param target {@code org}, {@code tag} or {@code all}
 * @param organization the organization's name when the target is {@code org}, else ""
 * @param tag the tag when the target is {@code tag}, else ""
 */
public record ReportScope(String target, String organization, String tag) {

  /** Every mapped organization. */
  static final ReportScope ALL = new ReportScope("all", "", "");

  /** The scope the parameters name; every mapped organization when they name none. */
  public static ReportScope of(Map<String, List<String>> params) {
    String target = first(params, "target");
    return switch (target) {
      case "org" -> new ReportScope("org", first(params, "org"), "");
      case "tag" -> new ReportScope("tag", "", first(params, "tag"));
      default -> ALL;
    };
  }

  /** Just this organization. */
  static ReportScope organization(String name) {
    return new ReportScope("org", name, "");
  }

  /**
   * The organizations as core selects them.
   *
   * @throws IllegalArgumentException naming what is missing (an organization, a tag)
   */
  public OrganizationSelection selection() {
    return switch (target) {
      case "org" -> {
        if (organization.isBlank()) {
          throw new IllegalArgumentException("Choose an organization, or a tag, or all.");
        }
        yield OrganizationSelection.of(List.of(organization));
      }
      case "tag" -> {
        if (tag.isBlank()) {
          throw new IllegalArgumentException("Choose a tag, or an organization, or all.");
        }
        yield OrganizationSelection.tagged(tag);
      }
      default -> OrganizationSelection.allMapped();
    };
  }

  /** The scope as query parameters, e.g. {@code target=tag&tag=dental}. */
  public String query() {
    return switch (target) {
      case "org" -> "target=org&org=" + encode(organization);
      case "tag" -> "target=tag&tag=" + encode(tag);
      default -> "target=all";
    };
  }

  /** The scope in words: "Harbor Dental", "tag dental", "all organizations". */
  public String describe() {
    return switch (target) {
      case "org" -> organization;
      case "tag" -> "tag " + tag;
      default -> "all organizations";
    };
  }

  public static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static String first(Map<String, List<String>> params, String name) {
    List<String> values = params.getOrDefault(name, List.of());
    return values.isEmpty() || values.get(0) == null ? "" : values.get(0).strip();
  }
}
