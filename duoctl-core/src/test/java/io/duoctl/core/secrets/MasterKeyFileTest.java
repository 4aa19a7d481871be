package io.duoctl.core.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterKeyFileTest {
  private static final SecureRandom RANDOM = new SecureRandom();

  @TempDir Path dir;

  @Test
  void create_writesAnOwnerOnlyFile_thatReadsBackTheSameKey() throws Exception {
    MasterKeyFile file = new MasterKeyFile(dir.resolve("master.key"));

    MasterKey created = file.create(RANDOM);

    assertThat(Files.getPosixFilePermissions(file.path()))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(file.read()).contains(created);
  }

  @Test
  void create_inDirectoriesThatDoNotExist_makesThemOwnerOnly() throws Exception {
    MasterKeyFile file = new MasterKeyFile(dir.resolve("new/data/master.key"));

    file.create(RANDOM);

    assertThat(Files.getPosixFilePermissions(dir.resolve("new")))
        .isEqualTo(PosixFilePermissions.fromString("rwx------"));
    assertThat(Files.getPosixFilePermissions(dir.resolve("new/data")))
        .isEqualTo(PosixFilePermissions.fromString("rwx------"));
    assertThat(Files.getPosixFilePermissions(file.path()))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
  }

  @Test
  void read_ofAFileOthersMayRead_isRefusedWithTheFix() throws Exception {
    MasterKeyFile file = new MasterKeyFile(dir.resolve("master.key"));
    file.create(RANDOM);
    Files.setPosixFilePermissions(file.path(), PosixFilePermissions.fromString("rw-r--r--"));

    assertThatThrownBy(file::read)
        .isInstanceOf(InvalidMasterKeyException.class)
        .hasMessageContaining("chmod 600");
  }

  @Test
  void replace_swapsTheKeyAtomically_keepingOwnerOnly() throws Exception {
    MasterKeyFile file = new MasterKeyFile(dir.resolve("master.key"));
    file.create(RANDOM);
    MasterKey next = MasterKey.generate(RANDOM);

    file.replace(next);

    assertThat(file.read()).contains(next);
    assertThat(Files.getPosixFilePermissions(file.path()))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
  }

  @Test
  void read_ofAMissingFile_isEmpty_andOfGarbage_namesTheFile() throws Exception {
    MasterKeyFile file = new MasterKeyFile(dir.resolve("master.key"));
    assertThat(file.read()).isEmpty();

    Files.writeString(file.path(), "not a key");
    Files.setPosixFilePermissions(file.path(), PosixFilePermissions.fromString("rw-------"));

    assertThatThrownBy(file::read)
        .isInstanceOf(InvalidMasterKeyException.class)
        .hasMessageContaining("master key file " + file.path());
  }
}
