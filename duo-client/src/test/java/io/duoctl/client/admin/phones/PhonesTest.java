package io.duoctl.client.admin.phones;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.duoctl.client.fake.FakeTransport;
import io.duoctl.client.http.DuoRequest;
import io.duoctl.client.http.HttpMethod;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhonesTest {

  private static final String PHONE =
      """
      {"phone_id": "DPFZRS9FB0D46QFTM899", "number": "+15555550100", "extension": "",
       "name": "Work", "type": "Mobile", "platform": "Google Android", "model": "Pixel 8",
       "predelay": "0", "postdelay": null, "activated": false, "sms_passcodes_sent": true,
       "capabilities": ["sms", "phone"], "last_seen": null, "encrypted": "", "fingerprint": "",
       "screenlock": "", "tampered": "", "new_device_field": true,
       "users": [{"user_id": "DUJZ2U4L80HT45MQ4EOQ", "username": "jdoe", "alias1": "janed",
                  "realname": "Jane Doe", "email": "jdoe@example.com", "status": "active",
                  "last_login": 1700000000, "notes": ""}]}
      """;

  private final FakeTransport duo = new FakeTransport();
  private final Phones phones = new Phones(duo.client());

  @Test
  void findByNumber_sendsTheNumberAndReadsThePhoneWithItsUsers() {
    duo.ok("[" + PHONE + "]");

    Phone phone = phones.findByNumber("+15555550100").orElseThrow();

    assertThat(duo.onlyRequest().path()).isEqualTo("/admin/v1/phones");
    assertThat(duo.onlyRequest().params().asMap())
        .containsExactly(entry("number", List.of("+15555550100")));
    assertThat(phone.phoneId()).isEqualTo("DPFZRS9FB0D46QFTM899");
    assertThat(phone.predelay()).isEqualTo("0");
    assertThat(phone.postdelay()).isNull();
    assertThat(phone.users())
        .singleElement()
        .satisfies(u -> assertThat(u.lastLogin()).isEqualTo(1700000000L));
  }

  @Test
  void findByNumber_isEmptyForAnUnknownNumber() {
    duo.ok("[]");

    assertThat(phones.findByNumber("+15555550199")).isEmpty();
  }

  @Test
  void list_pagesAt500() {
    duo.ok(
        "[" + PHONE + "]", "{\"next_offset\": null, \"prev_offset\": null, \"total_objects\": 1}");

    assertThat(phones.list().all()).hasSize(1);
    assertThat(duo.onlyRequest().params().first("limit")).hasValue("500");
  }

  @Test
  void create_sendsRequestSpellingOfTypeAndPlatform() {
    duo.ok(PHONE);

    phones.create(
        PhoneDetails.builder()
            .number("+15555550100")
            .type(PhoneType.MOBILE)
            .platform("Google Android")
            .predelay(2)
            .build());

    DuoRequest sent = duo.onlyRequest();
    assertThat(sent.method()).isEqualTo(HttpMethod.POST);
    assertThat(sent.params().asMap())
        .containsOnly(
            entry("number", List.of("+15555550100")),
            entry("type", List.of("mobile")),
            entry("platform", List.of("google android")),
            entry("predelay", List.of("2")));
  }

  @Test
  void update_postsToThePhoneAndRefusesAnEmptyChange() {
    duo.ok(PHONE);

    phones.update("DP1", PhoneDetails.builder().name("Desk").build());

    assertThat(duo.onlyRequest().path()).isEqualTo("/admin/v1/phones/DP1");
    assertThat(duo.onlyRequest().params().asMap()).containsExactly(entry("name", List.of("Desk")));
    assertThatThrownBy(() -> phones.update("DP1", PhoneDetails.builder().build()))
        .hasMessageContaining("at least one change");
  }

  @Test
  void delete_acceptsDuosEmptyString() {
    duo.ok("\"\"");

    phones.delete("DP1");

    assertThat(duo.onlyRequest().method()).isEqualTo(HttpMethod.DELETE);
    assertThat(duo.onlyRequest().path()).isEqualTo("/admin/v1/phones/DP1");
  }

  @Test
  void activationUrl_sendsValiditySecondsAndInstallFlagAndHidesTheSecretInToString() {
    duo.ok(
        """
        {"activation_url": "https://m-1a2b3c4d.duosecurity.com/iphone/7dE3kQ9Rx2",
         "activation_barcode": "https://api-1a2b3c4d.duosecurity.com/frame/qr?value=duo%3A%2F%2F7dE3kQ9Rx2",
         "installation_url": "https://m-1a2b3c4d.duosecurity.com/iphone", "valid_secs": 3600}
        """);

    Activation activation = phones.activationUrl("DP1", Duration.ofHours(1), true);

    assertThat(duo.onlyRequest().path()).isEqualTo("/admin/v1/phones/DP1/activation_url");
    assertThat(duo.onlyRequest().params().asMap())
        .containsOnly(entry("valid_secs", List.of("3600")), entry("install", List.of("1")));
    assertThat(activation.activationUrl()).endsWith("7dE3kQ9Rx2");
    assertThat(activation.validSecs()).isEqualTo(3600L);
    assertThat(activation.toString()).doesNotContain("7dE3kQ9Rx2");
  }

  @Test
  void sendActivationSms_sendsCustomTextsAndRequiresTheirPlaceholders() {
    duo.ok(
        """
        {"activation_barcode": "https://api-x/frame/qr?value=secret", "activation_msg": "Go <acturl>",
         "installation_msg": "Get <insturl>", "valid_secs": 86400}
        """);

    SmsActivation sms =
        phones.sendActivationSms(
            "DP1",
            SmsActivationRequest.builder()
                .install(true)
                .installationMsg("Get <insturl>")
                .activationMsg("Go <acturl>")
                .build());

    assertThat(duo.onlyRequest().path()).isEqualTo("/admin/v1/phones/DP1/send_sms_activation");
    assertThat(duo.onlyRequest().params().asMap())
        .containsOnly(
            entry("install", List.of("1")),
            entry("installation_msg", List.of("Get <insturl>")),
            entry("activation_msg", List.of("Go <acturl>")));
    assertThat(sms.toString()).doesNotContain("secret");
    assertThatThrownBy(() -> SmsActivationRequest.builder().activationMsg("no link").build())
        .hasMessageContaining("activationMsg")
        .hasMessageContaining("<acturl>");
  }

  @Test
  void sendInstallationSmsAndPasscodes_postToTheirEndpoints() {
    duo.ok("{\"installation_msg\": \"Install Duo Mobile: https://m-x/iphone\"}").ok("\"\"");

    String text = phones.sendInstallationSms("DP1", null);
    phones.sendSmsPasscodes("DP1");

    assertThat(text).startsWith("Install Duo Mobile");
    assertThat(duo.requests())
        .extracting(r -> r.method() + " " + r.path() + " " + r.params().asMap())
        .containsExactly(
            "POST /admin/v1/phones/DP1/send_sms_installation {}",
            "POST /admin/v1/phones/DP1/send_sms_passcodes {}");
  }
}
