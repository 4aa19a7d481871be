package io.duoctl.core.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * One line of the drift report: a setting of an organization that differs from the baseline, or an
 * organization whose settings could not be read (never counted as on the baseline).
 *
 * @param organizationId the organization's id
 * @param organization its name
 * @param setting Duo's parameter name; null when the settings were not read
 * @param baseline the baseline's value; null when not read
 * @param actual Duo's value as Duo sent it (a JSON null for Duo's null); null when not read
 * @param problem why the settings were not read, and the fix; null for a difference
 */
public record DriftRow(
    String organizationId,
    String organization,
    String setting,
    JsonNode baseline,
    JsonNode actual,
    String problem) {

  public DriftRow {
    Objects.requireNonNull(organizationId, "organizationId");
    Objects.requireNonNull(organization, "organization");
    if ((problem == null) == (setting == null)) {
      throw new IllegalArgumentException("a drift row names a setting or a problem, not both");
    }
  }

  static DriftRow differs(String organizationId, String organization, SettingDifference d) {
    return new DriftRow(
        organizationId, organization, d.setting().field(), d.baseline(), d.actual(), null);
  }

  static DriftRow notRead(String organizationId, String organization, String problem) {
    return new DriftRow(organizationId, organization, null, null, null, problem);
  }

  /**
   * This row as JSON, the one shape of every surface: {@code organization}, {@code
   * organization_id}, {@code setting}, {@code baseline}, {@code actual} (Duo's JSON types, null
   * included) and {@code problem}.
   */
  public ObjectNode json() {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("organization", organization).put("organization_id", organizationId);
    json.put("setting", setting);
    json.set("baseline", baseline);
    json.set("actual", actual);
    return json.put("problem", problem);
  }

  /** Whether the organization's settings were read (this row is a difference). */
  public boolean read() {
    return problem == null;
  }
}
