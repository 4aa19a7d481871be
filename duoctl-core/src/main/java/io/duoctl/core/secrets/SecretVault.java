package io.duoctl.core.secrets;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Encrypted storage of every secret duoctl keeps, in one table, under one master key.
 *
 * <p>Stores call the handle-taking methods inside their own transactions so a secret is written or
 * removed together with the row it belongs to. {@link #unlock} checks the master key against a
 * stored check value, so a wrong or missing key fails at start instead of producing garbage.
 * Thread-safe.
 */
public final class SecretVault {
  private static final SecretRef CHECK = new SecretRef("system", "master-key", "check");
  private static final String CHECK_PLAINTEXT = "duoctl master key check v1";

  private final SecureRandom random;
  private volatile SecretCipher cipher;

  private SecretVault(SecretCipher cipher, SecureRandom random) {
    this.cipher = cipher;
    this.random = random;
  }

  /**
   * Obtains the master key from {@code source} and verifies it against the database: the
   * environment value wins; otherwise the key file is read, or created (owner-only) when the
   * database holds no secrets yet.
   *
   * @throws MissingMasterKeyException if secrets are stored but no key was supplied
   * @throws WrongMasterKeyException if the key does not decrypt the stored check value
   * @throws InvalidMasterKeyException if the supplied key is malformed
   */
  public static SecretVault unlock(Jdbi jdbi, MasterKeySource source, SecureRandom random) {
    return jdbi.inTransaction(
        handle -> {
          Optional<String> check = SecretRows.find(handle, CHECK);
          MasterKey key = chooseKey(source, check, random);
          SecretVault vault = new SecretVault(new SecretCipher(key, random), random);
          if (check.isPresent()) {
            vault.verify(check.get());
          } else {
            vault.put(handle, CHECK, Secret.of(CHECK_PLAINTEXT));
          }
          return vault;
        });
  }

  private static MasterKey chooseKey(
      MasterKeySource source, Optional<String> check, SecureRandom random) {
    Optional<MasterKey> key = source.fromEnvironment();
    if (key.isEmpty()) {
      key = source.file().flatMap(MasterKeyFile::read);
    }
    if (key.isPresent()) {
      return key.get();
    }
    if (check.isPresent()) {
      throw new MissingMasterKeyException(
          "secrets are stored under master key "
              + keyIdOf(check.get())
              + " but no master key was supplied; "
              + source.howToSupply());
    }
    return source
        .file()
        .map(file -> file.create(random))
        .orElseThrow(() -> new MissingMasterKeyException("no master key: " + source.howToSupply()));
  }

  private void verify(String envelope) {
    if (!cipher.open(envelope).reveal().equals(CHECK_PLAINTEXT)) {
      throw new WrongMasterKeyException("the master key check value does not match");
    }
  }

  private static String keyIdOf(String envelope) {
    String[] parts = envelope.split("\\.");
    return parts.length > 1 ? parts[1] : "?";
  }

  /** The id of the master key in use (safe to show). */
  public String keyId() {
    return cipher.keyId();
  }

  /** Stores (inserts or replaces) {@code secret} under {@code ref}. */
  public void put(Handle handle, SecretRef ref, Secret secret) {
    SecretRows.upsert(handle, ref, cipher.seal(secret));
  }

  /** The secret stored under {@code ref}, if any. */
  public Optional<Secret> find(Handle handle, SecretRef ref) {
    return SecretRows.find(handle, ref).map(cipher::open);
  }

  /** All secrets of one owner, by name. */
  public Map<String, Secret> findAll(Handle handle, String ownerKind, String ownerId) {
    Map<String, Secret> secrets = new TreeMap<>();
    SecretRows.findAll(handle, ownerKind, ownerId)
        .forEach((name, envelope) -> secrets.put(name, cipher.open(envelope)));
    return secrets;
  }

  /** Removes the secret under {@code ref}; returns whether one was stored. */
  public boolean delete(Handle handle, SecretRef ref) {
    return SecretRows.delete(handle, ref) > 0;
  }

  /** Removes every secret of one owner. */
  public void deleteAll(Handle handle, String ownerKind, String ownerId) {
    SecretRows.deleteOwner(handle, ownerKind, ownerId);
  }

  /**
   * Re-encrypts every stored secret under {@code newKey} within {@code handle}'s transaction; the
   * vault switches to the new key once the transaction commits. Returns how many values were
   * re-encrypted (including the check value).
   */
  int reencryptAll(Handle handle, MasterKey newKey) {
    SecretCipher next = new SecretCipher(newKey, random);
    List<SecretRows.Row> rows = SecretRows.all(handle);
    for (SecretRows.Row row : rows) {
      SecretRows.upsert(handle, row.ref(), next.seal(cipher.open(row.envelope())));
    }
    return rows.size();
  }

  void switchTo(MasterKey newKey) {
    this.cipher = new SecretCipher(newKey, random);
  }
}
