package io.duoctl.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.client.DuoClient;
import io.duoctl.client.DuoTarget;
import io.duoctl.client.http.DuoRequest;
import io.duoctl.client.testing.RecordingServer;
import java.text.MessageFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** DEBUG logs name method, host, path and status, and never keys, signatures or values. */
class LoggingInterceptorTest {

  final List<String> lines = new CopyOnWriteArrayList<>();
  final Logger logger = Logger.getLogger(LoggingInterceptor.LOGGER_NAME);
  final Handler handler =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          lines.add(MessageFormat.format(record.getMessage(), record.getParameters()));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  Level previous;

  @BeforeEach
  void capture() {
    previous = logger.getLevel();
    logger.setLevel(Level.ALL);
    handler.setLevel(Level.ALL);
    logger.addHandler(handler);
  }

  @AfterEach
  void release() {
    logger.removeHandler(handler);
    logger.setLevel(previous);
  }

  @Test
  void debugLine_namesTheCallButNoSecretOrValue() throws Exception {
    String skey = "VerySecretSkey0123456789abcdefghijklmnop";
    try (RecordingServer server = RecordingServer.start();
        DuoClient duo = DuoClient.builder().allowPlainHttp(true).build()) {
      duo.apiClient(DuoTarget.of(server.host(), "DIXXXXXXXXXXXXXXXXXX", skey))
          .call(
              DuoRequest.post("/admin/v1/users/directorysync/DDSECRETKEY/syncuser")
                  .param("username", "jane.private"));

      String authorization = server.onlyRequest().header("authorization").orElseThrow();
      assertThat(lines).hasSize(1);
      assertThat(lines.get(0))
          .startsWith(
              "POST " + server.host() + "/admin/v1/users/directorysync/***/syncuser -> 200 in ")
          .endsWith(" ms")
          .doesNotContain(skey)
          .doesNotContain(authorization.substring(6))
          .doesNotContain("jane.private")
          .doesNotContain("DDSECRETKEY");
    }
  }
}
