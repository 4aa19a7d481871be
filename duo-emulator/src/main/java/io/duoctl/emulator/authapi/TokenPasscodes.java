package io.duoctl.emulator.authapi;

import io.duoctl.emulator.admin.tokens.HardwareToken;
import io.duoctl.emulator.admin.tokens.HardwareTokens;
import io.duoctl.emulator.admin.tokens.Hotp;
import io.duoctl.emulator.model.Account;
import io.duoctl.emulator.model.World;
import java.time.Instant;

/**
 * Checks a passcode against the user's OATH hardware tokens: HOTP within a look-ahead window of the
 * expected counter (the counter then moves past the code, so a code works once), TOTP in the
 * current step or one either side. YubiKey OTPs are not checked.
 */
final class TokenPasscodes {

  private static final int HOTP_WINDOW = 10;

  private TokenPasscodes() {}

  static boolean consume(World world, Account account, String userId, String code, Instant now) {
    HardwareTokens tokens = HardwareTokens.of(world, account);
    for (HardwareToken token : tokens.tokensOf(userId)) {
      if (token.secret() == null || code.length() != token.type().digits()) {
        continue;
      }
      int digits = token.type().digits();
      if (token.type().isHotp()) {
        for (long c = token.counter(); c < token.counter() + HOTP_WINDOW; c++) {
          if (Hotp.code(token.secret(), c, digits).equals(code)) {
            long next = c + 1;
            tokens.update(token.tokenId(), t -> t.withCounter(next));
            return true;
          }
        }
      } else if (token.type().isTotp() && token.totpStep() != null) {
        long step = now.getEpochSecond() / token.totpStep();
        for (long s = step - 1; s <= step + 1; s++) {
          if (Hotp.code(token.secret(), s, digits).equals(code)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
