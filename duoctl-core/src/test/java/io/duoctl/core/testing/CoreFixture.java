package io.duoctl.core.testing;

import io.duoctl.core.audit.AuditLog;
import io.duoctl.core.db.Database;
import io.duoctl.core.secrets.MasterKey;
import io.duoctl.core.secrets.MasterKeySource;
import io.duoctl.core.secrets.SecretVault;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;

/** An opened database with an unlocked vault, an audit log and a hand-moved clock. */
public final class CoreFixture implements AutoCloseable {
  public static final SecureRandom RANDOM = new SecureRandom();

  public final Database database;
  public final MasterKey masterKey;
  public final SecretVault vault;
  public final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:15:30.123Z"));
  public final AuditLog audit;

  public CoreFixture(Backend backend, Path tempDir) {
    this.database = backend.open(tempDir);
    this.masterKey = MasterKey.generate(RANDOM);
    this.vault =
        SecretVault.unlock(database.jdbi(), MasterKeySource.of(masterKey.toBase64(), null), RANDOM);
    this.audit = new AuditLog(database.jdbi(), clock);
  }

  public Jdbi jdbi() {
    return database.jdbi();
  }

  @Override
  public void close() {
    database.close();
  }
}
