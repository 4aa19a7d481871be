package io.duoctl.app.console.reports;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The console's last run of each report question ({@link ReportKey}), in memory, so that pages,
 * filters, paging and downloads do not read Duo again; the least recently used runs go beyond
 * {@value #CAPACITY}. Per node and lost on restart: a page shows when its run was made and offers
 * to run it again. Thread-safe.
 */
public final class LastReports {

  static final int CAPACITY = 32;

  private final Map<ReportKey, ReportRun<?>> runs =
      new LinkedHashMap<>(CAPACITY, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<ReportKey, ReportRun<?>> eldest) {
          return size() > CAPACITY;
        }
      };

  synchronized Optional<ReportRun<?>> find(ReportKey key) {
    return Optional.ofNullable(runs.get(key));
  }

  synchronized void put(ReportRun<?> run) {
    runs.put(run.key(), run);
  }
}
