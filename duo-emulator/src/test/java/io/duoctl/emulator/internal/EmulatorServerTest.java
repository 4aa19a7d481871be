package io.duoctl.emulator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.eclipse.jetty.server.handler.DefaultHandler;
import org.junit.jupiter.api.Test;

class EmulatorServerTest {

  private final EmulatorServer server =
      new EmulatorServer("127.0.0.1", 0, 8, null, new DefaultHandler(), host -> true);

  @Test
  void connectionIdleTimeout_outlastsDuosLongestBackOff() {
    assertThat(server.idleTimeout()).isEqualTo(Duration.ofSeconds(120));
  }

  @Test
  void connectTunnel_staysOpenAsLongAsADirectConnection() {
    // a client waiting out Duo's 32 s back-off through the proxy keeps its tunnel
    assertThat(server.tunnelIdleTimeout()).isEqualTo(server.idleTimeout());
  }
}
