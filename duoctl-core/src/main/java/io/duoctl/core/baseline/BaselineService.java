package io.duoctl.core.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.core.audit.AuditChange;
import io.duoctl.core.audit.AuditEvent;
import io.duoctl.core.audit.AuditLog;
import io.duoctl.core.audit.AuditSubject;
import io.duoctl.core.settings.SettingsService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The baseline of each configuration: the Duo account settings the MSP standardises, by Duo's
 * parameter name ({@link DuoSetting}). One baseline per configuration; setting or removing values
 * checks them all first (nothing is stored when one is bad) and audits each change under subject
 * {@link AuditSubject#BASELINE}. Thread-safe.
 */
public final class BaselineService {

  private final Jdbi jdbi;
  private final SettingsService configurations;
  private final AuditLog audit;

  public BaselineService(Jdbi jdbi, SettingsService configurations, AuditLog audit) {
    this.jdbi = jdbi;
    this.configurations = configurations;
    this.audit = audit;
  }

  /**
   * The baseline of {@code configuration} (null: the default one); empty when none is set.
   *
   * @throws io.duoctl.core.settings.ConfigurationNotFoundException if there is no such
   *     configuration
   */
  public Baseline get(String configuration) {
    String name = configurations.get(configuration).name();
    return jdbi.withHandle(handle -> new Baseline(name, BaselineStore.values(handle, name)));
  }

  /**
   * Sets {@code values} (Duo parameter name to value: JSON, or the text a person typed), leaving
   * the baseline's other settings as they are.
   *
   * @return the baseline afterwards
   * @throws InvalidBaselineException naming every unknown setting and bad value; nothing is stored
   * @throws io.duoctl.core.settings.ConfigurationNotFoundException if there is no such
   *     configuration
   */
  public Baseline set(String configuration, Map<String, JsonNode> values, String actor) {
    Map<DuoSetting, JsonNode> checked = BaselineRules.values(values);
    String name = configurations.get(configuration).name();
    return jdbi.inTransaction(
        handle -> {
          Map<DuoSetting, JsonNode> before = BaselineStore.values(handle, name);
          List<AuditChange> changes = new ArrayList<>();
          checked.forEach(
              (setting, value) -> {
                JsonNode was = before.get(setting);
                if (!value.equals(was)) {
                  BaselineStore.put(handle, name, setting, value);
                  changes.add(AuditChange.of(setting.field(), text(was), value.toString()));
                }
              });
          record(handle, actor, name, "baseline.set", changes);
          return new Baseline(name, BaselineStore.values(handle, name));
        });
  }

  /**
   * Removes {@code settings} (Duo parameter names) from the baseline; one it does not hold is
   * already removed.
   *
   * @return the baseline afterwards
   * @throws InvalidBaselineException naming every name that is not a setting a baseline can hold
   */
  public Baseline unset(String configuration, List<String> settings, String actor) {
    List<DuoSetting> named = BaselineRules.settings(settings);
    String name = configurations.get(configuration).name();
    return jdbi.inTransaction(
        handle -> {
          Map<DuoSetting, JsonNode> before = BaselineStore.values(handle, name);
          List<AuditChange> changes = new ArrayList<>();
          for (DuoSetting setting : named) {
            if (BaselineStore.remove(handle, name, setting)) {
              changes.add(AuditChange.of(setting.field(), text(before.get(setting)), null));
            }
          }
          record(handle, actor, name, "baseline.unset", changes);
          return new Baseline(name, BaselineStore.values(handle, name));
        });
  }

  private void record(
      Handle handle, String actor, String configuration, String action, List<AuditChange> changes) {
    if (!changes.isEmpty()) {
      audit.append(
          handle, new AuditEvent(actor, AuditSubject.BASELINE, configuration, action, changes));
    }
  }

  private static String text(JsonNode value) {
    return value == null ? null : value.toString();
  }
}
