package io.duoctl.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The launcher's class-cache training runs every one of its commands to the end, on data prepared
 * as the launcher prepares it (a command that no longer exists would leave its classes out).
 */
@Tag("slow")
class ClassCacheTrainingTest {

  @TempDir Path dataDir;

  @ParameterizedTest
  @EnumSource(ClassCacheTraining.Cache.class)
  void everyStepWorksOnAScratchDataDirectoryWithAConfiguration(ClassCacheTraining.Cache cache)
      throws Exception {
    CliHarness cli = new CliHarness(dataDir);
    CliHarness.Result configured =
        cli.runWithStdin(
            "auth=" + "t".repeat(40) + "\n",
            "config",
            "set",
            "--auth-host",
            "api-training.duo.test",
            "--auth-ikey",
            "DITRAININGAUTHIKEY00",
            "--secret-keys-from-stdin",
            "--no-validate");
    assertThat(configured.code()).as(configured.err()).isZero();

    assertThat(ClassCacheTraining.train(cli.config(), cache)).isTrue();
  }
}
