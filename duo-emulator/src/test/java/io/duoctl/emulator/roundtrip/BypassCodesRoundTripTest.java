package io.duoctl.emulator.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.duoctl.client.DuoInvalidRequestException;
import io.duoctl.client.DuoNotFoundException;
import io.duoctl.client.admin.AdminApi;
import io.duoctl.client.admin.bypasscodes.BypassCode;
import io.duoctl.client.admin.bypasscodes.GeneratedBypassCodes;
import io.duoctl.client.admin.bypasscodes.NewBypassCodes;
import io.duoctl.client.admin.users.NewUser;
import io.duoctl.client.admin.users.User;
import io.duoctl.client.auth.AuthApi;
import io.duoctl.client.auth.AuthFactor;
import io.duoctl.client.auth.AuthRequest;
import io.duoctl.client.auth.AuthResult;
import io.duoctl.client.http.DuoRequest;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import io.duoctl.emulator.model.Account;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Bypass codes: created per user and returned once, listed as metadata only, consumed by Auth API
 * passcode authentications up to their reuse count, expiring, revoked by id (admin-api.md §5.1,
 * §5.8, §6.5, §7.7).
 */
class BypassCodesRoundTripTest {

  @RegisterExtension static DuoEmulatorExtension duo = new DuoEmulatorExtension();

  private RoundTrip roundTrip;
  private AdminApi admin;
  private AuthApi auth;
  private User user;

  @BeforeEach
  void connect() {
    roundTrip = RoundTrip.direct(duo);
    Account account = duo.givenParentAccount("Acme Dental");
    admin = roundTrip.admin(account);
    auth = roundTrip.auth(account);
    user = admin.users().create(NewUser.of("jdoe"));
  }

  @AfterEach
  void disconnect() {
    roundTrip.close();
  }

  @Test
  void create_returnsTheCodesOnce_andListsShowMetadataOnly_section6_5() {
    GeneratedBypassCodes generated =
        admin.bypassCodes().create(user.userId(), NewBypassCodes.random(3).reuseCount(2).build());

    assertThat(generated.codes()).hasSize(3).allMatch(code -> code.matches("[0-9]{9}"));
    assertThat(generated.toString()).doesNotContain(generated.codes().get(0));
    List<BypassCode> listed = admin.users().bypassCodes(user.userId()).all();
    assertThat(listed).hasSize(3).allSatisfy(code -> assertThat(code.reuseCount()).isEqualTo(2));
    assertThat(listed).extracting(c -> c.user().userId()).containsOnly(user.userId());
    assertThat(admin.bypassCodes().list().all()).hasSameElementsAs(listed);
    assertThat(admin.bypassCodes().get(listed.get(0).bypassCodeId())).isEqualTo(listed.get(0));
    String rawList =
        admin
            .raw()
            .call(DuoRequest.get("/admin/v1/users/" + user.userId() + "/bypass_codes"))
            .toString();
    assertThat(generated.codes()).allSatisfy(code -> assertThat(rawList).doesNotContain(code));
  }

  @Test
  void create_replacesTheUsersCodes_unlessPreserveExisting_section6_5() {
    admin.bypassCodes().create(user.userId(), NewBypassCodes.random(2).build());
    admin.bypassCodes().create(user.userId(), NewBypassCodes.random(3).build());
    int afterReplace = admin.users().bypassCodes(user.userId()).all().size();

    admin
        .bypassCodes()
        .create(user.userId(), NewBypassCodes.random(4).preserveExisting(true).build());

    assertThat(afterReplace).isEqualTo(3);
    assertThat(admin.users().bypassCodes(user.userId()).all()).hasSize(7);
  }

  @Test
  void preserveExisting_beyond100CodesPerUser_failsWithoutChanges_section6_5() {
    for (int i = 0; i < 10; i++) {
      admin
          .bypassCodes()
          .create(user.userId(), NewBypassCodes.random(10).preserveExisting(true).build());
    }

    assertThatThrownBy(
            () ->
                admin
                    .bypassCodes()
                    .create(user.userId(), NewBypassCodes.random(1).preserveExisting(true).build()))
        .isInstanceOf(DuoInvalidRequestException.class);
    assertThat(admin.users().bypassCodes(user.userId()).all()).hasSize(100);
  }

  @Test
  void passcodeAuth_consumesACode_untilItsReuseCountIsSpent_section7_7() {
    GeneratedBypassCodes generated =
        admin
            .bypassCodes()
            .create(
                user.userId(), NewBypassCodes.ofCodes(List.of("123456789")).reuseCount(2).build());

    AuthResult first = passcode(generated.codes().get(0));
    Integer left = admin.users().bypassCodes(user.userId()).all().get(0).reuseCount();
    AuthResult second = passcode("123456789");
    AuthResult third = passcode("123456789");

    assertThat(first.isAllowed()).isTrue();
    assertThat(left).isEqualTo(1);
    assertThat(second.isAllowed()).isTrue();
    assertThat(third.isAllowed()).isFalse();
    assertThat(admin.users().bypassCodes(user.userId()).all()).isEmpty();
  }

  @Test
  void passcodeAuth_withAnUnlimitedCode_neverSpendsIt_section6_5() {
    admin
        .bypassCodes()
        .create(user.userId(), NewBypassCodes.ofCodes(List.of("111222333")).reuseCount(0).build());

    for (int i = 0; i < 5; i++) {
      assertThat(passcode("111222333").isAllowed()).isTrue();
    }
    assertThat(admin.users().bypassCodes(user.userId()).all())
        .singleElement()
        .extracting(BypassCode::reuseCount)
        .isNull();
  }

  @Test
  void expiredCode_isRefused_section6_5() {
    admin
        .bypassCodes()
        .create(
            user.userId(),
            NewBypassCodes.ofCodes(List.of("987654321")).validFor(Duration.ofHours(1)).build());
    BypassCode metadata = admin.users().bypassCodes(user.userId()).all().get(0);

    duo.clock().advance(Duration.ofHours(2));

    assertThat(metadata.expiration()).isNotNull();
    assertThat(passcode("987654321").isAllowed()).isFalse();
  }

  @Test
  void delete_revokesTheCode_thenGetIsNotFound_andItNoLongerAuthenticates_section5_8() {
    admin.bypassCodes().create(user.userId(), NewBypassCodes.ofCodes(List.of("555666777")).build());
    String id = admin.users().bypassCodes(user.userId()).all().get(0).bypassCodeId();

    admin.bypassCodes().delete(id);

    assertThatThrownBy(() -> admin.bypassCodes().get(id)).isInstanceOf(DuoNotFoundException.class);
    assertThat(passcode("555666777").isAllowed()).isFalse();
  }

  private AuthResult passcode(String code) {
    return auth.auth(
        AuthRequest.forUserId(AuthFactor.PASSCODE, user.userId()).passcode(code).build());
  }
}
