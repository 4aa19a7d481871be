import io.duoctl.emulator.DuoEmulator;
import io.duoctl.emulator.admin.history.AccountLogs;
import io.duoctl.emulator.admin.history.HistoryPlan;
import io.duoctl.emulator.admin.history.LogKind;
import io.duoctl.emulator.fixture.Fixture;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.ratelimit.RateLimits;

/**
 * Heap held by generated tenants' log history ({@code tenants} × {@code days} × {@code authPerDay},
 * other logs at their defaults), over the same tenants without history, per event held.
 *
 * <p>Run: bench/emulator/run-log-heap.sh [tenants] [users] [days] [authPerDay]
 */
public final class EmulatorLogHeap {

  public static void main(String[] args) throws Exception {
    int tenants = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    int users = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    int days = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    int authPerDay = args.length > 3 ? Integer.parseInt(args[3]) : 1000;
    HistoryPlan plan =
        new HistoryPlan(
            days,
            authPerDay,
            HistoryPlan.DEFAULTS.adminPerDay(),
            HistoryPlan.DEFAULTS.telephonyPerDay(),
            HistoryPlan.DEFAULTS.activityPerDay(),
            1);
    long base = usedAfterGc();
    DuoEmulator bare = DuoEmulator.builder().tls(false).rateLimits(RateLimits.none()).build();
    Fixture.generate(tenants, users, 1).applyTo(bare.world());
    long withoutLogs = usedAfterGc() - base;
    bare = null;
    base = usedAfterGc();
    long start = System.nanoTime();
    DuoEmulator duo = DuoEmulator.builder().tls(false).rateLimits(RateLimits.none()).build();
    Fixture.generate(tenants, users, 1, plan).applyTo(duo.world());
    double seconds = (System.nanoTime() - start) / 1e9;
    long withLogs = usedAfterGc() - base;
    long events = 0;
    long auth = 0;
    for (Account account : duo.world().accounts()) {
      for (LogKind kind : LogKind.values()) {
        int n = AccountLogs.of(duo.world(), account).events(kind).size();
        events += n;
        auth += kind == LogKind.AUTHENTICATION ? n : 0;
      }
    }
    System.out.printf(
        "%d tenants x %d users, %d days x %d auth/day: %,d events (%,d auth) loaded in %.1f s;"
            + " heap %.1f MB with logs, %.1f MB without; %.0f bytes/event%n",
        tenants,
        users,
        days,
        authPerDay,
        events,
        auth,
        seconds,
        withLogs / 1048576.0,
        withoutLogs / 1048576.0,
        (double) (withLogs - withoutLogs) / events);
    System.out.println(duo.world().accounts().size() + " accounts");
  }

  private static long usedAfterGc() throws InterruptedException {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(200);
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
