package io.duoctl.core.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.duoctl.core.audit.AuditLog;
import io.duoctl.core.audit.AuditQuery;
import io.duoctl.core.audit.AuditSubject;
import io.duoctl.core.db.Database;
import io.duoctl.core.testing.Backend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

abstract class SecretVaultContract {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final SecretRef REF = new SecretRef("organization", "org-1", "directory_key");

  @TempDir Path dir;
  private Database database;
  private Jdbi jdbi;

  abstract Backend backend();

  @BeforeEach
  void open() {
    database = backend().open(dir);
    jdbi = database.jdbi();
  }

  @AfterEach
  void close() {
    if (database != null) { // null when PostgreSQL could not start and the test was skipped
      database.close();
    }
  }

  @Test
  void unlock_createsAnOwnerOnlyKeyFileOnFirstRun_andReadsItNextTime() throws Exception {
    Path keyFile = dir.resolve("keys/master.key");

    SecretVault first = SecretVault.unlock(jdbi, MasterKeySource.of(null, keyFile), RANDOM);
    jdbi.useTransaction(h -> first.put(h, REF, Secret.of("directory-key-value-1234")));
    SecretVault second = SecretVault.unlock(jdbi, MasterKeySource.of(" ", keyFile), RANDOM);

    assertThat(Files.getPosixFilePermissions(keyFile))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(find(second, REF)).contains(Secret.of("directory-key-value-1234"));
  }

  @Test
  void unlock_withTheWrongKey_failsAtStart() {
    MasterKey right = MasterKey.generate(RANDOM);
    SecretVault.unlock(jdbi, MasterKeySource.of(right.toBase64(), null), RANDOM);
    MasterKey wrong = MasterKey.generate(RANDOM);

    assertThatThrownBy(
            () -> SecretVault.unlock(jdbi, MasterKeySource.of(wrong.toBase64(), null), RANDOM))
        .isInstanceOf(WrongMasterKeyException.class)
        .hasMessageContaining(right.id())
        .hasMessageContaining(wrong.id());
  }

  @Test
  void unlock_withoutAnyKey_whenSecretsAreStored_failsInsteadOfCreatingANewKey() {
    MasterKey key = MasterKey.generate(RANDOM);
    SecretVault.unlock(jdbi, MasterKeySource.of(key.toBase64(), null), RANDOM);
    Path missingFile = dir.resolve("master.key");

    assertThatThrownBy(
            () -> SecretVault.unlock(jdbi, MasterKeySource.of(null, missingFile), RANDOM))
        .isInstanceOf(MissingMasterKeyException.class)
        .hasMessageContaining(key.id())
        .hasMessageContaining("DUOCTL_MASTER_KEY");
    assertThat(missingFile).doesNotExist();
  }

  @Test
  void putFindDelete_roundTripSecretsPerOwner() {
    SecretVault vault = unlocked(MasterKey.generate(RANDOM));
    SecretRef other = new SecretRef("organization", "org-2", "directory_key");

    jdbi.useTransaction(
        h -> {
          vault.put(h, REF, Secret.of("first-value-abcdefgh"));
          vault.put(h, REF, Secret.of("second-value-abcdefgh"));
          vault.put(h, other, Secret.of("other-value-abcdefgh"));
        });

    assertThat(find(vault, REF)).contains(Secret.of("second-value-abcdefgh"));
    assertThat(
            jdbi.<java.util.Map<String, Secret>, RuntimeException>withHandle(
                h -> vault.findAll(h, "organization", "org-2")))
        .containsOnlyKeys("directory_key");
    assertThat(jdbi.<Boolean, RuntimeException>withHandle(h -> vault.delete(h, REF))).isTrue();
    assertThat(find(vault, REF)).isEmpty();
  }

  @Test
  void rotate_reencryptsEverySecret_andTheOldKeyNoLongerUnlocks() {
    MasterKey oldKey = MasterKey.generate(RANDOM);
    SecretVault vault = unlocked(oldKey);
    jdbi.useTransaction(h -> vault.put(h, REF, Secret.of("directory-key-value-1234")));
    String before = envelope();
    MasterKey newKey = MasterKey.generate(RANDOM);
    AuditLog audit = new AuditLog(jdbi, Clock.systemUTC());

    int count = new MasterKeyRotation(jdbi, vault, audit).rotate(newKey, "alice");

    assertThat(count).isEqualTo(2);
    assertThat(envelope()).isNotEqualTo(before).contains(newKey.id());
    assertThat(find(vault, REF)).contains(Secret.of("directory-key-value-1234"));
    assertThatThrownBy(() -> unlocked(oldKey)).isInstanceOf(WrongMasterKeyException.class);
    assertThat(find(unlocked(newKey), REF)).isPresent();
    assertThat(
            audit
                .find(AuditQuery.all().withSubject(AuditSubject.MASTER_KEY, "master-key"))
                .entries())
        .singleElement()
        .satisfies(e -> assertThat(e.changes().get(0).after()).isEqualTo(newKey.id()));
  }

  @Test
  void rotate_thatFailsHalfway_leavesEveryValueUnderTheOldKey() {
    MasterKey oldKey = MasterKey.generate(RANDOM);
    SecretVault vault = unlocked(oldKey);
    jdbi.useTransaction(h -> vault.put(h, REF, Secret.of("directory-key-value-1234")));
    jdbi.useHandle(
        h ->
            h.execute(
                "INSERT INTO secret_value (owner_kind, owner_id, secret_name, envelope)"
                    + " VALUES ('zz', 'damaged', 'x', 'v1."
                    + oldKey.id()
                    + ".AAAAAAAAAAAAAAAA.AAAA')"));
    String before = envelope();

    assertThatThrownBy(
            () ->
                new MasterKeyRotation(jdbi, vault, new AuditLog(jdbi, Clock.systemUTC()))
                    .rotate(MasterKey.generate(RANDOM), "alice"))
        .isInstanceOf(RuntimeException.class);

    assertThat(envelope()).isEqualTo(before);
    assertThat(find(unlocked(oldKey), REF)).isPresent();
  }

  private SecretVault unlocked(MasterKey key) {
    return SecretVault.unlock(jdbi, MasterKeySource.of(key.toBase64(), null), RANDOM);
  }

  private java.util.Optional<Secret> find(SecretVault vault, SecretRef ref) {
    return jdbi.withHandle(h -> vault.find(h, ref));
  }

  private String envelope() {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT envelope FROM secret_value WHERE owner_id = 'org-1'")
                .mapTo(String.class)
                .one());
  }
}
