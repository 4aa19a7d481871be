package io.duoctl.emulator.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.client.DuoClient;
import io.duoctl.client.DuoTarget;
import io.duoctl.client.admin.logs.LogBatch;
import io.duoctl.client.admin.logs.LogCursor;
import io.duoctl.client.admin.logs.Logs;
import io.duoctl.emulator.DuoEmulator;
import io.duoctl.emulator.IntegrationKeys;
import io.duoctl.emulator.admin.V2LogKind;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.EmulatorClock;
import io.duoctl.emulator.ratelimit.RateLimits;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * An exporter that stores the cursor of each acknowledged batch and resumes from it delivers every
 * entry of each v2 log exactly once: over random timelines (entries arriving while it reads, many
 * in the same millisecond, in any id order), random page sizes, and batches lost before they were
 * acknowledged (a crash: the stored cursor stays where it was), checked against the emulator's log.
 */
class LogResumeProperties {

  private static final Instant START = Instant.parse("2026-04-01T08:00:00Z");
  private static DuoEmulator duo;
  private static DuoClient client;

  /** One thing that happens: entries arrive, time passes, or the exporter reads a batch. */
  record Step(int kind, int count, int seconds, boolean acknowledged) {}

  @BeforeContainer
  static void start() {
    duo =
        DuoEmulator.builder()
            .clock(EmulatorClock.fixedAt(START))
            .tls(false)
            .rateLimits(RateLimits.none())
            .recordRequests(false)
            // shorter than Duo's two minutes (not Duo's) so entries surface while the exporter
            // reads
            .logDelay(Duration.ofSeconds(20))
            .build()
            .start();
    client = DuoClient.builder().allowPlainHttp(true).clock(duo.world().clock()).build();
  }

  @AfterContainer
  static void stop() {
    client.close();
    duo.close();
  }

  @Property(tries = 100)
  void resumingFromStoredCursors_deliversEveryEntryOnce(
      @ForAll V2LogKind log, @ForAll("timelines") List<Step> steps) {
    duo.reset();
    Account account = duo.givenParentAccount("Acme");
    IntegrationKeys keys = duo.givenAdminApi(account);
    Logs logs =
        client
            .admin(DuoTarget.of("127.0.0.1:" + duo.port(), keys.integrationKey(), keys.secretKey()))
            .logs();
    LogCursor stored = LogCursor.startingAt(START.minus(Duration.ofHours(1)));
    List<String> delivered = new ArrayList<>();
    int serial = 0;
    for (Step step : steps) {
      Instant now = duo.world().now();
      switch (step.kind()) {
        case 0 -> {
          for (int i = 0; i < step.count(); i++) {
            // younger than the delay, so no read can have passed its place (Duo's consistency rule)
            Instant at = now.minusSeconds((serial * 7L + i) % 3);
            log.add(duo.world(), account, at, new UUID(serial, i * 31L + 7).toString());
          }
          serial++;
        }
        case 1 -> duo.world().clock().advance(Duration.ofSeconds(step.seconds()));
        default -> {
          LogBatch<?, LogCursor> batch = read(logs, log, stored, now, step.count());
          if (step.acknowledged()) {
            batch.events().forEach(e -> delivered.add(idOf(e)));
            stored = batch.resume();
          }
        }
      }
    }
    duo.world().clock().advance(Duration.ofMinutes(3));
    LogBatch<?, LogCursor> batch;
    int polls = 0;
    do {
      assertThat(++polls).as("polls to catch up").isLessThan(500);
      // an exporter polls on after catching up: the poll after the last page must bring nothing
      batch = read(logs, log, stored, duo.world().now(), 1 + delivered.size() % 5);
      batch.events().forEach(e -> delivered.add(idOf(e)));
      stored = batch.resume();
    } while (!batch.events().isEmpty());

    assertThat(delivered).containsExactlyElementsOf(log.ids(duo.world(), account));
  }

  private static LogBatch<?, LogCursor> read(
      Logs logs, V2LogKind log, LogCursor after, Instant now, int limit) {
    return switch (log) {
      case AUTHENTICATION -> logs.authenticationAfter(after, now, limit);
      case TELEPHONY -> logs.telephonyAfter(after, now, limit);
      case ACTIVITY -> logs.activityAfter(after, now, limit);
    };
  }

  private static String idOf(Object entry) {
    return switch (entry) {
      case io.duoctl.client.admin.logs.AuthLogEntry e -> e.txid();
      case io.duoctl.client.admin.logs.TelephonyLogEntry e -> e.telephonyId();
      case io.duoctl.client.admin.logs.ActivityLogEntry e -> e.activityId();
      default -> throw new IllegalArgumentException(entry.toString());
    };
  }

  @Provide
  Arbitrary<List<Step>> timelines() {
    Arbitrary<Step> step =
        Combinators.combine(
                Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(1, 6),
                Arbitraries.integers().between(1, 90),
                Arbitraries.of(true, true, true, false))
            .as(Step::new);
    return step.list().ofMinSize(1).ofMaxSize(60);
  }
}
