package io.duoctl.core.workflows.connections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.duoctl.core.audit.AuditEntry;
import io.duoctl.core.audit.AuditQuery;
import io.duoctl.core.audit.AuditSubject;
import io.duoctl.core.errors.FieldError;
import io.duoctl.core.secrets.MasterKey;
import io.duoctl.core.secrets.MasterKeyRotation;
import io.duoctl.core.secrets.Secret;
import io.duoctl.core.testing.Backend;
import io.duoctl.core.testing.CoreFixture;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stored connections on every backend: header values only ever encrypted, names audited. */
abstract class ConnectionServiceContract {
  static final String BASIC = "Basic bm9ydGh3aW5kK3B1YmxpYzpwcml2YXRlLWtleS12YWx1ZQ==";
  static final String CLIENT_ID = "3f6c2b1e-client-id-0000-4a1b2c3d4e5f";
  static final String CW = "https://api-na.myconnectwise.net/v4_6_release/apis/3.0";

  @TempDir Path dir;
  CoreFixture fixture;
  ConnectionService connections;

  abstract Backend backend();

  @BeforeEach
  void open() {
    fixture = new CoreFixture(backend(), dir);
    connections =
        new ConnectionService(fixture.jdbi(), fixture.vault, fixture.audit, fixture.clock);
  }

  @AfterEach
  void close() {
    if (fixture != null) { // null when PostgreSQL could not start and the test was skipped
      fixture.close();
    }
  }

