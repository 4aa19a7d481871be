package io.duoctl.emulator.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.duoctl.client.DuoInvalidRequestException;
import io.duoctl.client.DuoNotFoundException;
import io.duoctl.client.admin.AdminApi;
import io.duoctl.client.admin.tokens.HardwareToken;
import io.duoctl.client.admin.tokens.NewHardwareToken;
import io.duoctl.client.admin.tokens.TokenType;
import io.duoctl.client.admin.users.NewUser;
import io.duoctl.client.admin.users.User;
import io.duoctl.client.admin.users.UserSummary;
import io.duoctl.emulator.admin.tokens.Hotp;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import io.duoctl.emulator.record.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Hardware tokens through {@code admin.tokens()} and {@code admin.users()} (§5.5, §6.3, §7.2). */
class TokensRoundTripTest {

  private static final String SECRET = "3132333435363738393031323334353637383930";

  @RegisterExtension static DuoEmulatorExtension duo = new DuoEmulatorExtension();

  private RoundTrip roundTrip;
  private AdminApi admin;

  @BeforeEach
  void connect() {
    roundTrip = RoundTrip.direct(duo);
    admin = roundTrip.newAdminAccount("Acme Dental");
  }

  @AfterEach
  void disconnect() {
    roundTrip.close();
  }

  @Test
  void importToken_thenGetListAndFindBySerial_returnIt() {
    HardwareToken created =
        admin.tokens().create(NewHardwareToken.otp(TokenType.H6, "SN-0001", SECRET));

    assertThat(created.tokenId()).matches("DH[A-Z0-9]{18}");
    assertThat(created.type()).isEqualTo("h6");
    assertThat(created.serial()).isEqualTo("SN-0001");
    assertThat(admin.tokens().get(created.tokenId())).isEqualTo(created);
    assertThat(admin.tokens().list().all()).containsExactly(created);
    assertThat(admin.tokens().findBySerial(TokenType.H6, "SN-0001")).contains(created);
    assertThat(admin.tokens().findBySerial(TokenType.H8, "SN-0001")).isEmpty();
  }

  @Test
  void importToken_withATakenSerial_isInvalid() {
    admin.tokens().create(NewHardwareToken.otp(TokenType.H6, "SN-0001", SECRET));

    assertThatThrownBy(
            () -> admin.tokens().create(NewHardwareToken.otp(TokenType.H6, "SN-0001", SECRET)))
        .isInstanceOf(DuoInvalidRequestException.class);
    assertThat(admin.tokens().list().all()).hasSize(1);
  }

  @Test
  void deleteToken_thenGetIsNotFound_andDeletingAgainSucceeds_section7_2() {
    HardwareToken created =
        admin.tokens().create(NewHardwareToken.otp(TokenType.T6, "SN-0002", SECRET));

    admin.tokens().delete(created.tokenId());

    assertThatThrownBy(() -> admin.tokens().get(created.tokenId()))
        .isInstanceOf(DuoNotFoundException.class);
    admin.tokens().delete(created.tokenId());
    assertThat(duo.requests().toPath("/admin/v1/tokens/" + created.tokenId()))
        .extracting(RecordedRequest::status)
        .containsExactly(200, 404, 200);
  }

  @Test
  void resync_withThreeConsecutiveCodes_isAccepted_andWrongCodesAreNot() {
    HardwareToken token =
        admin.tokens().create(NewHardwareToken.otp(TokenType.H6, "SN-0003", SECRET).withCounter(0));

    admin.tokens().resync(token.tokenId(), code(40), code(41), code(42));

    assertThatThrownBy(() -> admin.tokens().resync(token.tokenId(), "000000", "000000", "000000"))
        .isInstanceOf(DuoInvalidRequestException.class);
  }

  @Test
  void addToken_showsOnTheUser_andRemovingTwiceSucceeds_section7_2() {
    User user = admin.users().create(NewUser.of("jdoe"));
    HardwareToken token =
        admin.tokens().create(NewHardwareToken.otp(TokenType.H6, "SN-0004", SECRET));

    admin.users().addToken(user.userId(), token.tokenId());

    assertThat(admin.users().tokens(user.userId()).all())
        .extracting(HardwareToken::tokenId)
        .containsExactly(token.tokenId());
    assertThat(admin.tokens().get(token.tokenId()).users())
        .extracting(UserSummary::userId)
        .containsExactly(user.userId());
    assertThat(admin.users().get(user.userId()).isEnrolled()).isTrue();

    admin.users().removeToken(user.userId(), token.tokenId());
    admin.users().removeToken(user.userId(), token.tokenId());

    assertThat(admin.users().tokens(user.userId()).all()).isEmpty();
    assertThat(admin.tokens().get(token.tokenId()).users()).isEmpty();
  }

  private static String code(long counter) {
    return Hotp.code(SECRET, counter, 6);
  }
}
