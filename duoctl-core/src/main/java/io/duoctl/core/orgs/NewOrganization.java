package io.duoctl.core.orgs;

import java.util.Map;
import java.util.Set;

/**
 * An organization to create.
 *
 * @param configurationName the configuration it belongs to; null for the default one
 * @param externalId an id in another system, or null
 * @param accessMode null for {@link AccessMode#CHILD_ACCOUNT}
 */
public record NewOrganization(
    String configurationName,
    String name,
    String externalId,
    Set<String> tags,
    Map<String, String> variables,
    AccessMode accessMode) {
  public NewOrganization {
    tags = tags == null ? Set.of() : Set.copyOf(tags);
    variables = variables == null ? Map.of() : Map.copyOf(variables);
    accessMode = accessMode == null ? AccessMode.CHILD_ACCOUNT : accessMode;
  }

  /** A plain organization with only a name, in the default configuration. */
  public static NewOrganization named(String name) {
    return new NewOrganization(null, name, null, Set.of(), Map.of(), null);
  }

  public NewOrganization inConfiguration(String configuration) {
    return new NewOrganization(configuration, name, externalId, tags, variables, accessMode);
  }

  public NewOrganization withExternalId(String value) {
    return new NewOrganization(configurationName, name, value, tags, variables, accessMode);
  }

  public NewOrganization withTags(Set<String> value) {
    return new NewOrganization(configurationName, name, externalId, value, variables, accessMode);
  }

  public NewOrganization withAccessMode(AccessMode value) {
    return new NewOrganization(configurationName, name, externalId, tags, variables, value);
  }
}
