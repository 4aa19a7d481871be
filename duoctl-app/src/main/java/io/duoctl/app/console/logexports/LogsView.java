package io.duoctl.app.console.logexports;

import io.duoctl.app.console.Frame;
import java.util.List;

/** The Logs page: every export and every log rule. */
public record LogsView(Frame frame, List<ExportLine> exports, List<RuleLine> rules) {
  public LogsView {
    exports = List.copyOf(exports);
    rules = List.copyOf(rules);
  }
}
