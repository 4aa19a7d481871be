package io.duoctl.emulator.admin.tokens;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** RFC 4226 one-time passwords, for token resync and passcode checks. */
public final class Hotp {

  private Hotp() {}

  /** The {@code digits}-digit code for {@code counter} under the hex {@code secret}. */
  public static String code(String secretHex, long counter, int digits) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(HexFormat.of().parseHex(secretHex), "HmacSHA1"));
      byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(counter).array());
      int offset = hash[hash.length - 1] & 0x0f;
      int binary =
          ((hash[offset] & 0x7f) << 24)
              | ((hash[offset + 1] & 0xff) << 16)
              | ((hash[offset + 2] & 0xff) << 8)
              | (hash[offset + 3] & 0xff);
      long modulus = (long) Math.pow(10, digits);
      return String.format("%0" + digits + "d", binary % modulus);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 is unavailable", e);
    }
  }
}
