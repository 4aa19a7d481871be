package io.duoctl.app.console;

import io.duoctl.app.Duoctl;
import io.duoctl.core.orgs.Organization;
import io.duoctl.core.settings.Configuration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every organization by id, for the pages that filter by one (audit, workflow runs). */
public final class OrganizationNames {
  private OrganizationNames() {}

  /**
   * Organization id → its name, followed by its configuration's when there are several, sorted by
   * name.
   */
  public static Map<String, String> byId(Duoctl app) {
    List<Configuration> configurations = app.settings().list();
    List<Organization> all = new ArrayList<>();
    for (Configuration c : configurations) {
      all.addAll(app.organizations().listAll(c.name()));
    }
    boolean several = configurations.size() > 1;
    Map<String, String> byId = new LinkedHashMap<>();
    all.stream()
        .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
        .forEach(
            o -> byId.put(o.id(), o.name() + (several ? " (" + o.configurationName() + ")" : "")));
    return byId;
  }
}
