package io.duoctl.core.workflows.schedules;

import io.duoctl.core.audit.AuditChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The audit entries of schedules: what was set, what changed, and the verb for it. */
final class ScheduleAudit {
  private ScheduleAudit() {}

  static List<AuditChange> created(Schedule s) {
    List<AuditChange> changes = new ArrayList<>();
    changes.add(AuditChange.of("name", null, s.name()));
    changes.add(AuditChange.of("workflow", null, s.workflow()));
    changes.add(AuditChange.of("inputs", null, s.inputs()));
    changes.add(AuditChange.of("cron", null, s.cron()));
    changes.add(AuditChange.of("time_zone", null, s.timeZone().getId()));
    s.configuration().ifPresent(c -> changes.add(AuditChange.of("configuration", null, c)));
    changes.add(AuditChange.of("enabled", null, s.enabled()));
    changes.add(AuditChange.of("confirmed", null, s.confirmed()));
    return changes;
  }

  static List<AuditChange> changed(Schedule before, Schedule after) {
    List<AuditChange> changes = new ArrayList<>();
    add(changes, "workflow", before.workflow(), after.workflow());
    add(changes, "inputs", before.inputs(), after.inputs());
    add(changes, "cron", before.cron(), after.cron());
    add(changes, "time_zone", before.timeZone().getId(), after.timeZone().getId());
    add(
        changes,
        "configuration",
        before.configuration().orElse(null),
        after.configuration().orElse(null));
    add(changes, "enabled", before.enabled(), after.enabled());
    add(changes, "confirmed", before.confirmed(), after.confirmed());
    return changes;
  }

  private static void add(List<AuditChange> changes, String field, Object before, Object after) {
    if (!Objects.equals(before, after)) {
      changes.add(AuditChange.of(field, before, after));
    }
  }

  static String action(Schedule before, Schedule after) {
    boolean onlyEnabled = before.enabled() != after.enabled() && changed(before, after).size() == 1;
    if (onlyEnabled) {
      return after.enabled() ? "enabled" : "disabled";
    }
    return "updated";
  }
}
