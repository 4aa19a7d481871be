import io.duoctl.client.signing.CanonicalRequest;
import io.duoctl.client.signing.DuoDates;
import io.duoctl.client.signing.HmacAlgorithm;
import io.duoctl.client.signing.SignatureVersion;
import io.duoctl.client.signing.Signatures;
import io.duoctl.emulator.DuoEmulator;
import io.duoctl.emulator.IntegrationKeys;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.ratelimit.RateLimits;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Signed requests per second the emulator serves with injection off: every request carries its own
 * v5 or v2 signature, which the emulator verifies in full. Requests are signed before the clock
 * starts so the figure is the server's, not the client's; connections are kept alive.
 *
 * <p>Run: bench/emulator/run.sh [seconds] [connections]
 */
public final class EmulatorThroughput {

  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    int connections = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    try (DuoEmulator duo =
        DuoEmulator.builder().tls(false).rateLimits(RateLimits.none()).recordRequests(false)
            .build().start()) {
      Account msp = duo.givenParentAccount("Bench MSP");
      List<byte[]> requests = new ArrayList<>();
      for (int t = 0; t < 20; t++) {
        Account child = duo.givenChildAccount(msp, "Tenant " + t);
        IntegrationKeys auth = duo.givenAuthApi(child);
        for (int i = 0; i < 50; i++) {
          requests.add(signedGet(auth, "/auth/v2/check", "n", "v" + i, i % 2 == 0));
        }
      }
      AtomicLong served = new AtomicLong();
      AtomicLong failed = new AtomicLong();
      long end = System.nanoTime() + 2_000_000_000L; // warm-up
      run(duo.port(), connections, requests, end, new AtomicLong(), failed);
      long start = System.nanoTime();
      end = start + seconds * 1_000_000_000L;
      run(duo.port(), connections, requests, end, served, failed);
      double elapsed = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          "%d connections, %.1f s: %d signed requests served, %.0f req/s, %d not 200%n",
          connections, elapsed, served.get(), served.get() / elapsed, failed.get());
    }
  }

  private static void run(
      int port, int connections, List<byte[]> requests, long endNanos, AtomicLong served,
      AtomicLong failed) throws InterruptedException {
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < connections; c++) {
      int offset = c;
      threads.add(Thread.ofPlatform().start(() -> {
        try (Socket socket = new Socket("127.0.0.1", port)) {
          socket.setTcpNoDelay(true);
          OutputStream out = socket.getOutputStream();
          InputStream in = new BufferedInputStream(socket.getInputStream());
          for (int i = offset; System.nanoTime() < endNanos; i++) {
            out.write(requests.get(i % requests.size()));
            out.flush();
            if (readResponse(in) != 200) {
              failed.incrementAndGet();
            }
            served.incrementAndGet();
          }
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }));
    }
    for (Thread t : threads) {
      t.join();
    }
  }

  private static byte[] signedGet(
      IntegrationKeys keys, String path, String key, String value, boolean v5) {
    String date = DuoDates.format(Instant.now());
    CanonicalRequest canonical = new CanonicalRequest(
        v5 ? SignatureVersion.V5 : SignatureVersion.V2, date, "GET", keys.apiHostname(), path,
        Map.of(key, List.of(value)), new byte[0], Map.of());
    String signature = Signatures.sign(HmacAlgorithm.SHA512, keys.secretKey(), canonical.text());
    String request = "GET " + path + "?" + key + "=" + value + " HTTP/1.1\r\n"
        + "Host: " + keys.apiHostname() + "\r\n"
        + "Date: " + date + "\r\n"
        + "Authorization: " + Signatures.authorizationHeader(keys.integrationKey(), signature)
        + "\r\n\r\n";
    return request.getBytes(StandardCharsets.US_ASCII);
  }

  /** Reads one response; returns its status. */
  private static int readResponse(InputStream in) throws IOException {
    String status = line(in);
    int contentLength = 0;
    for (String header = line(in); !header.isEmpty(); header = line(in)) {
      if (header.regionMatches(true, 0, "content-length:", 0, 15)) {
        contentLength = Integer.parseInt(header.substring(15).trim());
      }
    }
    in.readNBytes(contentLength);
    return Integer.parseInt(status.substring(9, 12));
  }

  private static String line(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new IOException("connection closed");
      }
      if (b != '\r') {
        line.append((char) b);
      }
    }
    return line.toString();
  }
}
