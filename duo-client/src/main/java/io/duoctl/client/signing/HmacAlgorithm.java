package io.duoctl.client.signing;

/** The HMAC digests Duo accepts; a signature's hex length tells them apart. */
public enum HmacAlgorithm {
  SHA1("HmacSHA1", 40),
  SHA512("HmacSHA512", 128);

  private final String jcaName;
  private final int hexLength;

  HmacAlgorithm(String jcaName, int hexLength) {
    this.jcaName = jcaName;
    this.hexLength = hexLength;
  }

  /** The JCA algorithm name, e.g. {@code HmacSHA512}. */
  public String jcaName() {
    return jcaName;
  }

  /** The number of lowercase hex digits a signature of this digest has. */
  public int hexLength() {
    return hexLength;
  }
}
