package io.duoctl.emulator.admin.trustmonitor;

import io.duoctl.emulator.admin.authlog.AuthLogEntry;
import io.duoctl.emulator.http.ApiCall;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.World;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One account's Trust Monitor events in surfacing order. Reach it with {@link #of(Account)}.
 * Thread-safe.
 */
public final class TrustMonitor {

  private final List<TrustMonitorEvent> events = new ArrayList<>();

  /** The Trust Monitor of {@code account}. */
  public static TrustMonitor of(Account account) {
    return account.state(TrustMonitor.class, TrustMonitor::new);
  }

  /** Adds an event. */
  public synchronized void record(TrustMonitorEvent event) {
    events.add(event);
    events.sort(
        Comparator.comparing(TrustMonitorEvent::surfaced).thenComparing(TrustMonitorEvent::sekey));
  }

  /** Surfaces an anomalous authentication (seeding). */
  public TrustMonitorEvent surfaceAuth(World world, AuthLogEntry auth, String explanation) {
    TrustMonitorEvent event =
        new TrustMonitorEvent(sekey(world), "auth", auth.time(), explanation, auth, null, null);
    record(event);
    return event;
  }

  /**
   * Records that a user was put in bypass, as Trust Monitor reports it ({@code bypass_status}).
   *
   * @param by who did it (an administrator or {@code API (<integration>)})
   * @param user the user, key {@code DU…} and username
   */
  public TrustMonitorEvent bypassEnabled(
      World world, AuthLogEntry.Party by, AuthLogEntry.Party user) {
    TrustMonitorEvent event =
        new TrustMonitorEvent(sekey(world), "bypass_status", world.now(), null, null, by, user);
    record(event);
    return event;
  }

  /**
   * Records that the calling integration put a user in bypass ({@code enabled_by} {@code API
   * (<integration name>)}).
   */
  public TrustMonitorEvent bypassEnabledByApi(
      World world, ApiCall call, String userId, String username) {
    String key = call.integration() == null ? "" : call.integration().integrationKey();
    String name = call.integration() == null ? "System" : "API (" + call.integration().name() + ")";
    return bypassEnabled(
        world, new AuthLogEntry.Party(key, name), new AuthLogEntry.Party(userId, username));
  }

  /** Every event, oldest first. */
  public synchronized List<TrustMonitorEvent> events() {
    return List.copyOf(events);
  }

  synchronized List<TrustMonitorEvent> between(Instant from, Instant to) {
    return events.stream()
        .filter(e -> !e.surfaced().isBefore(from) && !e.surfaced().isAfter(to))
        .toList();
  }

  private static String sekey(World world) {
    return "SE" + world.ids().draw("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 18);
  }
}
