package io.duoctl.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.app.cli.CliHarness.Result;
import io.duoctl.emulator.admin.bypass.BypassCode;
import io.duoctl.emulator.admin.bypass.BypassCodes;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import io.duoctl.emulator.ratelimit.RateLimits;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code duoctl bypass-codes ...} against the emulator over HTTP. */
@Tag("slow")
class BypassCodesCliTest {

  @RegisterExtension
  static final DuoEmulatorExtension duo =
      new DuoEmulatorExtension(b -> b.seed(13).rateLimits(RateLimits.duoDefaults()));

  @TempDir Path dataDir;
  CliHarness cli;
  CliMsp msp;
  String jdoe;

  @BeforeEach
  void customerWithAUser() {
    cli = new CliHarness(dataDir);
    msp = new CliMsp(duo.emulator(), cli, "Acme");
    jdoe = msp.createUser("Acme", "jdoe");
  }

  BypassCodes codes() {
    return BypassCodes.of(duo.world(), msp.child("Acme"));
  }

  @Test
  void create_printsTheCodesOnce_warns_andNeitherAuditNorDatabaseKeepsThem() throws Exception {
    Result created =
        cli.ok(
            "bypass-codes",
            "create",
            "jdoe",
            "--count",
            "3",
            "--reuse-count",
            "2",
            "--valid-secs",
            "3600",
            "--org",
            "Acme");

    List<String> printed = codesIn(created.out());
    assertThat(printed).hasSize(3);
    assertThat(created.out()).containsPattern("Acme\\s+" + jdoe + "\\s+\\d{9};\\d{9};\\d{9}");
    assertThat(created.err()).contains("codes above are shown only now", "does not store");
    assertThat(codes().codesOf(jdoe))
        .hasSize(3)
        .allSatisfy(c -> assertThat(c.reuseCount()).isEqualTo(2))
        .allSatisfy(c -> assertThat(c.expiration()).isNotNull());
    for (String code : printed) {
      assertThat(codes().consume(jdoe, code)).as("a working code").isTrue();
    }

    Result audit = cli.ok("audit", "list", "--limit", "1000", "-o", "json");
    Result rows = cli.ok("jobs", "list", "-o", "json");
    assertThat(audit.out()).contains("bypass_codes.create");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dataDir)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    for (String code : printed) {
      assertThat(audit.out() + rows.out()).doesNotContain(code);
      for (Path file : files) {
        String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertThat(bytes).as("stored in " + file).doesNotContain(code);
      }
    }
  }

  @Test
  void list_showsMetadataWithoutCodes_andDeleteByIdOrByUserRemovesThem() {
    Result created = cli.ok("bypass-codes", "create", "jdoe", "--count", "2", "--org", "Acme");
    List<String> printed = codesIn(created.out());
    List<String> ids = codes().codesOf(jdoe).stream().map(BypassCode::bypassCodeId).toList();

    Result listed = cli.ok("bypass-codes", "list", "--user", "jdoe", "--org", "Acme");
    assertThat(listed.out()).contains(ids.get(0), ids.get(1));
    printed.forEach(code -> assertThat(listed.out()).doesNotContain(code));

    cli.ok("bypass-codes", "delete", ids.get(0), "--org", "Acme");
    assertThat(codes().codesOf(jdoe))
        .extracting(BypassCode::bypassCodeId)
        .containsExactly(ids.get(1));

    cli.ok("bypass-codes", "delete", "--user", "jdoe", "--org", "Acme");
    assertThat(codes().codesOf(jdoe)).isEmpty();
  }

  @Test
  void badUsage_exitsTwo_andAnUnknownUserExitsOne() {
    Result both = cli.run("bypass-codes", "delete", "DHX", "--user", "jdoe", "--org", "Acme");
    assertThat(both.code()).isEqualTo(2);
    assertThat(both.err()).contains("either BYPASS_CODE_ID or --user");

    Result tooMany = cli.run("bypass-codes", "create", "jdoe", "--count", "11", "--org", "Acme");
    assertThat(tooMany.code()).isEqualTo(2);
    assertThat(tooMany.err()).contains("count");

    Result unknown = cli.run("bypass-codes", "create", "nobody", "--org", "Acme");
    assertThat(unknown.code()).isEqualTo(1);
    assertThat(unknown.err()).contains("Acme: FAILED").doesNotContain("shown only now");
    assertThat(codes().all()).isEmpty();
  }

  private static List<String> codesIn(String out) {
    Matcher m = Pattern.compile("\\b\\d{9}\\b").matcher(out);
    return m.results().map(r -> r.group()).toList();
  }
}
