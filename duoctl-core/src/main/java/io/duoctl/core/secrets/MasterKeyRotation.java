package io.duoctl.core.secrets;

import io.duoctl.core.audit.AuditChange;
import io.duoctl.core.audit.AuditEvent;
import io.duoctl.core.audit.AuditLog;
import io.duoctl.core.audit.AuditSubject;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Re-encrypts every stored secret under a new master key in one transaction: either all values move
 * to the new key or none do. Afterwards the caller must make the new key the one supplied at start
 * ({@link MasterKeyFile#replace} or a new {@code DUOCTL_MASTER_KEY}); other nodes sharing the
 * database fail fast with {@link WrongMasterKeyException} until restarted with it.
 */
public final class MasterKeyRotation {
  private final Jdbi jdbi;
  private final SecretVault vault;
  private final AuditLog audit;

  public MasterKeyRotation(Jdbi jdbi, SecretVault vault, AuditLog audit) {
    this.jdbi = jdbi;
    this.vault = vault;
    this.audit = audit;
  }

  /**
   * Moves every secret to {@code newKey}; returns how many stored values were re-encrypted.
   *
   * @throws WrongMasterKeyException if a stored value does not open under the current key (nothing
   *     changes)
   */
  public int rotate(MasterKey newKey, String actor) {
    String oldId = vault.keyId();
    int count =
        jdbi.inTransaction(
            handle -> {
              int n = vault.reencryptAll(handle, newKey);
              audit.append(
                  handle,
                  new AuditEvent(
                      actor,
                      AuditSubject.MASTER_KEY,
                      "master-key",
                      "rotated",
                      List.of(AuditChange.of("key_id", oldId, newKey.id()))));
              return n;
            });
    vault.switchTo(newKey);
    return count;
  }
}
