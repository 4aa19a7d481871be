package io.duoctl.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.ratelimit.RateLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The emulator serves many signed requests at once without mixing them up. */
class ConcurrencyTest {

  @Test
  void concurrentCreates_allSucceed_andEveryChildExistsOnce() throws Exception {
    try (DuoEmulator duo =
            DuoEmulator.builder().tls(false).rateLimits(RateLimits.none()).build().start();
        ExecutorService pool = Executors.newFixedThreadPool(16)) {
      Account msp = duo.givenParentAccount("MSP");
      IntegrationKeys keys = duo.givenAccountsApi(msp);
      List<Future<Integer>> replies = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        String name = "Tenant " + i;
        replies.add(
            pool.submit(
                () ->
                    SignedCall.post(duo, keys, "/accounts/v1/account/create")
                        .param("name", name)
                        .send()
                        .status()));
      }

      for (Future<Integer> reply : replies) {
        assertThat(reply.get()).isEqualTo(200);
      }
      assertThat(duo.world().children(msp.id()))
          .extracting(Account::name)
          .hasSize(200)
          .doesNotHaveDuplicates();
      assertThat(duo.requests().count()).isEqualTo(200);
    }
  }
}
