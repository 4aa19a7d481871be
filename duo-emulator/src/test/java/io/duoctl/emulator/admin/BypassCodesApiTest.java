package io.duoctl.emulator.admin;

import static io.duoctl.emulator.admin.AdminTestBed.assertInvalid;
import static io.duoctl.emulator.admin.AdminTestBed.assertNotFound;
import static io.duoctl.emulator.admin.AdminTestBed.assertOk;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.emulator.admin.AdminClient.Reply;
import io.duoctl.emulator.admin.bypass.BypassCodes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Bypass codes (admin-api.md §5.1, §5.8, §6.5, §7.7, §7.11) over real HTTP. */
class BypassCodesApiTest {

  private final AdminTestBed bed = new AdminTestBed();
  private final AdminClient admin = bed.admin;
  private final BypassCodes codes = BypassCodes.of(bed.world(), bed.account);
  private final String user = bed.createUser("alice");

  @AfterEach
  void stop() {
    bed.close();
  }

  private List<String> create(String... params) {
    Reply reply = admin.post("/admin/v1/users/" + user + "/bypass_codes", params);
    assertOk(reply);
    List<String> out = new ArrayList<>();
    reply.response().forEach(c -> out.add(c.asText()));
    return out;
  }

  @Test
  void create_byDefault_returnsTenNineDigitCodes_section6_5() {
    List<String> created = create();

    assertThat(created).hasSize(10).allMatch(c -> c.matches("[0-9]{9}"));
    assertThat(created).doesNotHaveDuplicates();
  }

  @Test
  void list_neverReturnsTheCodes_section6_5() {
    List<String> created = create("count", "2", "reuse_count", "3");

    Reply reply = admin.get("/admin/v1/users/" + user + "/bypass_codes");

    assertOk(reply);
    assertThat(reply.response()).hasSize(2);
    JsonNode first = reply.response().get(0);
    assertThat(first.get("bypass_code_id").asText()).startsWith("DB");
    assertThat(first.get("reuse_count").asInt()).isEqualTo(3);
    assertThat(first.get("expiration").isNull()).isTrue();
    assertThat(first.get("user").get("username").asText()).isEqualTo("alice");
    assertThat(reply.json().toString()).doesNotContain(created.get(0), created.get(1));
    assertThat(reply.metadata().get("total_objects").asInt()).isEqualTo(2);
  }

  @Test
  void create_countAbove10_orCountWithCodes_is400() {
    assertInvalid(admin.post("/admin/v1/users/" + user + "/bypass_codes", "count", "11"), "count");
    assertInvalid(
        admin.post("/admin/v1/users/" + user + "/bypass_codes", "count", "1", "codes", "123456789"),
        "codes");
  }

  @Test
  void create_replacesExistingCodesByDefault_butPreserveExistingKeepsThem() {
    List<String> old = create("count", "2");
    create("count", "1");
    assertThat(codes.codesOf(user)).hasSize(1);

    create("count", "3", "preserve_existing", "true");

    assertThat(codes.codesOf(user)).hasSize(4);
    assertThat(codes.consume(user, old.get(0))).isFalse();
  }

  @Test
  void create_preserveExistingPast100_failsWithoutChanges_section7_11() {
    for (int i = 0; i < 10; i++) {
      create("count", "10", "preserve_existing", "true");
    }

    Reply reply =
        admin.post(
            "/admin/v1/users/" + user + "/bypass_codes", "count", "1", "preserve_existing", "1");

    assertInvalid(reply, "count");
    assertThat(codes.codesOf(user)).hasSize(100);
  }

  @Test
  void create_withCallerCodes_keepsLeadingZeros() {
    List<String> created = create("codes", "012345678,000000001");

    assertThat(created).containsExactly("012345678", "000000001");
    assertThat(codes.consume(user, "000000001")).isTrue();
  }

  @Test
  void consume_usesUpReuseCount_section7_7() {
    String code = create("count", "1", "reuse_count", "2").get(0);

    boolean first = codes.consume(user, code);
    boolean second = codes.consume(user, code);
    boolean third = codes.consume(user, code);

    assertThat(first).isTrue();
    assertThat(second).isTrue();
    assertThat(third).isFalse();
    assertThat(admin.get("/admin/v1/users/" + user + "/bypass_codes").response()).isEmpty();
  }

  @Test
  void consume_reuseCount0_isUnlimited_andListedAsNull() {
    String code = create("count", "1", "reuse_count", "0").get(0);

    for (int i = 0; i < 5; i++) {
      assertThat(codes.consume(user, code)).isTrue();
    }
    assertThat(
            admin
                .get("/admin/v1/users/" + user + "/bypass_codes")
                .response()
                .get(0)
                .get("reuse_count")
                .isNull())
        .isTrue();
  }

  @Test
  void consume_afterValidSecs_isRefused() {
    String code = create("count", "1", "valid_secs", "60").get(0);
    long expiration =
        admin
            .get("/admin/v1/users/" + user + "/bypass_codes")
            .response()
            .get(0)
            .get("expiration")
            .asLong();

    bed.duo.clock().advance(Duration.ofSeconds(60));

    assertThat(expiration).isEqualTo(AdminTestBed.NOW.getEpochSecond() + 60);
    assertThat(codes.consume(user, code)).isFalse();
  }

  @Test
  void consume_wrongUserOrCode_isRefused() {
    String code = create("count", "1").get(0);
    String other = bed.createUser("bob");

    assertThat(codes.consume(other, code)).isFalse();
    assertThat(codes.consume(user, "999999999".equals(code) ? "999999998" : "999999999")).isFalse();
  }

  @Test
  void accountWideList_getOne_andDeleteOne() {
    create("count", "2");
    Reply all = admin.get("/admin/v1/bypass_codes");
    String id = all.response().get(0).get("bypass_code_id").asText();

    Reply one = admin.get("/admin/v1/bypass_codes/" + id);
    assertOk(admin.delete("/admin/v1/bypass_codes/" + id));

    assertThat(all.response()).hasSize(2);
    assertThat(one.response().get("bypass_code_id").asText()).isEqualTo(id);
    assertNotFound(admin.get("/admin/v1/bypass_codes/" + id));
    assertThat(admin.get("/admin/v1/bypass_codes").response()).hasSize(1);
  }

  @Test
  void deleteUnknownBypassCode_is404_notIdempotent_section7_2() {
    assertNotFound(admin.delete("/admin/v1/bypass_codes/DBAAAAAAAAAAAAAAAAAA"));
  }

  @Test
  void create_forUnknownUser_is404() {
    assertNotFound(admin.post("/admin/v1/users/DUAAAAAAAAAAAAAAAAAA/bypass_codes"));
  }
}
