import io.duoctl.emulator.DuoEmulator;
import io.duoctl.emulator.fixture.Fixture;
import io.duoctl.emulator.ratelimit.RateLimits;

/**
 * Heap held by an emulator seeded with a generated fixture ({@code tenants} × {@code users}),
 * measured after the fixture text is gone and the garbage is collected.
 *
 * <p>Run: bench/emulator/run-heap.sh [tenants] [users] [seed]
 */
public final class EmulatorHeap {

  public static void main(String[] args) throws Exception {
    int tenants = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int users = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
    long before = usedAfterGc();
    long start = System.nanoTime();
    DuoEmulator duo = DuoEmulator.builder().tls(false).rateLimits(RateLimits.none()).build();
    Fixture.generate(tenants, users, seed).applyTo(duo.world());
    double seconds = (System.nanoTime() - start) / 1e9;
    duo.start();
    long after = usedAfterGc();
    System.out.printf(
        "%d tenants x %d users: %,d accounts loaded in %.1f s; heap held %.1f MB%n",
        tenants, users, duo.world().accounts().size(), seconds, (after - before) / 1048576.0);
    duo.close();
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
