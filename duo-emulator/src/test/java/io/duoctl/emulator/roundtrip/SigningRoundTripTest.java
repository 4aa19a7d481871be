package io.duoctl.emulator.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.client.DuoClient;
import io.duoctl.client.DuoTarget;
import io.duoctl.client.admin.AdminApi;
import io.duoctl.client.admin.users.NewUser;
import io.duoctl.client.admin.users.User;
import io.duoctl.client.admin.users.UserUpdate;
import io.duoctl.client.signing.HmacAlgorithm;
import io.duoctl.client.signing.SignatureVersion;
import io.duoctl.emulator.IntegrationKeys;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every signing mode the client offers is accepted on a write with a body and on reads with a
 * query, including non-ASCII values and an alias list (signing-auth-accounts.md §1).
 */
class SigningRoundTripTest {

  @RegisterExtension static DuoEmulatorExtension duo = new DuoEmulatorExtension();

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"V5,SHA512", "V4,SHA512", "V2,SHA512", "V2,SHA1"})
  void createUpdateAndFind_roundTripUnderEachSignature(
      SignatureVersion version, HmacAlgorithm algorithm) {
    IntegrationKeys keys = duo.givenAdminApi(duo.givenParentAccount("Zürich Zahnärzte"));
    try (DuoClient client =
        DuoClient.builder()
            .allowPlainHttp(true)
            .clock(duo.clock())
            .signing(version, algorithm)
            .build()) {
      AdminApi admin =
          client.admin(
              DuoTarget.of("127.0.0.1:" + duo.port(), keys.integrationKey(), keys.secretKey()));

      User created =
          admin
              .users()
              .create(
                  NewUser.builder("jürgen")
                      .realname("Jürgen Müller & Söhne")
                      .aliases(List.of("j.mueller", "jm+duo@zahn.example"))
                      .build());
      admin.users().update(created.userId(), UserUpdate.builder().notes("100% ✓").build());

      User found = admin.users().findByUsername("jm+duo@zahn.example").orElseThrow();
      assertThat(found.userId()).isEqualTo(created.userId());
      assertThat(found.realname()).isEqualTo("Jürgen Müller & Söhne");
      assertThat(found.notes()).isEqualTo("100% ✓");
      assertThat(admin.settings().get().name()).isEqualTo("Zürich Zahnärzte");
    }
  }
}
