package io.duoctl.core.settings;

import io.duoctl.client.DuoClient;
import io.duoctl.client.http.Pacing;
import io.duoctl.client.http.Transport;
import java.util.Objects;

/**
 * The Duo client of one stored configuration, always as the configuration is stored now. Before
 * each request it reads the configuration's revision (from the settings cache, {@link
 * SettingsService#revision}); when this node or another on the same database saved the
 * configuration since, it builds a new client from the stored settings (timeouts, proxy, trust,
 * deadlines) and closes the old one once its calls in flight have finished. No restart is needed
 * for a settings change. Thread-safe.
 */
public final class ConfiguredDuoClient implements AutoCloseable {

  private final SettingsService settings;
  private final DuoClientFactory factory;
  private final String configurationName;
  private final Pacing pacing;
  private final Object rebuilding = new Object();
  private volatile Built current;
  private volatile boolean closed;

  /** One build of the client and its two transports, for one revision of the configuration. */
  private record Built(long revision, DuoClient client, Transport job, Transport sync) {}

  public ConfiguredDuoClient(
      SettingsService settings, DuoClientFactory factory, String configurationName) {
    this(settings, factory, configurationName, Pacing.NONE);
  }

  /**
   * @param pacing holds every request of every client built for the configuration (one pacer
   *     outlives the rebuilds, so what it learned is kept)
   */
  public ConfiguredDuoClient(
      SettingsService settings, DuoClientFactory factory, String configurationName, Pacing pacing) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.factory = Objects.requireNonNull(factory, "factory");
    this.configurationName = Objects.requireNonNull(configurationName, "configurationName");
    this.pacing = Objects.requireNonNull(pacing, "pacing");
  }

  /** Sends each request with the current settings and the background-job call deadline. */
  public Transport jobTransport() {
    return (target, request) -> current().job().send(target, request);
  }

  /** Sends each request with the current settings and the deadline of a run someone waits on. */
  public Transport syncTransport() {
    return (target, request) -> current().sync().send(target, request);
  }

  private Built current() {
    long revision = settings.revision(configurationName);
    Built built = current;
    if (built != null && built.revision() == revision) {
      return built;
    }
    synchronized (rebuilding) {
      built = current;
      if (built != null && built.revision() == revision) {
        return built;
      }
      if (closed) {
        throw new IllegalStateException("the Duo client of " + configurationName + " is closed");
      }
      AdvancedSettings advanced = settings.get(configurationName).advanced();
      DuoClient client = factory.client(advanced, pacing);
      Built fresh =
          new Built(
              revision, client, client.transport(), client.transport(advanced.syncCallDeadline()));
      current = fresh;
      if (built != null) {
        Thread.ofVirtual().name("retire-duo-client").start(built.client()::close);
      }
      return fresh;
    }
  }

  /** Closes the current client after its calls in flight; later requests fail. */
  @Override
  public void close() {
    synchronized (rebuilding) {
      closed = true;
      if (current != null) {
        current.client().close();
      }
    }
  }
}
