package io.duoctl.core.secrets;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the master key comes from: the value of {@code DUOCTL_MASTER_KEY} as read by the
 * composition root (core never reads the environment), else a key file, created on first run.
 *
 * @param environmentValue the base64 key from the environment, or null when unset
 * @param keyFile the key file path, or null when only the environment may supply the key
 */
public record MasterKeySource(String environmentValue, Path keyFile) {
  /** The environment variable the composition root reads the key from. */
  public static final String ENVIRONMENT_VARIABLE = "DUOCTL_MASTER_KEY";

  /** The usual key file name inside the data directory. */
  public static final String KEY_FILE_NAME = "master.key";

  /** A source that uses {@code environmentValue} if set (not blank), else {@code keyFile}. */
  public static MasterKeySource of(String environmentValue, Path keyFile) {
    return new MasterKeySource(environmentValue, keyFile);
  }

  /** The environment value if set, else {@value #KEY_FILE_NAME} in {@code dataDir}. */
  public static MasterKeySource forDataDir(String environmentValue, Path dataDir) {
    return new MasterKeySource(environmentValue, dataDir.resolve(KEY_FILE_NAME));
  }

  Optional<MasterKey> fromEnvironment() {
    if (environmentValue == null || environmentValue.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(MasterKey.fromBase64(environmentValue, ENVIRONMENT_VARIABLE));
  }

  Optional<MasterKeyFile> file() {
    return Optional.ofNullable(keyFile).map(MasterKeyFile::new);
  }

  String howToSupply() {
    return keyFile == null
        ? "set " + ENVIRONMENT_VARIABLE + " to the base64 master key"
        : "set " + ENVIRONMENT_VARIABLE + " or restore the key file " + keyFile;
  }
}