  static Map<String, Secret> headers(String... namesAndValues) {
    Map<String, Secret> headers = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      headers.put(namesAndValues[i], Secret.of(namesAndValues[i + 1]));
    }
    return headers;
  }

  Connection connectwise() {
    return connections.create(
        new NewConnection(
            "connectwise",
            CW + "/",
            headers("Authorization", BASIC, "clientId", CLIENT_ID),
            " Tickets of Northwind "),
        "alice");
  }

  @Test
  void create_keepsNamesInTheClear_andEveryHeaderValueOnlyEncrypted() {
    Connection created = connectwise();

    assertThat(created.name()).isEqualTo("connectwise");
    assertThat(created.baseUrl()).isEqualTo(CW);
    assertThat(created.headerNames()).containsExactly("Authorization", "clientId");
    assertThat(created.description()).contains("Tickets of Northwind");
    assertThat(created.createdBy()).isEqualTo("alice");
    assertThat(connections.get("connectwise")).isEqualTo(created);
    assertThat(connections.list()).containsExactly(created);
    String everyRow = allRows();
    assertThat(everyRow).contains("connectwise", "clientId", "Authorization", CW);
    assertThat(everyRow).doesNotContain(BASIC, CLIENT_ID, "bm9ydGh3aW5k");
    assertThat(created.toString()).doesNotContain(BASIC, CLIENT_ID);
  }

  @Test
  void target_decryptsTheHeadersThroughTheVault_inTheirOrder() {
    connectwise();

    ConnectionService.Target target = connections.target("connectwise");

    assertThat(target.headers().keySet()).containsExactly("Authorization", "clientId");
    assertThat(target.headers().get("Authorization").reveal()).isEqualTo(BASIC);
    assertThat(target.headers().get("clientId").reveal()).isEqualTo(CLIENT_ID);
  }

  @Test
  void aLongBearerToken_fitsAndComesBackWhole() {
    String jwt = "Bearer " + "eyJhbGciOiJSUzI1NiJ9.".repeat(190) + "x";
    assertThat(jwt.length()).isLessThanOrEqualTo(ConnectionRules.MAX_HEADER_VALUE);

    connections.create(
        new NewConnection(
            "halo-psa", "https://northwind.halopsa.com/api", headers("Authorization", jwt), null),
        "alice");

    assertThat(connections.target("halo-psa").headers().get("Authorization").reveal())
        .isEqualTo(jwt);
    assertThat(allRows()).doesNotContain("eyJhbGciOiJSUzI1NiJ9");
  }

  @Test
  void create_refusesEveryBadFieldAtOnce_neverQuotingAValue() {
    Map<String, Secret> bad = new LinkedHashMap<>();
    bad.put("Host", Secret.of("psa.example.com"));
    bad.put("X-Token: tok-on-the-wrong-side", Secret.of("fine"));
    bad.put("Authorization", Secret.of("Basic secret-on\ntwo-lines"));
    bad.put("authorization", Secret.of("Basic again"));

    assertThatThrownBy(
            () ->
                connections.create(
                    new NewConnection("Connect Wise", "http://psa.example.com", bad, "x\ty"),
                    "alice"))
        .isInstanceOfSatisfying(
            InvalidConnectionException.class,
            e -> {
              assertThat(e.errors())
                  .extracting(FieldError::field)
                  .containsExactly(
                      "name",
                      "base_url",
                      "headers",
                      "headers",
                      "headers.Authorization",
                      "headers",
                      "description");
              assertThat(e.getMessage())
                  .contains("https://", "Host", "\"X-Token…\"", "given twice")
                  .doesNotContain("secret-on", "two-lines", "Basic again", "tok-on-the-wrong");
            });
    assertThat(connections.list()).isEmpty();
  }

  @Test
  void baseUrl_isHttpsOrPlainHttpOnThisMachine_withoutCredentialsQueryOrFragment() {
    for (String local :
        List.of("http://localhost:8080/relay", "http://127.0.0.1:9/", "http://[::1]:9000")) {
      String name = "local-" + connections.list().size();
      assertThat(connections.create(new NewConnection(name, local, null, null), "alice").baseUrl())
          .doesNotEndWith("/");
    }
    for (String refused :
        List.of(
            "http://psa.example.com/api",
            "ftp://psa.example.com",
            "https://svc:hunter2-password@psa.example.com/api",
            "https://psa.example.com/api?tenant=x",
            "https://psa.example.com/api#top",
            "psa.example.com/api",
            "https://psa example.com")) {
      assertThatThrownBy(
              () -> connections.create(new NewConnection("psa", refused, null, null), "alice"))
          .as(refused)
          .isInstanceOfSatisfying(
              InvalidConnectionException.class,
              e -> {
                assertThat(e.errors()).extracting(FieldError::field).containsOnly("base_url");
                assertThat(e.getMessage()).doesNotContain("hunter2");
              });
    }
  }

  @Test
  void create_refusesATakenName() {
    connectwise();

    assertThatThrownBy(
            () ->
                connections.create(
                    new NewConnection("connectwise", "https://other.example.com", null, null),
                    "bob"))
        .isInstanceOf(DuplicateConnectionException.class)
        .hasMessageContaining("connectwise")
        .hasMessageContaining("set-headers");
    assertThat(connections.get("connectwise").baseUrl()).isEqualTo(CW);
  }

  @Test
  void replaceHeaders_replacesEveryOne_andTheOldValuesAreGone() {
    connectwise();

    Connection changed =
        connections.replaceHeaders(
            "connectwise", headers("Authorization", "Basic bmV3LXZhbHVl"), "bob");

    assertThat(changed.headerNames()).containsExactly("Authorization");
    assertThat(changed.updatedAt()).isAfterOrEqualTo(changed.createdAt());
    assertThat(connections.target("connectwise").headers())
        .containsOnlyKeys("Authorization")
        .extractingByKey("Authorization")
        .extracting(Secret::reveal)
        .isEqualTo("Basic bmV3LXZhbHVl");
    assertThat(allRows()).doesNotContain(CLIENT_ID, BASIC, "bmV3LXZhbHVl");
  }

  @Test
  void delete_removesTheConnectionAndItsStoredValues() {
    connectwise();

    Connection deleted = connections.delete("connectwise", "bob");

    assertThat(deleted.name()).isEqualTo("connectwise");
    assertThat(connections.list()).isEmpty();
    assertThatThrownBy(() -> connections.get("connectwise"))
        .isInstanceOf(UnknownConnectionException.class)
        .hasMessageContaining("connectwise");
    assertThatThrownBy(() -> connections.delete("connectwise", "bob"))
        .isInstanceOf(UnknownConnectionException.class);
    assertThatThrownBy(() -> connections.replaceHeaders("connectwise", Map.of(), "bob"))
        .isInstanceOf(UnknownConnectionException.class);
    long secrets =
        fixture
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT COUNT(*) FROM secret_value WHERE owner_kind = 'connection'")
                        .mapTo(Long.class)
                        .one());
    assertThat(secrets).isZero();
  }

  @Test
  void theAudit_recordsEachChangeByHeaderName_neverAValue() {
    connectwise();
    connections.replaceHeaders(
        "connectwise",
        headers("authorization", "Basic bmV3LXZhbHVl", "X-Extra", "extra-value-7q"),
        "bob");
    connections.delete("connectwise", "carol");

    List<AuditEntry> entries =
        fixture.audit.find(AuditQuery.all()).entries().stream()
            .filter(e -> e.subject() == AuditSubject.CONNECTION)
            .toList();

    assertThat(entries)
        .extracting(AuditEntry::action)
        .containsExactly("deleted", "headers-replaced", "created");
    assertThat(entries).extracting(AuditEntry::subjectId).containsOnly("connectwise");
    assertThat(entries.get(2).changes().toString())
        .contains("headers.Authorization", "headers.clientId", "[redacted]", CW);
    assertThat(entries.get(1).changes().toString())
        .contains("headers.authorization", "headers.clientId", "headers.X-Extra");
    assertThat(entries.toString())
        .doesNotContain(BASIC, CLIENT_ID, "bmV3LXZhbHVl", "extra-value-7q");
  }

  @Test
  void aMasterKeyRotation_reencryptsTheHeaderValues() {
    connectwise();
    MasterKey next = MasterKey.generate(CoreFixture.RANDOM);

    new MasterKeyRotation(fixture.jdbi(), fixture.vault, fixture.audit).rotate(next, "alice");

    assertThat(connections.target("connectwise").headers().get("clientId").reveal())
        .isEqualTo(CLIENT_ID);
    assertThat(allRows()).contains("v1." + next.id()).doesNotContain(CLIENT_ID);
  }

  private String allRows() {
    return fixture
        .jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT * FROM workflow_connection").mapToMap().list().toString()
                    + h.createQuery("SELECT * FROM workflow_connection_header").mapToMap().list()
                    + h.createQuery("SELECT * FROM secret_value").mapToMap().list());
  }
}
