package io.duoctl.core.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.duoctl.core.actions.ActionJson;
import io.duoctl.core.testing.Backend;
import io.duoctl.core.testing.CoreFixture;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A job's rows stored whole and read back as a stream, against every backend. */
abstract class JobRowStreamContract {

  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  private static final Duration POLL = Duration.ofMillis(20);

  @TempDir Path tempDir;
  private CoreFixture fixture;
  private JobStore store;

  abstract Backend backend();

  @BeforeEach
  void open() {
    fixture = new CoreFixture(backend(), tempDir);
    store = new JobStore(fixture.jdbi());
  }

  @AfterEach
  void close() {
    if (fixture != null) {
      fixture.close();
    }
  }

  private void insertJob(String id, int total) {
    List<String> organizations = new ArrayList<>();
    for (int i = 0; i < total; i++) {
      organizations.add("org-" + i);
    }
    store.insertJob(
        new JobSummary(
            id,
            "users.list",
            "cli:alice",
            false,
            "all",
            "{}",
            new JobProgress(id, JobState.RUNNING, total, 0, 0),
            T0,
            null),
        null,
        organizations);
  }

  private static JobRow row(String jobId, int index, JsonNode data) {
    return new JobRow(
        jobId,
        index,
        "org-" + index,
        "Org " + index,
        true,
        null,
        null,
        null,
        null,
        data,
        Duration.ofMillis(80),
        T0.plusSeconds(index));
  }

  private static ArrayNode users(int count) {
    ArrayNode users = ActionJson.mapper().createArrayNode();
    for (int i = 0; i < count; i++) {
      users
          .addObject()
          .put("user_id", "DU" + "%018d".formatted(i))
          .put("username", "user" + i)
          .put("realname", "User Number " + i)
          .put("email", "user" + i + "@example.com")
          .put("status", "active")
          .putArray("phones")
          .addObject()
          .put("phone_id", "DP" + i)
          .put("number", "+1555" + "%07d".formatted(i));
    }
    return users;
  }

  @Test
  void rowPage_countsByPosition_andReadsOnlyThePage() {
    insertJob("j1", 5);
    for (int index : new int[] {4, 0, 2}) {
      store.insertRow(row("j1", index, users(index + 1)));
    }

    JobHistory.RowPage page = store.rowPage("j1", 1, 1);

    assertThat(page.total()).isEqualTo(3);
    assertThat(page.rows()).extracting(JobRow::index).containsExactly(2);
    assertThat(page.rows().get(0).data()).isEqualTo(users(3));
    assertThat(store.rowPage("j1", 1, 10).rows()).extracting(JobRow::index).containsExactly(2, 4);
    assertThat(store.rowPage("j1", 3, 10).rows()).isEmpty();
    assertThat(store.rowPage("unknown", 0, 10)).isEqualTo(new JobHistory.RowPage(List.of(), 0));
  }

  @Test
  void rowData_largerThan900000Characters_isStoredWhole() {
    ArrayNode users = users(6_000);
    assertThat(users.toString().length()).isGreaterThan(900_000);
    insertJob("j1", 1);
    store.insertRow(row("j1", 0, users));

    assertThat(store.rows("j1").get(0).data()).isEqualTo(users);
    List<StoredRow> streamed = new ArrayList<>();
    store.forEachRow("j1", -1, streamed::add);
    assertThat(streamed).hasSize(1);
    assertThat(streamed.get(0).data().tree()).isEqualTo(users);
    assertThat(streamed.get(0).data().storedSize()).isLessThan(users.toString().length() / 4);
  }

  @Test
  void copyTo_writesTheStoredJsonToken_byToken() throws Exception {
    ArrayNode users = users(3);
    insertJob("j1", 1);
    store.insertRow(row("j1", 0, users));
    StringWriter out = new StringWriter();

    store.forEachRow(
        "j1",
        -1,
        stored -> {
          try (JsonGenerator generator = ActionJson.mapper().createGenerator(out)) {
            stored.data().copyTo(generator);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });

    assertThat(ActionJson.mapper().readTree(out.toString())).isEqualTo(users);
  }

  @Test
  void forEachRow_handsEveryRowInOrganizationOrder_fromTheIndexGiven() {
    insertJob("j1", 40);
    for (int i = 39; i >= 0; i--) {
      store.insertRow(row("j1", i, users(1)));
    }

    List<Integer> all = new ArrayList<>();
    store.forEachRow("j1", -1, stored -> all.add(stored.row().index()));
    List<Integer> after = new ArrayList<>();
    store.forEachRow("j1", 30, stored -> after.add(stored.row().index()));

    assertThat(all).hasSize(40).isSorted();
    assertThat(after).containsExactly(31, 32, 33, 34, 35, 36, 37, 38, 39);
    List<StoredRow> none = new ArrayList<>();
    store.forEachRow("none", -1, none::add);
    assertThat(none).isEmpty();
  }

  @Test
  void followRows_handsEachRowAsItIsStored_andReturnsWhenTheJobEnds() throws Exception {
    insertJob("j1", 3);
    store.insertRow(row("j1", 2, users(2)));
    List<Integer> handed = new CopyOnWriteArrayList<>();
    ExecutorService thread = Executors.newSingleThreadExecutor();
    try {
      Future<Boolean> following =
          thread.submit(() -> store.followRows("j1", POLL, r -> handed.add(r.row().index())));

      waitFor(() -> handed.size() == 1);
      store.insertRow(row("j1", 0, users(2)));
      waitFor(() -> handed.size() == 2);
      assertThat(following.isDone()).isFalse();
      store.insertRow(row("j1", 1, users(2)));
      store.finishJob(new JobProgress("j1", JobState.SUCCEEDED, 3, 3, 0), T0.plusSeconds(9));

      assertThat(following.get(10, TimeUnit.SECONDS)).isTrue();
      assertThat(handed).containsExactly(2, 0, 1);
      assertThat(store.followRows("none", POLL, r -> handed.add(-1))).isFalse();
    } finally {
      thread.shutdownNow();
    }
  }

  @Test
  void rowsStoredAsTextBeforeTheyWereCompressed_stayReadable() {
    insertJob("j1", 1);
    fixture
        .jdbi()
        .useHandle(
            h ->
                h.execute(
                    "INSERT INTO action_job_row (job_id, row_index, organization_id,"
                        + " organization_name, ok, result_data, duration_ms, finished_at)"
                        + " VALUES ('j1', 0, 'org-0', 'Org 0', TRUE, '[{\"username\":\"jdoe\"}]',"
                        + " 5, CURRENT_TIMESTAMP)"));

    assertThat(store.rows("j1").get(0).data().get(0).path("username").asText()).isEqualTo("jdoe");
    List<StoredRow> streamed = new ArrayList<>();
    store.forEachRow("j1", -1, streamed::add);
    assertThat(streamed.get(0).whole().data()).isEqualTo(store.rows("j1").get(0).data());
  }

  private static void waitFor(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited 10 s").isLessThan(until);
      Thread.sleep(10);
    }
  }
}
