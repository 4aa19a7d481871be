package io.duoctl.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A {@code CONNECT} tunnel through the emulator outlives Duo's longest back-off (32 s plus jitter).
 * It really waits, so it runs only when asked: {@code -Dduo.emulator.slowTests=true}; the default
 * suite checks the configured timeout instead ({@code internal.EmulatorServerTest}).
 */
@EnabledIfSystemProperty(named = "duo.emulator.slowTests", matches = "true")
class TunnelIdleTest {

  private static final Duration BACK_OFF = Duration.ofSeconds(34);

  @Test
  void tunnelIdleLongerThanDuosBackOff_stillCarriesTheNextRequest() throws Exception {
    try (DuoEmulator duo = DuoEmulator.builder().build().start();
        Socket socket = new Socket("127.0.0.1", duo.port())) {
      String host = duo.givenParentAccount("Acme").apiHostname();
      OutputStream out = socket.getOutputStream();
      out.write(
          ("CONNECT " + host + ":443 HTTP/1.1\r\nHost: " + host + ":443\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      BufferedReader connect =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
      assertThat(connect.readLine()).startsWith("HTTP/1.1 200");
      while (!connect.readLine().isEmpty()) {
        // the CONNECT reply's headers
      }

      Thread.sleep(BACK_OFF.toMillis());

      try (SSLSocket tls =
          (SSLSocket)
              duo.clientSslContext().getSocketFactory().createSocket(socket, host, 443, true)) {
        tls.getOutputStream()
            .write(
                ("GET /auth/v2/ping HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
        tls.getOutputStream().flush();
        String status =
            new BufferedReader(
                    new InputStreamReader(tls.getInputStream(), StandardCharsets.US_ASCII))
                .readLine();
        assertThat(status).startsWith("HTTP/1.1 200");
      }
    }
  }
}
