package io.duoctl.app.cli;

import io.duoctl.app.Duoctl;
import io.duoctl.core.secrets.MasterKey;
import io.duoctl.core.secrets.MasterKeyFile;
import io.duoctl.core.secrets.Secret;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code duoctl master-key}: the key that encrypts every stored secret. */
@Command(
    name = "master-key",
    description = "The master key that encrypts secrets at rest.",
    subcommands = MasterKeyCommand.Rotate.class)
final class MasterKeyCommand {
  private MasterKeyCommand() {}

  @Command(
      name = "rotate",
      description = {
        "Re-encrypts every stored secret under a new master key, in one transaction.",
        "The new key is generated, or read from stdin (--new-key-from-stdin, base64). With the key"
            + " file, the file is replaced; with DUOCTL_MASTER_KEY, the new key is written once to"
            + " --key-out FILE (0600) and you must set DUOCTL_MASTER_KEY to it."
      })
  static final class Rotate extends AppCommand {
    @Option(names = "--new-key-from-stdin", description = "Read the new key (base64) from stdin.")
    boolean fromStdin;

    @Option(
        names = "--key-out",
        paramLabel = "FILE",
        description = "Write the new key here (owner-only; must not exist).")
    Path keyOut;

    @Override
    int run(Duoctl app) {
      Optional<MasterKeyFile> keyFile = app.masterKeyFile();
      if (keyFile.isEmpty() && keyOut == null && !fromStdin) {
        throw new UsageException(
            "the master key comes from DUOCTL_MASTER_KEY, so the new key must go somewhere:"
                + " give --key-out FILE (or bring your own with --new-key-from-stdin)");
      }
      MasterKey next = newKey();
      if (keyOut != null) {
        writeOnce(keyOut, next);
      }
      Path staged = null;
      if (keyFile.isPresent()) {
        staged = keyFile.get().path().resolveSibling(keyFile.get().path().getFileName() + ".next");
        new MasterKeyFile(staged).replace(next);
      }
      int count;
      try {
        count = app.masterKeyRotation().rotate(next, app.actor());
      } catch (RuntimeException e) {
        deleteQuietly(staged);
        throw e;
      }
      if (keyFile.isPresent()) {
        keyFile.get().replace(next);
        deleteQuietly(staged);
        say(
            "Re-encrypted "
                + count
                + " values under key "
                + next.id()
                + "; updated "
                + keyFile.get().path()
                + ".");
      } else {
        say(
            "Re-encrypted "
                + count
                + " values under key "
                + next.id()
                + "; set DUOCTL_MASTER_KEY to the new key"
                + (keyOut != null ? " in " + keyOut : "")
                + " before the next start.");
      }
      return ErrorHandler.OK;
    }

    private MasterKey newKey() {
      if (!fromStdin) {
        return MasterKey.generate(new SecureRandom());
      }
      Secret text = SecretInput.fromStdin(terminal(), List.of("key")).get("key");
      if (text == null) {
        throw new UsageException("no key on stdin; give the base64 of 32 random bytes");
      }
      return MasterKey.fromBase64(text.reveal(), "the new key on stdin");
    }

    private static void writeOnce(Path file, MasterKey key) {
      if (Files.exists(file)) {
        throw new UsageException(file + " already exists; choose a new file for the key");
      }
      new MasterKeyFile(file).replace(key);
    }

    private static void deleteQuietly(Path file) {
      if (file == null) {
        return;
      }
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot remove " + file, e);
      }
    }
  }
}
