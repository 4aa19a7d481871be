package io.duoctl.client.admin.phones;

/**
 * A Duo Mobile activation code for a phone. The URLs carry the activation secret, so {@link
 * #toString()} leaves them out.
 *
 * @param activationUrl the {@code duo://} or https activation link (secret)
 * @param activationBarcode the URL of a QR image of the same code (secret)
 * @param validSecs how long the code stays valid, in seconds, or null
 * @param installationUrl the Duo Mobile download link, when installation was asked for, or null
 */
public record Activation(
    String activationUrl, String activationBarcode, Long validSecs, String installationUrl) {

  @Override
  public String toString() {
    return "Activation[activationUrl=***, activationBarcode=***, validSecs="
        + validSecs
        + ", installationUrl="
        + installationUrl
        + "]";
  }
}
