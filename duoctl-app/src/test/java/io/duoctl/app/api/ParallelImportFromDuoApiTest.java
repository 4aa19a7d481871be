package io.duoctl.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.app.api.ApiHarness.Reply;
import io.duoctl.core.access.ApiScope;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Parallel {@code POST /api/v1/organizations/import-duo} calls, as a busy MSP's scripts make. */
@Tag("slow")
class ParallelImportFromDuoApiTest {
  @RegisterExtension static final DuoEmulatorExtension duo = new DuoEmulatorExtension();

  @TempDir Path dataDir;
  ApiHarness api;
  String admin;

  @BeforeEach
  void start() {
    api = new ApiHarness(dataDir);
    admin = api.token("ops", ApiScope.ADMIN);
    DuoKeys keys = DuoKeys.givenMsp(duo.emulator(), "Parallel MSP");
    api.saveConfiguration(admin, keys);
    for (int i = 0; i < 8; i++) {
      duo.givenChildAccount(keys.parent(), "Customer " + i);
    }
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void twentyFourImportsAtOnce_allAnswer200_andEachChildAccountBecomesOneMappedOrganization()
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(24);
    List<Future<Reply>> replies = new ArrayList<>();
    Callable<Reply> importDuo = () -> api.post("/api/v1/organizations/import-duo", admin, null);
    for (int i = 0; i < 24; i++) {
      replies.add(pool.submit(importDuo));
    }
    List<Integer> statuses = new ArrayList<>();
    for (Future<Reply> reply : replies) {
      statuses.add(reply.get().status());
    }
    pool.shutdown();

    assertThat(statuses).containsOnly(200);
    Reply orgs = api.get("/api/v1/organizations", admin);
    assertThat(orgs.json().path("total").asInt()).isEqualTo(8);
    orgs.json()
        .path("organizations")
        .forEach(org -> assertThat(org.path("mapped").asBoolean()).as(org.toString()).isTrue());
  }
}
