package io.duoctl.emulator.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.emulator.model.Account;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DuoEmulatorExtensionTest {

  @RegisterExtension static DuoEmulatorExtension duo = new DuoEmulatorExtension();

  private static int firstPort;
  private static Instant before;

  private static int ping() throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(duo.baseUrl() + "/auth/v2/ping")).build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  @Test
  @Order(1)
  void firstTest_leavesStateFaultsRequestsAndClockBehind() throws Exception {
    firstPort = duo.port();
    before = duo.clock().instant();
    Account msp = duo.givenParentAccount("Acme");
    duo.givenAccountsApi(msp);
    duo.faults().rateLimitNext(5);
    duo.clock().advance(Duration.ofDays(3));

    assertThat(ping()).isEqualTo(429);
  }

  @Test
  @Order(2)
  void nextTest_startsClean_onTheSamePort() throws Exception {
    assertThat(duo.port()).isEqualTo(firstPort);
    assertThat(duo.world().accounts()).isEmpty();
    assertThat(duo.requests().count()).isZero();
    assertThat(duo.clock().instant()).isBefore(before.plus(Duration.ofDays(1)));
    assertThat(ping()).isEqualTo(200);
  }
}
