package io.duoctl.client.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.duoctl.client.DuoApiException;
import io.duoctl.client.fake.FakeTransport;
import io.duoctl.client.paging.Page;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** List replies read by streaming: the envelope's fields in any order, odd replies as before. */
class ListRepliesTest {

  record Item(String itemId, List<String> tags) {}

  private final FakeTransport duo = new FakeTransport();
  private final ApiClient client = duo.client();

  private Page<Item> firstPage() {
    return client.offsetPaged(DuoRequest.get("/admin/v1/items"), Item.class, 2).firstPage();
  }

  @Test
  void page_readsItemsAndMetadataWhateverTheFieldOrder() {
    duo.body(
        """
        {"stat": "OK", "metadata": {"next_offset": 2, "total_objects": {"value": 5}},
         "unknown": [{"x": 1}], "response": [{"item_id": "I1", "tags": ["a"], "extra": {"y": [2]}},
         {"item_id": "I2"}]}
        """);

    Page<Item> page = firstPage();

    assertThat(page.items()).containsExactly(new Item("I1", List.of("a")), new Item("I2", null));
    assertThat(page.next()).contains(Params.of("offset", "2"));
    assertThat(page.totalObjects()).isEqualTo(OptionalLong.of(5));
  }

  @Test
  void page_withoutMetadataOrWithNullMetadata_isTheLast() {
    duo.body("{\"response\": [], \"stat\": \"OK\"}")
        .body("{\"metadata\": null, \"response\": [{\"item_id\": \"I1\"}], \"stat\": \"OK\"}");

    assertThat(firstPage().next()).isEmpty();
    Page<Item> second = firstPage();
    assertThat(second.next()).isEmpty();
    assertThat(second.items()).extracting(Item::itemId).containsExactly("I1");
  }

  @Test
  void callList_readsTheListAsTheTreeDid() {
    String response = "[{\"item_id\": \"I1\", \"tags\": \"single\"}, {\"item_id\": \"I2\"}]";
    duo.ok(response).ok(response);

    List<Item> streamed = client.callList(DuoRequest.get("/admin/v1/items"), Item.class);
    List<Item> fromTree =
        client.convertList(
            DuoRequest.get("/admin/v1/items"),
            client.call(DuoRequest.get("/admin/v1/items")),
            Item.class);

    assertThat(streamed).isEqualTo(fromTree).hasSize(2);
    assertThat(streamed.get(0).tags()).containsExactly("single");
  }

  @Test
  void oddReplies_failWithTheSameUnexpectedReplyAsBefore() {
    Map<String, String> detailByBody =
        Map.of(
            "not json", "the reply was not JSON",
            "[1, 2]", "the reply did not say stat OK",
            "{\"stat\": \"FAIL\", \"response\": []}", "the reply did not say stat OK",
            "{\"response\": [{\"item_id\": \"I1\"}]}", "the reply did not say stat OK",
            "{\"stat\": \"OK\", \"response\": {\"item_id\": \"I1\"}}",
                "expected a list in the reply",
            "{\"stat\": \"OK\", \"response\": [{\"item_id\": {\"a\": 1}}]}",
                "the reply did not match Item",
            "{\"stat\": \"OK\", \"response\": [{\"item_id\": \"I1\"}", "the reply was not JSON");

    detailByBody.forEach(
        (body, detail) -> {
          duo.body(body);
          assertThatThrownBy(this::firstPage)
              .as(body)
              .isInstanceOfSatisfying(
                  DuoApiException.class,
                  e -> {
                    assertThat(e.messageDetail()).as(body).isEqualTo(Optional.of(detail));
                    assertThat(e.duoMessage()).contains("Unexpected reply");
                    assertThat(e.path()).isEqualTo("/admin/v1/items");
                  });
        });
  }

  @Test
  void repeatedEnvelopeFields_readAsTheTreeDid_lastOneWins() {
    duo.body(
        "{\"stat\": \"FAIL\", \"response\": [{\"item_id\": \"I0\"}], \"stat\": \"OK\","
            + " \"response\": [{\"item_id\": \"I1\"}]}");

    assertThat(firstPage().items()).extracting(Item::itemId).containsExactly("I1");
  }
}
