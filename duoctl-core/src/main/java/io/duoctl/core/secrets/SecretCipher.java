package io.duoctl.core.secrets;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals secrets with AES-256-GCM under one {@link MasterKey}, a fresh random 12-byte IV per value.
 *
 * <p>The envelope is text: {@code v1.<key id>.<base64 iv>.<base64 ciphertext+tag>}. Opening an
 * envelope sealed under another key fails with {@link WrongMasterKeyException} naming both key ids;
 * a tampered envelope fails the GCM tag check. Thread-safe.
 */
public final class SecretCipher {
  private static final String VERSION = "v1";
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final String TRANSFORMATION = "AES/GCM/NoPadding";

  private final MasterKey key;
  private final SecureRandom random;

  /** A cipher for {@code key}, drawing IVs from {@code random}. */
  public SecretCipher(MasterKey key, SecureRandom random) {
    this.key = key;
    this.random = random;
  }

  /** The id of the key this cipher seals with. */
  public String keyId() {
    return key.id();
  }

  /** Encrypts {@code secret} into a self-describing envelope. */
  public String seal(Secret secret) {
    byte[] iv = new byte[IV_BYTES];
    random.nextBytes(iv);
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(Cipher.ENCRYPT_MODE, key.asAesKey(), new GCMParameterSpec(TAG_BITS, iv));
      byte[] sealed = cipher.doFinal(secret.reveal().getBytes(StandardCharsets.UTF_8));
      Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
      return String.join(
          ".", VERSION, key.id(), b64.encodeToString(iv), b64.encodeToString(sealed));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM encryption failed: " + e.getMessage(), e);
    }
  }

  /**
   * Decrypts an envelope made by {@link #seal}.
   *
   * @throws WrongMasterKeyException if the envelope was sealed under another master key, or its
   *     authentication tag does not verify (tampered or wrong key)
   * @throws IllegalArgumentException if the text is not an envelope at all
   */
  public Secret open(String envelope) {
    String[] parts = envelope == null ? new String[0] : envelope.split("\\.", -1);
    if (parts.length != 4 || !VERSION.equals(parts[0])) {
      throw new IllegalArgumentException("stored secret is not a v1 envelope; the data is damaged");
    }
    if (!parts[1].equals(key.id())) {
      throw new WrongMasterKeyException(
          "stored secrets were encrypted with master key "
              + parts[1]
              + " but the master key given is "
              + key.id()
              + "; start with the master key the data was saved with");
    }
    try {
      Base64.Decoder b64 = Base64.getDecoder();
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(
          Cipher.DECRYPT_MODE,
          key.asAesKey(),
          new GCMParameterSpec(TAG_BITS, b64.decode(parts[2])));
      return Secret.of(new String(cipher.doFinal(b64.decode(parts[3])), StandardCharsets.UTF_8));
    } catch (AEADBadTagException e) {
      throw new WrongMasterKeyException(
          "a stored secret does not verify under master key "
              + key.id()
              + "; the data was altered or the key is wrong");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM decryption failed: " + e.getMessage(), e);
    }
  }
}
