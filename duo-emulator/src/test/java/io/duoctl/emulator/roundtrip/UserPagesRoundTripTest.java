package io.duoctl.emulator.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.client.admin.AdminApi;
import io.duoctl.client.admin.groups.GroupDetails;
import io.duoctl.client.admin.phones.PhoneDetails;
import io.duoctl.client.admin.tokens.NewHardwareToken;
import io.duoctl.client.admin.tokens.TokenType;
import io.duoctl.client.admin.users.User;
import io.duoctl.client.admin.users.Users;
import io.duoctl.client.http.ApiClient;
import io.duoctl.client.http.DuoRequest;
import io.duoctl.client.http.Envelope;
import io.duoctl.emulator.admin.users.UserDirectory;
import io.duoctl.emulator.admin.webauthn.WebAuthnCredential;
import io.duoctl.emulator.admin.webauthn.WebAuthnCredentials;
import io.duoctl.emulator.junit.DuoEmulatorExtension;
import io.duoctl.emulator.model.Account;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The emulator's pages of users, read by streaming, equal what the JSON-tree path made of them. */
@Tag("slow")
class UserPagesRoundTripTest {

  @RegisterExtension static DuoEmulatorExtension duo = new DuoEmulatorExtension();

  @Test
  void listedUsers_equalTheTreePath_devicesGroupsAndCustomAttributesIncluded() {
    try (RoundTrip roundTrip = RoundTrip.direct(duo)) {
      Account account = duo.givenParentAccount("Acme Dental");
      AdminApi admin = roundTrip.admin(account);
      UserDirectory directory = UserDirectory.of(duo.world(), account);
      String jdoe =
          directory
              .create(
                  io.duoctl.emulator.admin.users.User.builder("jdoe")
                      .realname("Jane Doe")
                      .email("jdoe@acme.example")
                      .alias(1, "janed")
                      .externalId("ext-1")
                      .lastLogin(1_700_000_000L)
                      .customAttributes(Map.of("department", "Finance")))
              .userId();
      admin
          .users()
          .addPhone(jdoe, admin.phones().create(PhoneDetails.mobile("+15555550100")).phoneId());
      admin
          .users()
          .addToken(
              jdoe,
              admin
                  .tokens()
                  .create(
                      NewHardwareToken.otp(
                          TokenType.H6, "SN-1", "3132333435363738393031323334353637383930"))
                  .tokenId());
      admin
          .users()
          .addToGroup(jdoe, admin.groups().create(GroupDetails.named("Front desk")).groupId());
      WebAuthnCredentials.of(duo.world(), account)
          .seed(WebAuthnCredential.securityKey(jdoe, "YubiKey 5"));
      for (int i = 0; i < 320; i++) {
        directory.create(io.duoctl.emulator.admin.users.User.builder("user" + i));
      }

      List<User> streamed = admin.users().list().all();

      assertThat(streamed).hasSize(321).isEqualTo(treePath(roundTrip, account));
      User read = streamed.stream().filter(u -> u.userId().equals(jdoe)).findFirst().orElseThrow();
      assertThat(read.phones()).hasSize(1);
      assertThat(read.tokens()).hasSize(1);
      assertThat(read.groups()).hasSize(1);
      assertThat(read.webauthncredentials()).hasSize(1);
      assertThat(read.customAttributes()).containsEntry("department", "Finance");
    }
  }

  /** Every page as a JSON tree, mapped item by item, following next_offset. */
  private static List<User> treePath(RoundTrip roundTrip, Account account) {
    ApiClient api = roundTrip.client().apiClient(roundTrip.target(duo.givenAdminApi(account)));
    List<User> users = new ArrayList<>();
    String offset = "0";
    while (offset != null) {
      DuoRequest page =
          DuoRequest.get("/admin/v1/users")
              .param("limit", Integer.toString(Users.PAGE_SIZE))
              .param("offset", offset);
      Envelope envelope = api.envelope(page);
      users.addAll(api.convertList(page, envelope.response(), User.class));
      JsonNode next = envelope.metadata().path("next_offset");
      offset = next.isMissingNode() || next.isNull() ? null : next.asText();
    }
    return users;
  }
}
