package io.duoctl.core.actions.handlers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.duoctl.client.admin.phones.Phone;
import io.duoctl.client.admin.users.User;
import io.duoctl.core.actions.ActionJson;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Listing.take: the kept items as one JSON array, identical to each item's own JSON. */
class ListingTest {

  private static User user(int n) {
    Phone phone =
        ActionJson.mapper()
            .convertValue(
                Map.of(
                    "phone_id",
                    "DP" + n,
                    "number",
                    "+1555555010" + n,
                    "capabilities",
                    List.of("push")),
                Phone.class);
    return new User(
        "DU" + n,
        "user" + n,
        null,
        null,
        null,
        "u" + n + "@acme.example",
        "active",
        null,
        null,
        1_700_000_000L,
        null,
        null,
        n % 2 == 0,
        null,
        null,
        null,
        null,
        Map.of("alias1", "a" + n),
        null,
        null,
        Map.of("department", "Finance"),
        List.of(),
        List.of(phone),
        List.of(),
        List.of());
  }

  @Test
  void take_equalsEachKeptItemsOwnJson_inOrder() {
    List<User> users = IntStream.range(0, 10).mapToObj(ListingTest::user).toList();
    ArrayNode itemByItem = ActionJson.mapper().createArrayNode();
    users.stream().filter(User::isEnrolled).limit(3).map(ActionJson::of).forEach(itemByItem::add);

    JsonNode taken = Listing.take(users, 3, User::isEnrolled);

    assertThat(taken).isEqualTo(itemByItem);
    assertThat(taken.get(0).get("phones").get(0).get("phone_id").asText()).isEqualTo("DP0");
    assertThat(taken.get(0).has("realname")).isFalse();
  }

  @Test
  void take_stopsReadingAtTheLimit_andAnEmptyListIsAnEmptyArray() {
    AtomicInteger read = new AtomicInteger();
    Iterable<User> counted =
        () ->
            IntStream.range(0, 10)
                .peek(i -> read.incrementAndGet())
                .mapToObj(ListingTest::user)
                .iterator();

    assertThat(Listing.take(counted, 2)).hasSize(2);
    assertThat(read.get()).isEqualTo(2);
    assertThat(Listing.take(List.of(), 5)).isEqualTo(ActionJson.mapper().createArrayNode());
  }
}
