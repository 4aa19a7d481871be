package io.duoctl.app.mcp;

import io.duoctl.app.Duoctl;
import java.util.List;

/** The report catalog as MCP tools, one per report; every report only reads. */
final class ReportTools implements ToolSource {

  private final Duoctl duoctl;

  ReportTools(Duoctl duoctl) {
    this.duoctl = duoctl;
  }

  @Override
  public List<DuoctlTool> tools() {
    return duoctl.reports().list().stream()
        .<DuoctlTool>map(report -> new ReportTool(report, duoctl))
        .toList();
  }
}
