package io.duoctl.app.metrics;

import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.duoctl.client.http.ExchangeObserver;
import io.duoctl.core.db.Database;
import io.duoctl.core.jobs.JobObserver;
import io.duoctl.core.logexport.exports.SinkTotals;
import io.duoctl.core.logexport.rules.FiringCounts;
import io.duoctl.core.workflows.runs.RunObserver;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A node's meters in one Prometheus registry: Duo calls, fan-out jobs, workflow runs, the JVM and
 * process, and the database pool. Only a server builds one ({@link
 * io.duoctl.app.Duoctl#metrics()}), so CLI commands load no metrics code. Thread-safe; {@link
 * #close()} releases the JVM binders.
 */
public final class Metrics implements AutoCloseable {

  /** The media type of {@link #scrape()}: Prometheus' text format 0.0.4. */
  public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final PrometheusMeterRegistry registry;
  private final JvmGcMetrics gc;
  private final DuoCallMeters duoCalls;
  private final JobMeters jobs;
  private final RunMeters runs;
  private volatile LogExportMeters logExports;

  private Metrics(PrometheusMeterRegistry registry, JvmGcMetrics gc) {
    this.registry = registry;
    this.gc = gc;
    this.duoCalls = new DuoCallMeters(registry);
    this.jobs = new JobMeters(registry);
    this.runs = new RunMeters(registry);
  }

  /**
   * A registry with duoctl's meters, the JVM's and the process's, and {@code database}'s pool
   * (which reports to it from now on).
   *
   * @throws IllegalStateException if the pool reports its metrics elsewhere already
   */
  public static Metrics start(Database database) {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    new ClassLoaderMetrics().bindTo(registry);
    new JvmMemoryMetrics().bindTo(registry);
    JvmGcMetrics gc = new JvmGcMetrics();
    gc.bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    new FileDescriptorMetrics().bindTo(registry);
    database.reportPoolMetrics(new MicrometerMetricsTrackerFactory(registry));
    return new Metrics(registry, gc);
  }

  /** Hears every exchange with Duo. */
  public ExchangeObserver duoCalls() {
    return duoCalls;
  }

  /** Hears every fan-out job of this node. */
  public JobObserver jobs() {
    return jobs;
  }

  /** Hears every workflow run of this node. */
  public RunObserver runs() {
    return runs;
  }

  /**
   * Reports log exports' and log rules' figures from now on, read through {@code totals} and {@code
   * firings} at scrape time (cached {@value LogExportMeters#MAX_AGE_SECONDS} seconds): the database
   * holds them, so every node reports the same.
   */
  public void readLogExports(
      Supplier<List<SinkTotals>> totals, Supplier<Map<String, FiringCounts>> firings, Clock clock) {
    logExports = new LogExportMeters(registry, totals, firings, clock);
  }

  /** Every meter now, in Prometheus' text format ({@link #CONTENT_TYPE}). */
  public String scrape() {
    LogExportMeters exports = logExports;
    if (exports != null) {
      exports.refresh();
    }
    return registry.scrape();
  }

  @Override
  public void close() {
    gc.close();
    registry.close();
  }
}
