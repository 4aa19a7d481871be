package io.duoctl.client.admin.users;

/** User JSON shaped like Duo's replies: nested lists, nulls, mixed casings, unknown fields. */
final class UserFixtures {

  private UserFixtures() {}

  static final String JDOE =
      """
      {
        "user_id": "DUJZ2U4L80HT45MQ4EOQ",
        "username": "jdoe",
        "realname": "Jane Doe",
        "firstname": "Jane",
        "lastname": "Doe",
        "email": "jdoe@example.com",
        "status": "locked out",
        "lockout_reason": "Failed Attempts",
        "notes": "",
        "created": 1489612729,
        "last_login": null,
        "last_directory_sync": null,
        "is_enrolled": true,
        "alias1": "janed",
        "alias2": null,
        "alias3": null,
        "alias4": null,
        "aliases": {"alias1": "janed"},
        "enable_auto_prompt": true,
        "custom_attributes": {"department": "Finance"},
        "desktoptokens": [],
        "u2ftokens": [],
        "some_future_field": {"nested": [1, 2, 3]},
        "groups": [
          {"group_id": "DGXXXXXXXXXXXXXXXXXX", "name": "Finance (from AD)", "desc": "Finance team",
           "status": "Active", "mobile_otp_enabled": false, "push_enabled": true,
           "sms_enabled": false, "voice_enabled": false}
        ],
        "phones": [
          {"phone_id": "DPFZRS9FB0D46QFTM899", "number": "+15555550100", "extension": "",
           "name": "", "type": "Mobile", "platform": "Apple iOS", "model": "Apple iPhone 15",
           "postdelay": null, "predelay": null, "activated": true, "sms_passcodes_sent": false,
           "capabilities": ["auto", "push", "sms", "phone", "mobile_otp"],
           "last_seen": "2026-11-01T09:12:33", "encrypted": "Encrypted",
           "fingerprint": "Configured", "screenlock": "Locked", "tampered": "Not Tampered"}
        ],
        "tokens": [{"token_id": "DHEKH0JJIYC1LX3AZWO4", "type": "h6", "serial": "0", "totp_step": null}],
        "webauthncredentials": [
          {"webauthnkey": "WABFEOE007ZMV1QAZTRB", "credential_name": "YubiKey 5", "label": "Security Key",
           "date_added": 1550685154, "registered_as": "cross-platform", "transports": ["usb", "nfc"]}
        ]
      }
      """;

  static final String PLAIN =
      """
      {"user_id": "DU0000000000000000A1", "username": "asmith", "realname": null, "email": "",
       "status": "active", "is_enrolled": false, "aliases": {}, "phones": [], "groups": [],
       "tokens": [], "webauthncredentials": []}
      """;
}
