package io.duoctl.client.admin.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.duoctl.client.DuoApiException;
import io.duoctl.client.DuoNotFoundException;
import io.duoctl.client.fake.FakeTransport;
import io.duoctl.client.http.DuoRequest;
import io.duoctl.client.http.HttpMethod;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UsersTest {

  private final FakeTransport duo = new FakeTransport();
  private final Users users = new Users(duo.client());

  @Test
  void list_asksForDuosMaximumPageAndFollowsNextOffset() {
    duo.ok(
            "[" + UserFixtures.PLAIN + "]",
            "{\"next_offset\": 300, \"prev_offset\": null, \"total_objects\": 301}")
        .ok("[" + UserFixtures.JDOE + "]", "{\"next_offset\": null, \"total_objects\": 301}");

    List<User> all = users.list().all();

    assertThat(all).extracting(User::username).containsExactly("asmith", "jdoe");
    assertThat(duo.requests())
        .extracting(r -> r.params().asMap())
        .containsExactly(
            Map.of("limit", List.of("300"), "offset", List.of("0")),
            Map.of("limit", List.of("300"), "offset", List.of("300")));
    assertThat(duo.requests()).allSatisfy(r -> assertThat(r.path()).isEqualTo("/admin/v1/users"));
  }

  @Test
  void list_fetchesNothingUntilIterated() {
    users.list();

    assertThat(duo.requests()).isEmpty();
  }

  @Test
  void findByUsername_mapsDuosUserWithNestedObjectsAndUnknownFields() {
    duo.ok("[" + UserFixtures.JDOE + "]");

    User jdoe = users.findByUsername("janed").orElseThrow();

    DuoRequest sent = duo.onlyRequest();
    assertThat(sent.method()).isEqualTo(HttpMethod.GET);
    assertThat(sent.path()).isEqualTo("/admin/v1/users");
    assertThat(sent.params().asMap()).containsExactly(entry("username", List.of("janed")));
    assertThat(jdoe.userId()).isEqualTo("DUJZ2U4L80HT45MQ4EOQ");
    assertThat(jdoe.isLockedOut()).isTrue();
    assertThat(jdoe.lockoutReason()).isEqualTo("Failed Attempts");
    assertThat(jdoe.lastLogin()).isNull();
    assertThat(jdoe.created()).isEqualTo(1489612729L);
    assertThat(jdoe.aliases()).containsExactly(entry("alias1", "janed"));
    assertThat(jdoe.customAttributes()).containsEntry("department", "Finance");
    assertThat(jdoe.groups())
        .singleElement()
        .satisfies(g -> assertThat(g.status()).isEqualTo("Active"));
    assertThat(jdoe.phones())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.number()).isEqualTo("+15555550100");
              assertThat(p.capabilities()).contains("push");
              assertThat(p.predelay()).isNull();
            });
    assertThat(jdoe.tokens()).singleElement().satisfies(t -> assertThat(t.serial()).isEqualTo("0"));
    assertThat(jdoe.webauthncredentials())
        .singleElement()
        .satisfies(w -> assertThat(w.transports()).containsExactly("usb", "nfc"));
  }

  @Test
  void findByUsername_isEmptyWhenDuoMatchesNobody() {
    duo.ok("[]");

    assertThat(users.findByUsername("nobody")).isEmpty();
  }

  @Test
  void findByEmail_sendsTheEmailFilter() {
    duo.ok("[" + UserFixtures.PLAIN + "]");

    assertThat(users.findByEmail("a@example.com")).isPresent();
    assertThat(duo.onlyRequest().params().asMap())
        .containsExactly(entry("email", List.of("a@example.com")));
  }

  @Test
  void listByIds_sendsJsonArraysOfAtMost100IdsOneRequestPerChunk() {
    List<String> ids = IntStream.range(0, 250).mapToObj(i -> "DU" + i).toList();
    duo.ok("[" + UserFixtures.PLAIN + "]").ok("[]").ok("[" + UserFixtures.JDOE + "]");

    List<User> found = users.listByIds(ids).all();

    assertThat(found).extracting(User::username).containsExactly("asmith", "jdoe");
    List<DuoRequest> sent = duo.requests();
    assertThat(sent).hasSize(3);
    assertThat(sent.get(0).params().asMap().keySet()).containsExactly("user_id_list");
    assertThat(sent.get(0).params().first("user_id_list").orElseThrow())
        .startsWith("[\"DU0\",\"DU1\",")
        .endsWith(",\"DU99\"]");
    assertThat(sent.get(2).params().first("user_id_list").orElseThrow())
        .startsWith("[\"DU200\",")
        .endsWith("\"DU249\"]");
  }

  @Test
  void listByUsernames_sendsNothingForAnEmptyList() {
    assertThat(users.listByUsernames(List.of()).all()).isEmpty();
    assertThat(duo.requests()).isEmpty();
  }

  @Test
  void listByUsernames_asksForEachUsernameOnce() {
    duo.ok("[]");

    users.listByUsernames(List.of("jdoe", "jdoe", "asmith")).all();

    assertThat(duo.onlyRequest().params().first("username_list")).hasValue("[\"jdoe\",\"asmith\"]");
  }

  @Test
  void get_percentEncodesTheUserIdIntoItsPathSegment() {
    duo.ok(UserFixtures.PLAIN);

    users.get("DU1/../admins x");

    assertThat(duo.onlyRequest().path()).isEqualTo("/admin/v1/users/DU1%2F..%2Fadmins%20x");
  }

  @Test
  void get_passesDuosNotFoundThrough() {
    duo.fail(
        new DuoNotFoundException(
            404, 40401, "Resource not found", null, "GET", "/admin/v1/users/X"));

    assertThatThrownBy(() -> users.get("X")).isInstanceOf(DuoNotFoundException.class);
  }

  @Test
  void get_rejectsABlankIdNamingTheField() {
    assertThatThrownBy(() -> users.get(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("userId");
    assertThat(duo.requests()).isEmpty();
  }

  @Test
  void create_sendsOnlyTheGivenFieldsInDuosSpelling() {
    duo.ok(UserFixtures.PLAIN);

    users.create(
        NewUser.builder("asmith")
            .realname("Alex Smith")
            .email("a@example.com")
            .status(UserStatus.BYPASS)
            .aliases(List.of("alex", "a.smith@example.com"))
            .enableAutoPrompt(false)
            .customAttributes(Map.of("department", "IT"))
            .build());

    DuoRequest sent = duo.onlyRequest();
    assertThat(sent.method()).isEqualTo(HttpMethod.POST);
    assertThat(sent.path()).isEqualTo("/admin/v1/users");
    assertThat(sent.params().asMap())
        .containsOnly(
            entry("username", List.of("asmith")),
            entry("realname", List.of("Alex Smith")),
            entry("email", List.of("a@example.com")),
            entry("status", List.of("bypass")),
            entry("aliases", List.of("alias1=alex&alias2=a.smith%40example.com")),
            entry("enable_auto_prompt", List.of("false")),
            entry("custom_attributes.department", List.of("IT")));
  }

  @Test
  void newUser_rejectsMoreThanEightAliases() {
    List<String> nine = IntStream.range(0, 9).mapToObj(i -> "a" + i).toList();

    assertThatThrownBy(() -> NewUser.builder("x").aliases(nine).build())
        .hasMessageContaining("aliases");
  }

  @Test
  void update_withStatusActiveUnlocksAndReturnsTheChangedUser() {
    duo.ok(UserFixtures.PLAIN);

    User user = users.update("DUJZ2U4L80HT45MQ4EOQ", UserUpdate.status(UserStatus.ACTIVE));

    DuoRequest sent = duo.onlyRequest();
    assertThat(sent.method()).isEqualTo(HttpMethod.POST);
    assertThat(sent.path()).isEqualTo("/admin/v1/users/DUJZ2U4L80HT45MQ4EOQ");
    assertThat(sent.params().asMap()).containsExactly(entry("status", List.of("active")));
    assertThat(user.status()).isEqualTo("active");
  }

  @Test
  void userUpdate_withoutChangesIsRejected() {
    assertThatThrownBy(() -> UserUpdate.builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one change");
  }

  @Test
  void delete_acceptsDuosEmptyStringResponse() {
    duo.ok("\"\"");

    users.delete("DUJZ2U4L80HT45MQ4EOQ");

    assertThat(duo.onlyRequest().method()).isEqualTo(HttpMethod.DELETE);
    assertThat(duo.onlyRequest().path()).isEqualTo("/admin/v1/users/DUJZ2U4L80HT45MQ4EOQ");
  }

  @Test
  void enroll_sendsUsernameEmailAndValiditySecondsAndReturnsTheHiddenCode() {
    duo.ok("\"cHFxEbfW0eRY1wbH\"");

    EnrollmentCode code = users.enroll("jdoe", "jdoe@example.com", Duration.ofDays(7));

    assertThat(code.value()).isEqualTo("cHFxEbfW0eRY1wbH");
    assertThat(code.toString()).doesNotContain("cHFxEbfW0eRY1wbH");

    DuoRequest sent = duo.onlyRequest();
    assertThat(sent.path()).isEqualTo("/admin/v1/users/enroll");
    assertThat(sent.params().asMap())
        .containsOnly(
            entry("username", List.of("jdoe")),
            entry("email", List.of("jdoe@example.com")),
            entry("valid_secs", List.of("604800")));
  }

  @Test
  void syncFromDirectory_readsAUserReply() {
    duo.ok(UserFixtures.JDOE);

    DirectorySyncResult result = users.syncFromDirectory("ABCDEF123", "jdoe");

    DuoRequest sent = duo.onlyRequest();
    assertThat(sent.method()).isEqualTo(HttpMethod.POST);
    assertThat(sent.path()).isEqualTo("/admin/v1/users/directorysync/ABCDEF123/syncuser");
    assertThat(sent.params().asMap()).containsExactly(entry("username", List.of("jdoe")));
    assertThat(result.user()).map(User::userId).hasValue("DUJZ2U4L80HT45MQ4EOQ");
  }

  @Test
  void syncFromDirectory_keepsAnOpaqueReplyAsItCame() {
    duo.ok("{\"message\": \"User sync queued\"}");

    DirectorySyncResult result = users.syncFromDirectory("ABCDEF123", "jdoe");

    assertThat(result.user()).isEmpty();
    assertThat(result.response().path("message").asText()).isEqualTo("User sync queued");
  }

  @Test
  void syncFromDirectory_neverPutsTheDirectoryKeyInErrors() {
    duo.ok("{\"user_id\": \"DU1\", \"groups\": \"not a list of groups\"}");

    assertThatThrownBy(() -> users.syncFromDirectory("DIRKEYSECRET42", "jdoe"))
        .isInstanceOf(DuoApiException.class)
        .hasMessageNotContaining("DIRKEYSECRET42")
        .hasMessageContaining("/directorysync/***/syncuser");
    assertThat(duo.onlyRequest().toString()).doesNotContain("DIRKEYSECRET42");
  }

  @Test
  void phones_pagesTheUsersPhonesAt500() {
    duo.ok("[]", "{\"total_objects\": 0}");

    users.phones("DU1").all();

    assertThat(duo.onlyRequest().path()).isEqualTo("/admin/v1/users/DU1/phones");
    assertThat(duo.onlyRequest().params().first("limit")).hasValue("500");
  }

  @Test
  void subCollections_useTheirOwnPaths() {
    duo.ok("[]").ok("[]").ok("[]").ok("[]");

    users.tokens("DU1").all();
    users.groups("DU1").all();
    users.webAuthnCredentials("DU1").all();
    users.bypassCodes("DU1").all();

    assertThat(duo.requests())
        .extracting(DuoRequest::path)
        .containsExactly(
            "/admin/v1/users/DU1/tokens",
            "/admin/v1/users/DU1/groups",
            "/admin/v1/users/DU1/webauthncredentials",
            "/admin/v1/users/DU1/bypass_codes");
  }

  @Test
  void associations_postTheIdAndDeleteByPath() {
    duo.ok("\"\"").ok("\"\"").ok("\"\"").ok("\"\"").ok("\"\"").ok("\"\"");

    users.addPhone("DU1", "DP1");
    users.removePhone("DU1", "DP1");
    users.addToken("DU1", "DH1");
    users.removeToken("DU1", "DH1");
    users.addToGroup("DU1", "DG1");
    users.removeFromGroup("DU1", "DG1");

    assertThat(duo.requests())
        .extracting(r -> r.method() + " " + r.path() + " " + r.params().asMap())
        .containsExactly(
            "POST /admin/v1/users/DU1/phones {phone_id=[DP1]}",
            "DELETE /admin/v1/users/DU1/phones/DP1 {}",
            "POST /admin/v1/users/DU1/tokens {token_id=[DH1]}",
            "DELETE /admin/v1/users/DU1/tokens/DH1 {}",
            "POST /admin/v1/users/DU1/groups {group_id=[DG1]}",
            "DELETE /admin/v1/users/DU1/groups/DG1 {}");
  }

  @Test
  void verificationPush_sendsThenPollsByPushId() {
    duo.ok("{\"push_id\": \"e0f1-42\", \"confirmation_code\": \"123456\"}")
        .ok("{\"push_id\": \"e0f1-42\", \"result\": \"approve\"}");

    VerificationPush push = users.sendVerificationPush("DU1", "DP1");
    VerificationPushResult result = users.verificationPushResult("DU1", push.pushId());

    assertThat(push.confirmationCode()).isEqualTo("123456");
    assertThat(result.isApproved()).isTrue();
    assertThat(duo.requests())
        .extracting(r -> r.method() + " " + r.path() + " " + r.params().asMap())
        .containsExactly(
            "POST /admin/v1/users/DU1/send_verification_push {phone_id=[DP1]}",
            "GET /admin/v1/users/DU1/verification_push_response {push_id=[e0f1-42]}");
  }
}
