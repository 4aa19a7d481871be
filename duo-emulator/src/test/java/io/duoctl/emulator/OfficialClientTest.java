package io.duoctl.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.duosecurity.client.Accounts;
import com.duosecurity.client.Admin;
import com.duosecurity.client.Auth;
import com.duosecurity.client.Http;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.Edition;
import io.duoctl.emulator.model.Permission;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Requests signed and sent by Duo's official Java client (com.duosecurity:duo-client 0.7.1, v5 by
 * default): it speaks only HTTPS, trusting the emulator's CA (set as the JVM trust store, as an
 * operator would). It reaches an account's hostname through the emulator as a proxy, or the
 * emulator's own port directly.
 */
@Tag("slow")
class OfficialClientTest {

  private static final String[] TRUST_PROPERTIES = {
    "javax.net.ssl.trustStore", "javax.net.ssl.trustStorePassword", "javax.net.ssl.trustStoreType"
  };
  private static final Map<String, String> saved = new HashMap<>();

  private static DuoEmulator duo;
  private static String pin;
  private static Account msp;
  private static Account child;
  private static IntegrationKeys accounts;
  private static IntegrationKeys auth;
  private static IntegrationKeys readOnlyAdmin;

  @BeforeAll
  static void start(@TempDir Path dir) throws Exception {
    duo = DuoEmulator.builder().build().start();
    msp = duo.givenParentAccount("Acme MSP");
    child = duo.givenChildAccount(msp, "Dental Co");
    accounts = duo.givenAccountsApi(msp);
    auth = duo.givenAuthApi(child);
    readOnlyAdmin = duo.givenAdminApi(child, Permission.ADMIN_READ_RESOURCE);
    Path trustStore = dir.resolve("trust.p12");
    try (OutputStream out = Files.newOutputStream(trustStore)) {
      duo.trustStore().store(out, "changeit".toCharArray());
    }
    for (String property : TRUST_PROPERTIES) {
      saved.put(property, System.getProperty(property));
    }
    System.setProperty("javax.net.ssl.trustStore", trustStore.toString());
    System.setProperty("javax.net.ssl.trustStorePassword", "changeit");
    System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
    byte[] spki = duo.caCertificate().getPublicKey().getEncoded();
    pin =
        "sha256/"
            + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(spki));
  }

  @AfterAll
  static void stop() {
    saved.forEach(
        (k, v) -> {
          if (v == null) {
            System.clearProperty(k);
          } else {
            System.setProperty(k, v);
          }
        });
    duo.close();
  }

  private static <T extends Http> T through(T request) {
    request.setProxy("127.0.0.1", duo.port());
    request.useCustomCertificates(new String[] {pin});
    return request;
  }

  @Test
  void authCheck_v5_isAccepted() throws Exception {
    Http request =
        through(new Auth.AuthBuilder("GET", auth.apiHostname(), "/auth/v2/check").build());
    request.signRequest(auth.integrationKey(), auth.secretKey());

    long before = duo.clock().instant().getEpochSecond();
    JSONObject response = (JSONObject) request.executeRequest();
    long after = duo.clock().instant().getEpochSecond();

    assertThat(response.getLong("time")).isBetween(before, after);
  }

  @Test
  void directOnThePort_signedForTheBareHost_isAccepted() throws Exception {
    Http request = new Auth.AuthBuilder("GET", "127.0.0.1", "/auth/v2/check").build();
    request.addParam("probe", "a b+c");
    request.signRequest(auth.integrationKey(), auth.secretKey());
    sentTo(request, duo.port());

    assertThat(request.executeRequest()).isInstanceOf(JSONObject.class);
    assertThat(duo.requests().last().orElseThrow().host()).isEqualTo("127.0.0.1:" + duo.port());
  }

  @Test
  void directOnThePort_signedForTheBareHost_v2_isAccepted() throws Exception {
    Http request =
        new Accounts.AccountsBuilder("POST", "127.0.0.1", "/accounts/v1/account/create").build();
    request.addParam("name", "Bare Host Co");
    request.signRequest(accounts.integrationKey(), accounts.secretKey(), 2);
    sentTo(request, duo.port());

    JSONObject created = (JSONObject) request.executeRequest();

    assertThat(created.getString("name")).isEqualTo("Bare Host Co");
  }

  /**
   * Sends the client's requests to {@code port} with {@code Host: host:port} while it signs the
   * bare host it was given, as Duo's Python client does when given {@code host} and {@code port}
   * apart. This client cannot be given {@code host:port} itself (its certificate pinner refuses the
   * pattern), it names the bare host in {@code Host}, and it keeps its OkHttp client private.
   */
  private static void sentTo(Http request, int port) throws ReflectiveOperationException {
    request.useCustomCertificates(new String[] {pin});
    Field field = Http.class.getDeclaredField("httpClient");
    field.setAccessible(true);
    OkHttpClient client = (OkHttpClient) field.get(request);
    field.set(
        request,
        client
            .newBuilder()
            .addInterceptor(
                chain ->
                    chain.proceed(
                        chain
                            .request()
                            .newBuilder()
                            .url(chain.request().url().newBuilder().port(port).build())
                            .header("Host", chain.request().url().host() + ":" + port)
                            .build()))
            .build());
  }

  @Test
  void authCheck_v2_isAccepted() throws Exception {
    Http request =
        through(new Auth.AuthBuilder("GET", auth.apiHostname(), "/auth/v2/check").build());
    request.addParam("probe", "a b+c");
    request.signRequest(auth.integrationKey(), auth.secretKey(), 2);

    assertThat(request.executeRequest()).isInstanceOf(JSONObject.class);
  }

  @Test
  void accountsList_v5JsonPost_isAccepted() throws Exception {
    Http request =
        through(
            new Accounts.AccountsBuilder("POST", msp.apiHostname(), "/accounts/v1/account/list")
                .build());
    request.signRequest(accounts.integrationKey(), accounts.secretKey());

    JSONArray children = (JSONArray) request.executeRequest();

    assertThat(children.length()).isGreaterThanOrEqualTo(1);
    assertThat(children.toString()).contains(child.id());
  }

  @Test
  void createChild_v2FormPost_isAccepted() throws Exception {
    Http request =
        through(
            new Accounts.AccountsBuilder("POST", msp.apiHostname(), "/accounts/v1/account/create")
                .build());
    request.addParam("name", "Form & Co");
    request.signRequest(accounts.integrationKey(), accounts.secretKey(), 2);

    JSONObject created = (JSONObject) request.executeRequest();

    assertThat(created.getString("name")).isEqualTo("Form & Co");
    assertThat(duo.world().account(created.getString("account_id"))).isPresent();
  }

  @Test
  void setEdition_onChildWithAccountIdInJsonBody_section5_2() throws Exception {
    Http request =
        through(
            new Admin.AdminBuilder("POST", child.apiHostname(), "/admin/v1/billing/edition")
                .build());
    request.addParam("edition", "BEYOND");
    request.addParam("account_id", child.id());
    request.signRequest(accounts.integrationKey(), accounts.secretKey());

    assertThat(request.executeRequest()).isEqualTo("");
    assertThat(child.edition()).isEqualTo(Edition.BEYOND);
  }

  @Test
  void paramAddedAfterSigning_is40103() throws Exception {
    Http request =
        through(
            new Admin.AdminBuilder("POST", child.apiHostname(), "/admin/v1/billing/edition")
                .build());
    request.addParam("account_id", child.id());
    request.addParam("edition", "ENTERPRISE");
    request.signRequest(accounts.integrationKey(), accounts.secretKey());
    request.addParam("edition", "PLATFORM");

    assertThatThrownBy(request::executeRequest).hasMessageContaining("(40103)");
  }

  @Test
  void wrongSecret_is40103() throws Exception {
    Http request =
        through(new Auth.AuthBuilder("GET", auth.apiHostname(), "/auth/v2/check").build());
    request.signRequest(auth.integrationKey(), "0".repeat(40));

    assertThatThrownBy(request::executeRequest).hasMessageContaining("(40103)");
  }

  @Test
  void unknownIntegrationKey_is40102() throws Exception {
    Http request =
        through(new Auth.AuthBuilder("GET", auth.apiHostname(), "/auth/v2/check").build());
    request.signRequest("DI" + "0".repeat(18), auth.secretKey());

    assertThatThrownBy(request::executeRequest).hasMessageContaining("(40102)");
  }

  @Test
  void keysUsedOnAnotherAccountsHost_are40102() throws Exception {
    Http request =
        through(new Auth.AuthBuilder("GET", msp.apiHostname(), "/auth/v2/check").build());
    request.signRequest(auth.integrationKey(), auth.secretKey());

    assertThatThrownBy(request::executeRequest).hasMessageContaining("(40102)");
  }

  @Test
  void missingPermission_is40301() throws Exception {
    Http request =
        through(new Auth.AuthBuilder("GET", child.apiHostname(), "/auth/v2/check").build());
    request.signRequest(readOnlyAdmin.integrationKey(), readOnlyAdmin.secretKey());

    assertThatThrownBy(request::executeRequest).hasMessageContaining("(40301)");
  }

  @Test
  void clockSkewBeyondTheWindow_is40105() throws Exception {
    Http request =
        through(new Auth.AuthBuilder("GET", auth.apiHostname(), "/auth/v2/check").build());
    request.signRequest(auth.integrationKey(), auth.secretKey());
    duo.clock().advance(Duration.ofMinutes(10));
    try {
      assertThatThrownBy(request::executeRequest).hasMessageContaining("(40105)");
    } finally {
      duo.clock().advance(Duration.ofMinutes(-10));
    }
  }
}
