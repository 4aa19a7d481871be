package io.duoctl.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.app.cli.CliHarness.Result;
import io.duoctl.emulator.admin.phones.Phone;
import io.duoctl.emulator.admin.phones.PhoneBook;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import io.duoctl.emulator.ratelimit.RateLimits;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code duoctl phones ...} against the emulator over HTTP. */
@Tag("slow")
class PhonesCliTest {
  static final String UK = "+442079460958";

  @RegisterExtension
  static final DuoEmulatorExtension duo =
      new DuoEmulatorExtension(b -> b.seed(11).rateLimits(RateLimits.duoDefaults()));

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

  PhoneBook phones() {
    return PhoneBook.of(duo.world(), msp.child("Acme"));
  }

  @Test
  void create_forAUser_thenGetAndListByUser_showThePhoneWithItsUser() {
    Result created =
        cli.ok("phones", "create", UK, "--user", "jdoe", "--name", "work", "--org", "Acme");

    Phone phone = phones().byNumber(UK).get(0);
    assertThat(phone.name()).isEqualTo("work");
    assertThat(phones().userIdsOf(phone.phoneId())).containsExactly(jdoe);
    assertThat(created.out())
        .containsPattern("Acme\\s+" + phone.phoneId() + "\\s+\\" + UK + ".*jdoe");
    assertThat(cli.ok("phones", "get", UK, "--org", "Acme").out())
        .containsPattern(phone.phoneId() + "\\s+\\" + UK + ".*jdoe");
    assertThat(cli.ok("phones", "list", "--user", "jdoe", "--org", "Acme").out())
        .contains(phone.phoneId());
    assertThat(cli.ok("phones", "list", "--number", UK, "--org", "Acme", "-o", "csv").out())
        .contains("Acme," + phone.phoneId() + "," + UK + ",Mobile");
  }

  @Test
  void detachThenAttach_byPhoneId_changesTheUsersPhones() {
    cli.ok("phones", "create", UK, "--user", "jdoe", "--org", "Acme");
    String phoneId = phones().byNumber(UK).get(0).phoneId();

    cli.ok("phones", "detach", phoneId, "--user", "jdoe", "--org", "Acme");
    assertThat(phones().phonesOf(jdoe)).isEmpty();
    assertThat(phones().byId(phoneId)).isPresent();

    Result attached = cli.ok("phones", "attach", UK, "--user", "jdoe", "--org", "Acme");
    assertThat(attached.out()).containsPattern("Acme\\s+" + jdoe + "\\s+" + phoneId);
    assertThat(phones().phonesOf(jdoe)).extracting(Phone::phoneId).containsExactly(phoneId);
  }

  @Test
  void activate_printsTheLinkOnceWithAWarning_andSmsActivationIsSent() {
    cli.ok(
        "phones", "create", UK, "--user", "jdoe", "--platform", "Google Android", "--org", "Acme");

    Result activation = cli.ok("phones", "activate", UK, "--valid-secs", "3600", "--org", "Acme");
    assertThat(activation.out()).contains("activation_url");
    assertThat(activation.err()).contains("shown only now", "does not store");

    Result sms = cli.ok("phones", "send-sms-activation", UK, "--org", "Acme");
    assertThat(sms.out()).containsPattern("Acme\\s+OK");
  }

  @Test
  void delete_removesThePhone_andARerunFindsNothingToDelete() {
    cli.ok("phones", "create", UK, "--org", "Acme");

    cli.ok("phones", "delete", UK, "--org", "Acme");

    assertThat(phones().byNumber(UK)).isEmpty();
    Result again = cli.run("phones", "delete", UK, "--org", "Acme", "-o", "json");
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.out()).contains("already_absent");
  }

  @Test
  void attachWithoutUser_isAUsageError() {
    Result run = cli.run("phones", "attach", UK, "--org", "Acme");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--user");
  }
}
