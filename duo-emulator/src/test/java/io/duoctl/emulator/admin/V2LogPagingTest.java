package io.duoctl.emulator.admin;

import static io.duoctl.emulator.admin.AdminTestBed.assertInvalid;
import static io.duoctl.emulator.admin.AdminTestBed.assertOk;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.emulator.admin.AdminClient.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The three v2 logs page alike (admin-api.md §2.3, §7.8; the Logs section of the README): {@code
 * next_offset} names the last entry while more follow and is null on the last page, whether it is
 * partly filled, exactly full or empty.
 */
class V2LogPagingTest {

  private final AdminTestBed bed = new AdminTestBed();

  @AfterEach
  void stop() {
    bed.close();
  }

  private void seed(V2LogKind log, int count) {
    Instant start = AdminTestBed.NOW.minus(Duration.ofHours(1));
    for (int i = 0; i < count; i++) {
      // pairs share a millisecond so the id decides their order
      log.add(bed.world(), bed.account, start.plusMillis(1000L * (i / 2)), id(i));
    }
  }

  private Reply page(V2LogKind log, int limit, List<String> cursor) {
    List<String> params = new ArrayList<>();
    params.addAll(List.of("mintime", ms(AdminTestBed.NOW.minus(Duration.ofDays(1)))));
    params.addAll(List.of("maxtime", ms(AdminTestBed.NOW)));
    params.addAll(List.of("limit", Integer.toString(limit), "sort", "ts:asc"));
    for (String part : cursor) {
      params.addAll(List.of("next_offset", part));
    }
    return bed.admin.get(log.path, params.toArray(String[]::new));
  }

  private static String id(int n) {
    return String.format("00000000-0000-4000-8000-%012d", n);
  }

  private static String ms(Instant at) {
    return Long.toString(at.toEpochMilli());
  }

  private static List<String> cursorOf(JsonNode nextOffset) {
    if (nextOffset.isArray()) {
      return List.of(nextOffset.get(0).asText() + "," + nextOffset.get(1).asText());
    }
    return List.of(nextOffset.asText());
  }

  @ParameterizedTest
  @EnumSource(V2LogKind.class)
  void partlyFilledLastPage_hasNullNextOffset(V2LogKind log) {
    seed(log, 5);

    Reply first = page(log, 3, List.of());
    Reply last = page(log, 3, cursorOf(first.response().get("metadata").get("next_offset")));

    assertOk(last);
    assertThat(first.response().get(log.items)).hasSize(3);
    assertThat(last.response().get(log.items)).hasSize(2);
    assertThat(last.response().get("metadata").get("next_offset").isNull()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(V2LogKind.class)
  void exactlyFullLastPage_andEmptyAnswer_haveNullNextOffset(V2LogKind log) {
    Reply empty = page(log, 3, List.of());
    seed(log, 3);
    Reply full = page(log, 3, List.of());

    assertThat(empty.response().get(log.items)).isEmpty();
    assertThat(empty.response().get("metadata").get("next_offset").isNull()).isTrue();
    assertThat(full.response().get(log.items)).hasSize(3);
    assertThat(full.response().get("metadata").get("next_offset").isNull()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(V2LogKind.class)
  void cursorOfAnyEntry_resumesRightAfterIt_evenOnceNewEntriesArrive(V2LogKind log) {
    seed(log, 4);
    JsonNode all = page(log, 10, List.of()).response().get(log.items);
    JsonNode last = all.get(3);
    String lastTs =
        Long.toString(AdminTestBed.NOW.minus(Duration.ofHours(1)).plusSeconds(1).toEpochMilli());
    List<String> resume = List.of(lastTs + "," + last.get(log.id).asText());

    Reply nothingYet = page(log, 10, resume);
    log.add(bed.world(), bed.account, AdminTestBed.NOW.minus(Duration.ofMinutes(30)), id(99));
    Reply newer = page(log, 10, resume);

    assertThat(nothingYet.response().get(log.items)).isEmpty();
    assertThat(nothingYet.response().get("metadata").get("next_offset").isNull()).isTrue();
    assertThat(newer.response().get(log.items)).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(V2LogKind.class)
  void validation_namesTheParameter_40002(V2LogKind log) {
    assertInvalid(bed.admin.get(log.path, "maxtime", ms(AdminTestBed.NOW)), "mintime");
    assertInvalid(bed.admin.get(log.path, "mintime", ms(AdminTestBed.NOW)), "maxtime");
    String min = ms(AdminTestBed.NOW.minusSeconds(60));
    String max = ms(AdminTestBed.NOW);
    assertInvalid(bed.admin.get(log.path, "mintime", min, "maxtime", max, "limit", "0"), "limit");
    assertInvalid(bed.admin.get(log.path, "mintime", min, "maxtime", max, "sort", "up"), "sort");
    assertInvalid(
        bed.admin.get(log.path, "mintime", min, "maxtime", max, "next_offset", "abc"),
        "next_offset");
    assertInvalid(
        bed.admin.get(log.path, "mintime", min, "maxtime", max, "next_offset", "x,DU1"),
        "next_offset");
  }

  @ParameterizedTest
  @EnumSource(V2LogKind.class)
  void shortenedLogDelay_showsYoungerEntries_notDuo(V2LogKind log) {
    log.add(bed.world(), bed.account, AdminTestBed.NOW.minusSeconds(30), id(1));
    Reply hidden = page(log, 10, List.of());
    bed.world().logDelay(Duration.ofSeconds(10));
    Reply shown = page(log, 10, List.of());

    assertThat(hidden.response().get(log.items)).isEmpty();
    assertThat(shown.response().get(log.items)).hasSize(1);
  }
}
