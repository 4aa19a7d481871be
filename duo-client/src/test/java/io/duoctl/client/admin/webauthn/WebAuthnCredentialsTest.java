package io.duoctl.client.admin.webauthn;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.client.fake.FakeTransport;
import org.junit.jupiter.api.Test;

class WebAuthnCredentialsTest {

  private static final String CREDENTIAL =
      """
      {"webauthnkey": "WABFEOE007ZMV1QAZTRB", "credential_name": "Touch ID", "label": "Touch ID",
       "date_added": 1550685154, "date_last_used": null, "registered_as": "platform",
       "passwordless_authorized": true, "backup_eligible": false, "aaguid": "adce0002",
       "transports": ["internal"],
       "user": {"user_id": "DU1", "username": "jdoe", "email": "jdoe@example.com"}}
      """;

  private final FakeTransport duo = new FakeTransport();
  private final WebAuthnCredentials credentials = new WebAuthnCredentials(duo.client());

  @Test
  void listGetDelete_readCredentialsAndAddressThemByKey() {
    duo.ok("[" + CREDENTIAL + "]", "{\"total_objects\": 1}").ok(CREDENTIAL).ok("\"\"");

    WebAuthnCredential listed = credentials.list().all().get(0);
    WebAuthnCredential got = credentials.get("WABFEOE007ZMV1QAZTRB");
    credentials.delete("WABFEOE007ZMV1QAZTRB");

    assertThat(listed.user().username()).isEqualTo("jdoe");
    assertThat(got.dateLastUsed()).isNull();
    assertThat(got.passwordlessAuthorized()).isTrue();
    assertThat(duo.requests())
        .extracting(r -> r.method() + " " + r.path())
        .containsExactly(
            "GET /admin/v1/webauthncredentials",
            "GET /admin/v1/webauthncredentials/WABFEOE007ZMV1QAZTRB",
            "DELETE /admin/v1/webauthncredentials/WABFEOE007ZMV1QAZTRB");
  }
}
