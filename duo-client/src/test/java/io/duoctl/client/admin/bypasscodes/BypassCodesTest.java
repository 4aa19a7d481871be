package io.duoctl.client.admin.bypasscodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.duoctl.client.fake.FakeTransport;
import io.duoctl.client.http.HttpMethod;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BypassCodesTest {

  private final FakeTransport duo = new FakeTransport();
  private final BypassCodes codes = new BypassCodes(duo.client());

  @Test
  void create_randomCodes_returnsThePlaintextCodesKeepingLeadingZeros() {
    duo.ok("[\"407176182\", \"016931781\"]");

    GeneratedBypassCodes created =
        codes.create(
            "DU1", NewBypassCodes.random(2).reuseCount(0).validFor(Duration.ofHours(1)).build());

    assertThat(created.codes()).containsExactly("407176182", "016931781");
    assertThat(duo.onlyRequest().method()).isEqualTo(HttpMethod.POST);
    assertThat(duo.onlyRequest().path()).isEqualTo("/admin/v1/users/DU1/bypass_codes");
    assertThat(duo.onlyRequest().params().asMap())
        .containsOnly(
            entry("count", List.of("2")),
            entry("reuse_count", List.of("0")),
            entry("valid_secs", List.of("3600")));
  }

  @Test
  void create_givenCodes_sendsThemAsCsvAndCanPreserveExisting() {
    duo.ok("[\"111111111\", \"222222222\"]");

    codes.create(
        "DU1",
        NewBypassCodes.ofCodes(List.of("111111111", "222222222")).preserveExisting(true).build());

    assertThat(duo.onlyRequest().params().asMap())
        .containsOnly(
            entry("codes", List.of("111111111,222222222")),
            entry("preserve_existing", List.of("true")));
  }

  @Test
  void generatedCodes_neverShowTheCodesInToString() {
    GeneratedBypassCodes created = new GeneratedBypassCodes(List.of("407176182", "016931781"));
    NewBypassCodes request = NewBypassCodes.ofCodes(List.of("555444333")).build();

    assertThat(created.toString()).doesNotContain("407176182").contains("2 codes");
    assertThat(request.toString()).doesNotContain("555444333");
  }

  @Test
  void newBypassCodes_rejectsBadCountsAndCodes() {
    assertThatThrownBy(() -> NewBypassCodes.random(11).build()).hasMessageContaining("count");
    assertThatThrownBy(() -> NewBypassCodes.random(0).build()).hasMessageContaining("count");
    assertThatThrownBy(() -> NewBypassCodes.ofCodes(List.of("1,2")).build())
        .hasMessageContaining("codes");
    assertThatThrownBy(() -> NewBypassCodes.ofCodes(List.of()).build())
        .hasMessageContaining("codes");
    assertThatThrownBy(() -> new NewBypassCodes(5, List.of("1"), null, null, false))
        .hasMessageContaining("exactly one of count and codes");
  }

  @Test
  void listAndForUser_readMetadataWithTheScalarUser() {
    String code =
        """
        {"bypass_code_id": "DBXXXXXXXXXXXXXXXXXX", "admin_email": "admin@example.com",
         "created": 1700000000, "expiration": null, "reuse_count": null,
         "user": {"user_id": "DU1", "username": "jdoe", "created": 1600000000, "is_enrolled": true,
                  "aliases": {}}}
        """;
    duo.ok("[" + code + "]", "{\"total_objects\": 1}").ok("[" + code + "]");

    BypassCode all = codes.list().all().get(0);
    codes.forUser("DU1").all();

    assertThat(all.expiration()).isNull();
    assertThat(all.reuseCount()).isNull();
    assertThat(all.user().username()).isEqualTo("jdoe");
    assertThat(duo.requests().get(0).path()).isEqualTo("/admin/v1/bypass_codes");
    assertThat(duo.requests().get(0).params().first("limit")).hasValue("500");
    assertThat(duo.requests().get(1).path()).isEqualTo("/admin/v1/users/DU1/bypass_codes");
  }

  @Test
  void getAndDelete_addressOneCode() {
    duo.ok("{\"bypass_code_id\": \"DB1\", \"reuse_count\": 3}").ok("\"\"");

    assertThat(codes.get("DB1").reuseCount()).isEqualTo(3);
    codes.delete("DB1");

    assertThat(duo.requests())
        .extracting(r -> r.method() + " " + r.path())
        .containsExactly("GET /admin/v1/bypass_codes/DB1", "DELETE /admin/v1/bypass_codes/DB1");
  }
}
