package io.duoctl.core.reports.snapshots;

import io.duoctl.core.access.ApiScope;
import io.duoctl.core.jobs.OrganizationSelection;
import io.duoctl.core.reports.Column;
import io.duoctl.core.reports.OrganizationReport;
import io.duoctl.core.reports.ReportRequest;
import io.duoctl.core.reports.ReportRunner;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Takes one configuration's snapshot: runs the {@code mfa_coverage} and {@code accounts} reports
 * over the chosen organizations (their reads, slots, pacing and audit are the reports'), and stores
 * per organization the figure sets that could be read. Thread-safe.
 */
final class SnapshotTaker {
  static final String COVERAGE_REPORT = "mfa_coverage";
  static final String ACCOUNTS_REPORT = "accounts";

  private final SnapshotStore store;

  SnapshotTaker(SnapshotStore store) {
    this.store = store;
  }

  SnapshotRun take(
      ReportRunner runner,
      OrganizationSelection selection,
      ApiScope scope,
      String actor,
      LocalDate day,
      Instant now) {
    ReportRequest<?> coverageRequest = runner.prepare(COVERAGE_REPORT, null, selection, scope);
    ReportRequest<?> accountsRequest = runner.prepare(ACCOUNTS_REPORT, null, selection, scope);
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, CoverageFigures> coverage = new HashMap<>();
    Map<String, AccountFigures> accounts = new HashMap<>();
    Map<String, SnapshotFailure> failures = new LinkedHashMap<>();
    read(
        runner,
        coverageRequest,
        actor,
        (organization, row) -> {
          names.putIfAbsent(organization.organizationId(), organization.organization());
          coverage.put(organization.organizationId(), CoverageFigures.fromColumns(row));
        },
        organization -> failed(failures, organization, List.of("coverage", "billing")));
    read(
        runner,
        accountsRequest,
        actor,
        (organization, row) -> {
          names.putIfAbsent(organization.organizationId(), organization.organization());
          accounts.put(organization.organizationId(), AccountFigures.fromColumns(row));
        },
        organization -> failed(failures, organization, List.of("accounts")));
    List<Snapshot> stored = new ArrayList<>();
    names.forEach(
        (id, name) -> {
          Snapshot snapshot = Snapshot.of(id, name, day, now, coverage.get(id), accounts.get(id));
          store.save(snapshot);
          stored.add(snapshot);
        });
    return new SnapshotRun(day, now, stored, List.copyOf(failures.values()));
  }

  /** One failure per organization: its first error, with every figure set it lacks. */
  private static void failed(
      Map<String, SnapshotFailure> failures,
      OrganizationReport<?> organization,
      List<String> sets) {
    failures.merge(
        organization.organizationId(),
        new SnapshotFailure(
            organization.organizationId(), organization.organization(), sets, organization.error()),
        (first, next) -> {
          List<String> missing = new ArrayList<>(first.missing());
          missing.addAll(next.missing());
          return new SnapshotFailure(
              first.organizationId(), first.organization(), missing, first.error());
        });
  }

  private static <R> void read(
      ReportRunner runner,
      ReportRequest<R> request,
      String actor,
      RowSink ok,
      Consumer<OrganizationReport<R>> failed) {
    runner.run(
        request,
        actor,
        organization -> {
          if (!organization.ok()) {
            failed.accept(organization);
            return;
          }
          for (R row : organization.rows()) {
            ok.accept(organization, values(request.report().columns(), row));
          }
        });
  }

  private static <R> Map<String, Object> values(List<Column<R>> columns, R row) {
    Map<String, Object> values = new HashMap<>();
    for (Column<R> column : columns) {
      values.put(column.name(), column.of(row));
    }
    return values;
  }

  /** One report row of an organization that was read, by column name. */
  @FunctionalInterface
  private interface RowSink {
    void accept(OrganizationReport<?> organization, Map<String, Object> row);
  }
}
