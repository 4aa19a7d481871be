package io.duoctl.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.client.http.DuoRequest;
import io.duoctl.client.paging.Paged;
import io.duoctl.client.testing.RecordedRequest;
import io.duoctl.client.testing.RecordingServer;
import io.duoctl.client.testing.Reply;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Offset paging over real HTTP: lazy, parameter-preserving, ends when next_offset is gone. */
class PagingOverHttpTest {

  RecordingServer server;
  DuoClient duo;

  /** Seven users in pages of {@code limit}; the last page has no next_offset (or a null one). */
  static Reply page(RecordedRequest request) {
    int offset = Integer.parseInt(request.queryParams().get("offset").get(0));
    int limit = Integer.parseInt(request.queryParams().get("limit").get(0));
    int end = Math.min(7, offset + limit);
    String users =
        String.join(
            ",",
            IntStream.range(offset, end)
                .mapToObj(i -> "{\"user_id\":\"DU" + i + "\",\"username\":\"u" + i + "\"}")
                .toList());
    String next = end < 7 ? Integer.toString(end) : offset == 0 ? "null" : null;
    String metadata =
        "{\"total_objects\":7" + (next == null ? "" : ",\"next_offset\":" + next) + "}";
    return Reply.json(
        200, "{\"stat\":\"OK\",\"response\":[" + users + "],\"metadata\":" + metadata + "}");
  }

  record User(String userId, String username) {}

  @BeforeEach
  void start() throws IOException {
    server = RecordingServer.start().dispatch(PagingOverHttpTest::page);
    duo = DuoClient.builder().allowPlainHttp(true).build();
  }

  @AfterEach
  void stop() {
    duo.close();
    server.close();
  }

  Paged<User> users() {
    DuoTarget target = DuoTarget.of(server.host(), "DIXXXXXXXXXXXXXXXXXX", "skey");
    return duo.apiClient(target)
        .offsetPaged(DuoRequest.get("/admin/v1/users").param("email", "a@b.c"), User.class, 3);
  }

  @Test
  void iterating_fetchesTheNextPageOnlyWhenTheCurrentOneIsUsedUp() {
    Iterator<User> iterator = users().iterator();
    assertThat(server.requests()).isEmpty();

    for (int i = 0; i < 3; i++) {
      assertThat(iterator.next().userId()).isEqualTo("DU" + i);
    }
    assertThat(server.requests()).hasSize(1);

    assertThat(iterator.next().userId()).isEqualTo("DU3");
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void all_followsNextOffsetUntilExhausted_reSendingTheOriginalParameters() {
    List<User> all = users().all();

    assertThat(all)
        .extracting(User::username)
        .containsExactly("u0", "u1", "u2", "u3", "u4", "u5", "u6");
    List<RecordedRequest> requests = server.requests();
    assertThat(requests)
        .extracting(RecordedRequest::rawQuery)
        .containsExactly(
            "email=a%40b.c&limit=3&offset=0",
            "email=a%40b.c&limit=3&offset=3", "email=a%40b.c&limit=3&offset=6");
  }

  @Test
  void stream_isLazyToo() {
    assertThat(users().stream().limit(2).map(User::userId)).containsExactly("DU0", "DU1");
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void firstPage_carriesTotalObjects() {
    assertThat(users().firstPage().totalObjects()).hasValue(7);
    assertThat(server.requests()).hasSize(1);
  }
}
