package io.duoctl.emulator.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.emulator.admin.bypass.BypassCodes;
import io.duoctl.emulator.admin.bypass.BypassRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The state classes under concurrent requests (the emulator serves requests in parallel). */
class ConcurrencyTest {

  private final AdminTestBed bed = new AdminTestBed();

  @AfterEach
  void stop() {
    bed.close();
  }

  @Test
  void concurrentCreatesOfOneUsername_createExactlyOneUser_section7_3() throws Exception {
    List<Integer> statuses =
        inParallel(16, () -> bed.admin.post("/admin/v1/users", "username", "same").status());

    assertThat(statuses).containsOnlyOnce(200);
    assertThat(statuses).filteredOn(s -> s == 400).hasSize(15);
    assertThat(bed.admin.get("/admin/v1/users").response()).hasSize(1);
  }

  @Test
  void concurrentUsesOfASingleUseBypassCode_succeedOnce_section7_7() throws Exception {
    String user = bed.createUser("alice");
    BypassCodes codes = BypassCodes.of(bed.world(), bed.account);
    String code =
        codes.create(user, new BypassRequest(1, List.of(), 1, Duration.ZERO, false)).get(0);

    List<Boolean> results = inParallel(16, () -> codes.consume(user, code));

    assertThat(results).containsOnlyOnce(true);
  }

  private static <T> List<T> inParallel(int n, Callable<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        futures.add(pool.submit(task));
      }
      List<T> out = new ArrayList<>();
      for (Future<T> future : futures) {
        out.add(future.get());
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }
}
