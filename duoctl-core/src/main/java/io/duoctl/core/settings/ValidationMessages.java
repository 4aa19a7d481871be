package io.duoctl.core.settings;

import io.duoctl.client.DuoApiException;
import java.time.Duration;

/** The words of validation results: what went wrong with one API, and how to fix it. */
final class ValidationMessages {
  static final String READ_INFO_GRANT = "Grant read information";

  private final DuoApi api;
  private final String host;

  ValidationMessages(DuoApi api, String host) {
    this.api = api;
    this.host = host;
  }

  private String name() {
    return api.displayName();
  }

  private String where() {
    return "Applications → " + name() + " in the Duo Admin Panel";
  }

  String unknownIkey() {
    return "Duo at "
        + host
        + " does not know the "
        + name()
        + " integration key: copy the integration key and the API hostname again from "
        + where()
        + " (both must come from the same application).";
  }

  String wrongSkey() {
    return "The " + name() + " secret key is wrong: copy it again from " + where() + ".";
  }

  String clockSkew(Duration offset, boolean measured) {
    if (!measured) {
      return "Duo refused the request's timestamp: this machine's clock is off; synchronise it"
          + " (NTP) and validate again.";
    }
    return "This machine's clock is "
        + describe(offset)
        + " Duo's, so Duo refuses the signed requests of the "
        + name()
        + ": synchronise the clock (NTP) and validate again.";
  }

  String skewNote(Duration offset) {
    return " (This machine's clock is also " + describe(offset) + " Duo's; keep it in sync.)";
  }

  String missingGrant(String grant) {
    return "The "
        + name()
        + " keys are right, but the application lacks the permission \""
        + grant
        + "\": tick it under "
        + where()
        + " → Permissions, save, and validate again.";
  }

  String wrongIntegrationType() {
    return "These keys belong to another kind of Duo application, not the "
        + name()
        + ": copy the keys of the "
        + name()
        + " application from "
        + where()
        + ".";
  }

  String accountsKeysAsAdmin() {
    return "These look like Accounts API keys (Duo asks for a child account_id): enter them under"
        + " the Accounts API, and the keys from Applications → Admin API under the Admin API.";
  }

  String rateLimited() {
    return "Duo refused the check of the "
        + name()
        + " as too frequent (429): wait a minute and validate again.";
  }

  String tls() {
    return "The TLS connection to "
        + host
        + " failed (certificate not trusted or not for this host): check the API hostname, and"
        + " if a proxy inspects TLS, add its CA to the trust store (advanced.trust_store_path).";
  }

  String unknownHost() {
    return "The "
        + name()
        + " hostname "
        + host
        + " does not resolve: copy the API hostname again from "
        + where()
        + ", and check this machine's DNS.";
  }

  String refused() {
    return host
        + " refused the connection: check the "
        + name()
        + " hostname (and port), and the proxy settings.";
  }

  String timeout() {
    return host
        + " did not answer in time: check the "
        + name()
        + " hostname, the firewall, and the proxy settings.";
  }

  String io() {
    return "The connection to "
        + host
        + " failed: check the network and the proxy settings, then validate again.";
  }

  String duoError(DuoApiException e, int code) {
    StringBuilder text = new StringBuilder("Duo refused the ").append(name()).append(" check");
    text.append(" (").append(e.status() > 0 ? "HTTP " + e.status() + ", " : "");
    text.append("code ").append(code).append(')');
    e.duoMessage().ifPresent(m -> text.append(": ").append(m));
    e.messageDetail().ifPresent(d -> text.append(" (").append(d).append(')'));
    return text.append(". Check the keys in ").append(where()).append('.').toString();
  }

  /** "3 min 5 s behind" (Duo ahead of us) or "ahead of", to the nearest second. */
  static String describe(Duration offset) {
    Duration abs = Duration.ofSeconds(Math.round(offset.abs().toMillis() / 1000.0));
    long minutes = abs.toMinutes();
    long seconds = abs.toSecondsPart();
    String amount =
        minutes >= 60
            ? abs.toHours() + " h " + abs.toMinutesPart() + " min"
            : minutes > 0 ? minutes + " min " + seconds + " s" : seconds + " s";
    return amount + (offset.isNegative() ? " ahead of" : " behind");
  }
}
