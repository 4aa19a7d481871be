package io.duoctl.client.admin.phones;

/**
 * What Duo sent by SMS to activate a phone. The barcode URL carries the activation secret, so
 * {@link #toString()} leaves it out.
 *
 * @param activationBarcode the URL of a QR image of the activation code (secret), or null
 * @param activationMsg the activation text that was sent, or null
 * @param installationMsg the installation text that was sent, or null
 * @param validSecs how long the code stays valid, in seconds, or null
 */
public record SmsActivation(
    String activationBarcode, String activationMsg, String installationMsg, Long validSecs) {

  @Override
  public String toString() {
    return "SmsActivation[activationBarcode=***, activationMsg="
        + activationMsg
        + ", installationMsg="
        + installationMsg
        + ", validSecs="
        + validSecs
        + "]";
  }
}
