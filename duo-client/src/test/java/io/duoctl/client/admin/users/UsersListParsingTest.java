package io.duoctl.client.admin.users;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.client.fake.FakeTransport;
import io.duoctl.client.http.ApiClient;
import io.duoctl.client.http.DuoRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pages of users read by streaming equal what the JSON-tree path made of the same reply. */
class UsersListParsingTest {

  private static final String PAGE = "[" + UserFixtures.JDOE + "," + UserFixtures.PLAIN + "]";

  private final FakeTransport duo = new FakeTransport();
  private final ApiClient api = duo.client();

  @Test
  void list_equalsTheTreePath_nestedObjectsAndUnknownFieldsIncluded() {
    duo.ok(PAGE, "{\"total_objects\": 2}").ok(PAGE);

    List<User> streamed = new Users(api).list().all();
    DuoRequest request = DuoRequest.get("/admin/v1/users");
    List<User> fromTree = api.convertList(request, api.call(request), User.class);

    assertThat(streamed).isEqualTo(fromTree).hasSize(2);
    User jdoe = streamed.get(0);
    assertThat(jdoe.phones())
        .singleElement()
        .satisfies(p -> assertThat(p.capabilities()).hasSize(5));
    assertThat(jdoe.groups()).hasSize(1);
    assertThat(jdoe.tokens()).hasSize(1);
    assertThat(jdoe.webauthncredentials()).hasSize(1);
    assertThat(jdoe.customAttributes()).containsEntry("department", "Finance");
  }
}
