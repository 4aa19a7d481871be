package io.duoctl.core.audit;

import java.util.List;

/** One page of audit entries and the total number matching the query. */
public record AuditPage(List<AuditEntry> entries, long total, int offset, int limit) {
  public AuditPage {
    entries = List.copyOf(entries);
  }

  /** Whether entries exist beyond this page. */
  public boolean hasMore() {
    return offset + entries.size() < total;
  }
}
