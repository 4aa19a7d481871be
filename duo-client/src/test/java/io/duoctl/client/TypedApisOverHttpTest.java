package io.duoctl.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.client.accounts.ChildAccount;
import io.duoctl.client.admin.AdminApi;
import io.duoctl.client.admin.billing.Edition;
import io.duoctl.client.admin.logs.AuthLogEntry;
import io.duoctl.client.admin.logs.AuthLogQuery;
import io.duoctl.client.admin.logs.LogWindow;
import io.duoctl.client.admin.users.User;
import io.duoctl.client.signing.HmacAlgorithm;
import io.duoctl.client.signing.SignatureVersion;
import io.duoctl.client.testing.ManualTime;
import io.duoctl.client.testing.RecordedRequest;
import io.duoctl.client.testing.RecordingServer;
import io.duoctl.client.testing.Reply;
import io.duoctl.client.testing.SignatureCheck;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The typed APIs handed out by {@link DuoClient}, over real HTTP to a recording server. */
class TypedApisOverHttpTest {

  static final String IKEY = "DIWJ8X6AEYOR5OMC6TQ1";
  static final String SKEY = "Zh5eGmUq9zpfQnyUIu5OL9iWoMMv5ZNmk3zLJ4Ep";

  RecordingServer server;
  ManualTime time = new ManualTime(Instant.parse("2026-11-28T12:00:00Z"));
  DuoClient duo;

  @BeforeEach
  void start() throws IOException {
    server = RecordingServer.start();
    duo =
        DuoClient.builder().allowPlainHttp(true).clock(time).sleeper(time).jitter(() -> 0).build();
  }

  @AfterEach
  void stop() {
    duo.close();
    server.close();
  }

  DuoTarget target() {
    return DuoTarget.of(server.host(), IKEY, SKEY);
  }

  @Test
  void admin_findByUsername_sendsASignedLookupAndReadsTheUser() {
    server.enqueue(
        Reply.ok("[{\"user_id\": \"DU1\", \"username\": \"jdoe\", \"status\": \"active\"}]"));

    User user = duo.admin(target()).users().findByUsername("jane doe").orElseThrow();

    RecordedRequest request = server.onlyRequest();
    assertThat(request.method()).isEqualTo("GET");
    assertThat(request.path()).isEqualTo("/admin/v1/users");
    assertThat(request.rawQuery()).isEqualTo("username=jane%20doe");
    assertThat(
            SignatureCheck.verifies(
                request, server.host(), SignatureVersion.V5, HmacAlgorithm.SHA512, IKEY, SKEY))
        .isTrue();
    assertThat(user.userId()).isEqualTo("DU1");
  }

  @Test
  void admin_deleteUser_sendsAnEncodedPathAndAcceptsDuosEmptyString() {
    server.enqueue(Reply.ok("\"\""));

    duo.admin(target()).users().delete("DU 1");

    RecordedRequest request = server.onlyRequest();
    assertThat(request.method()).isEqualTo("DELETE");
    assertThat(request.target().getRawPath()).isEqualTo("/admin/v1/users/DU%201");
    assertThat(
            SignatureCheck.verifies(
                request, server.host(), SignatureVersion.V5, HmacAlgorithm.SHA512, IKEY, SKEY))
        .isTrue();
  }

  @Test
  void accounts_adminFor_child_sendsTheChildsAccountIdInTheSignedBody() {
    server.enqueue(Reply.ok("\"\""));
    ChildAccount child = new ChildAccount("DA012345678901234567", "Acme", server.host());

    AdminApi childAdmin = duo.accounts(target()).adminFor(child);
    childAdmin.billing().setEdition(Edition.PLATFORM);

    RecordedRequest request = server.onlyRequest();
    assertThat(request.path()).isEqualTo("/admin/v1/billing/edition");
    assertThat(request.bodyText())
        .isEqualTo("{\"account_id\":\"DA012345678901234567\",\"edition\":\"PLATFORM\"}");
    assertThat(
            SignatureCheck.verifies(
                request, server.host(), SignatureVersion.V5, HmacAlgorithm.SHA512, IKEY, SKEY))
        .isTrue();
  }

  @Test
  void auth_pingIsUnsignedWhileCheckIsSigned() {
    server.enqueue(Reply.ok("{\"time\": 1764331200}")).enqueue(Reply.ok("{\"time\": 1764331201}"));

    Instant pinged = duo.auth(target()).ping();
    Instant checked = duo.auth(target()).check();

    assertThat(pinged).isEqualTo(Instant.ofEpochSecond(1764331200));
    assertThat(checked).isEqualTo(Instant.ofEpochSecond(1764331201));
    List<RecordedRequest> requests = server.requests();
    assertThat(requests.get(0).path()).isEqualTo("/auth/v2/ping");
    assertThat(requests.get(0).header("authorization")).isEmpty();
    assertThat(requests.get(1).path()).isEqualTo("/auth/v2/check");
    assertThat(requests.get(1).header("authorization")).isPresent();
  }

  @Test
  void admin_authLog_sendsRepeatedFiltersAndTheCursorOnTheWire() {
    server
        .enqueue(
            Reply.ok(
                "{\"authlogs\": [{\"txid\": \"t1\"}], \"metadata\": {\"next_offset\":"
                    + " [\"1764331200000\", \"t1\"]}}"))
        .enqueue(Reply.ok("{\"authlogs\": [{\"txid\": \"t2\"}], \"metadata\": {}}"));
    LogWindow window =
        LogWindow.between(
            Instant.ofEpochMilli(1764240000000L), Instant.ofEpochMilli(1764330000000L));
    AuthLogQuery query = AuthLogQuery.builder(window).results(List.of("denied", "fraud")).build();

    List<AuthLogEntry> entries = duo.admin(target()).logs().authentication(query).all();

    assertThat(entries).hasSize(2);
    Map<String, List<String>> second = server.requests().get(1).queryParams();
    assertThat(second.get("results")).containsExactly("denied", "fraud");
    assertThat(second.get("next_offset")).containsExactly("1764331200000,t1");
    assertThat(second.get("mintime")).containsExactly("1764240000000");
  }
}
