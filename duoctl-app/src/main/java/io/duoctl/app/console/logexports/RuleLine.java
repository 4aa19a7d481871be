package io.duoctl.app.console.logexports;

import io.duoctl.core.logexport.rules.FiringCounts;
import io.duoctl.core.logexport.rules.LogRule;

/** A log rule as the Logs page lists it, read-only, with its firings by outcome. */
public record RuleLine(
    String name, boolean enabled, String condition, String action, FiringCounts firings) {

  static RuleLine of(LogRule rule, FiringCounts firings) {
    return new RuleLine(
        rule.name(), rule.enabled(), rule.condition(), rule.action().kind(), firings);
  }
}
