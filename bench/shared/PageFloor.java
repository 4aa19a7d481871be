import io.duoctl.client.admin.users.Users;
import io.duoctl.client.signing.CanonicalRequest;
import io.duoctl.client.signing.DuoDates;
import io.duoctl.client.signing.HmacAlgorithm;
import io.duoctl.client.signing.SignatureVersion;
import io.duoctl.client.signing.Signatures;
import io.duoctl.core.jobs.FanOutLimits;
import io.duoctl.emulator.DuoEmulator;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.Integration;
import java.io.IOException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The floor of a sweep over every child's users: the pages {@code users.list} (and every report
 * that counts users) reads, fetched with nothing of duoctl in the way. Shared by the benches that
 * read every organization's users.
 */
final class PageFloor {

  private PageFloor() {}

  /**
   * The floor: every organization's pages in a chain ({@code offset} 0, 300, …, as {@code
   * next_offset} would give them), as many organizations at once as the fan-out runs, each request
   * signed (v5) with the parent's Accounts API keys and its {@code account_id}, bodies discarded.
   *
   * @return how many answers were not 200
   */
  static long fetch(
      DuoEmulator duo, Integration accountsApi, List<Account> children, int users)
      throws InterruptedException {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .proxy(ProxySelector.of(duo.proxyAddress()))
            .build();
    AtomicLong failures = new AtomicLong();
    concurrently(
        children,
        child -> {
          for (int page = 0; page < CriticalPath.pages(users); page++) {
            if (get(http, accountsApi, child, page * Users.PAGE_SIZE) != 200) {
              failures.incrementAndGet();
            }
          }
        });
    http.close();
    return failures.get();
  }

  /** Runs {@code work} for every child, as many children at once as the fan-out runs. */
  static void concurrently(List<Account> children, Consumer<Account> work)
      throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    List<Thread> workers = new ArrayList<>();
    for (int w = 0; w < Math.min(FanOutLimits.defaults().overall(), children.size()); w++) {
      workers.add(
          Thread.ofVirtual()
              .start(
                  () -> {
                    for (int i = next.getAndIncrement();
                        i < children.size();
                        i = next.getAndIncrement()) {
                      work.accept(children.get(i));
                    }
                  }));
    }
    for (Thread worker : workers) {
      worker.join();
    }
  }

  private static int get(HttpClient http, Integration keys, Account child, int offset) {
    String path = "/admin/v1/users";
    Map<String, List<String>> params =
        Map.of(
            "account_id", List.of(child.id()),
            "limit", List.of(String.valueOf(Users.PAGE_SIZE)),
            "offset", List.of(String.valueOf(offset)));
    String date = DuoDates.format(Instant.now());
    CanonicalRequest canonical =
        new CanonicalRequest(
            SignatureVersion.V5, date, "GET", child.apiHostname(), path, params, new byte[0],
            Map.of());
    String signature = Signatures.sign(HmacAlgorithm.SHA512, keys.secretKey(), canonical.text());
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    "http://" + child.apiHostname() + path + "?account_id=" + child.id()
                        + "&limit=" + Users.PAGE_SIZE + "&offset=" + offset))
            .header("Date", date)
            .header("Authorization", Signatures.authorizationHeader(keys.integrationKey(), signature))
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }
}
