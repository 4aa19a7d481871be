package io.duoctl.emulator.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.duoctl.client.DuoNotFoundException;
import io.duoctl.client.admin.AdminApi;
import io.duoctl.client.admin.users.NewUser;
import io.duoctl.client.admin.users.User;
import io.duoctl.client.admin.webauthn.WebAuthnCredential;
import io.duoctl.emulator.admin.webauthn.WebAuthnCredentials;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import io.duoctl.emulator.model.Account;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * WebAuthn credentials through {@code admin.webauthn()} and {@code users().webAuthnCredentials}
 * (admin-api.md §5.6, §6.6). The Admin API cannot register one, so the emulator seeds it.
 */
class WebAuthnRoundTripTest {

  @RegisterExtension static DuoEmulatorExtension duo = new DuoEmulatorExtension();

  private RoundTrip roundTrip;
  private AdminApi admin;
  private User user;
  private String key;

  @BeforeEach
  void connect() {
    roundTrip = RoundTrip.direct(duo);
    Account account = duo.givenParentAccount("Acme Dental");
    admin = roundTrip.admin(account);
    user = admin.users().create(NewUser.of("jdoe"));
    key =
        WebAuthnCredentials.of(duo.world(), account)
            .seed(
                io.duoctl.emulator.admin.webauthn.WebAuthnCredential.securityKey(
                    user.userId(), "YubiKey 5"))
            .webauthnkey();
  }

  @AfterEach
  void disconnect() {
    roundTrip.close();
  }

  @Test
  void seededCredential_isListedAndReadable_andEnrollsTheUser() {
    WebAuthnCredential read = admin.webauthn().get(key);

    assertThat(read.credentialName()).isEqualTo("YubiKey 5");
    assertThat(read.user().userId()).isEqualTo(user.userId());
    assertThat(admin.webauthn().list().all()).containsExactly(read);
    assertThat(admin.users().webAuthnCredentials(user.userId()).all())
        .extracting(WebAuthnCredential::webauthnkey)
        .containsExactly(key);
    assertThat(admin.users().get(user.userId()).isEnrolled()).isTrue();
  }

  @Test
  void delete_thenGetIsNotFound_andTheUserNoLongerHasIt() {
    admin.webauthn().delete(key);

    assertThatThrownBy(() -> admin.webauthn().get(key)).isInstanceOf(DuoNotFoundException.class);
    assertThat(admin.users().webAuthnCredentials(user.userId()).all()).isEmpty();
    assertThat(admin.users().get(user.userId()).webauthncredentials()).isEmpty();
  }
}
