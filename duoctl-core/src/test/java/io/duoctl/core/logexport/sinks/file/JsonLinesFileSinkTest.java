package io.duoctl.core.logexport.sinks.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.core.logexport.ExportedEvent;
import io.duoctl.core.logexport.InvalidSinkConfigException;
import io.duoctl.core.logexport.SampleEvents;
import io.duoctl.core.logexport.SinkUnavailableException;
import io.duoctl.core.testing.MutableClock;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesFileSinkTest {
  @TempDir Path dir;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T10:20:00Z"));

  @Test
  void deliver_writesOneParsableLinePerEventWithTheOrganization() throws IOException {
    try (JsonLinesFileSink sink = new JsonLinesFileSink(FileSinkConfig.of("archive", dir), clock)) {
      sink.deliver(
          List.of(
              SampleEvents.authentication("tx-1", "jdoe", "denied"),
              SampleEvents.administrator("adm-1", "Ann Admin", "line one\nline two")));
    }

    List<JsonNode> lines = lines(dir.resolve("duoctl-events.jsonl"));
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0).at("/organization/id").asText()).isEqualTo("org-1");
    assertThat(lines.get(0).at("/organization/name").asText()).isEqualTo("Harbor Dental");
    assertThat(lines.get(0).get("log").asText()).isEqualTo("authentication");
    assertThat(lines.get(0).get("key").asText()).isEqualTo("tx-1");
    assertThat(lines.get(0).get("timestamp").asText()).isEqualTo("2026-12-07T10:15:30.250Z");
    assertThat(lines.get(0).get("event"))
        .isEqualTo(SampleEvents.authentication("tx-1", "jdoe", "denied").event());
    assertThat(lines.get(1).at("/event/description").asText()).isEqualTo("line one\nline two");
  }

  @Test
  void deliver_rotatesByTimeIntoTheNameOfTheEndedPeriod() throws IOException {
    try (JsonLinesFileSink sink = new JsonLinesFileSink(FileSinkConfig.of("archive", dir), clock)) {
      sink.deliver(SampleEvents.batch("a", 1));
      clock.advance(Duration.ofMinutes(39));
      sink.deliver(SampleEvents.batch("a", 2).subList(1, 2));
      clock.advance(Duration.ofMinutes(1));
      sink.deliver(SampleEvents.batch("b", 1));
      clock.advance(Duration.ofMinutes(60));
      sink.deliver(SampleEvents.batch("c", 1));
    }

    assertThat(keys(dir.resolve("duoctl-events-2026-12-07T10-00-00Z.jsonl")))
        .containsExactly("a-0", "a-1");
    assertThat(keys(dir.resolve("duoctl-events-2026-12-07T11-00-00Z.jsonl")))
        .containsExactly("b-0");
    assertThat(keys(dir.resolve("duoctl-events.jsonl"))).containsExactly("c-0");
  }

  @Test
  void deliver_rotatesBySizeWithoutSplittingABatch() throws IOException {
    FileSinkConfig config =
        FileSinkConfig.of("archive", dir).withRotation(1024, Duration.ofHours(1));
    try (JsonLinesFileSink sink = new JsonLinesFileSink(config, clock)) {
      for (int i = 0; i < 4; i++) {
        sink.deliver(SampleEvents.batch("b" + i, 2));
      }
    }

    List<String> names = fileNames();
    assertThat(names)
        .containsExactlyInAnyOrder(
            "duoctl-events-2026-12-07T10-00-00Z.jsonl",
            "duoctl-events-2026-12-07T10-00-00Z.1.jsonl",
            "duoctl-events-2026-12-07T10-00-00Z.2.jsonl",
            "duoctl-events.jsonl");
    List<String> all = new ArrayList<>();
    for (String name :
        List.of(
            "duoctl-events-2026-12-07T10-00-00Z.jsonl",
            "duoctl-events-2026-12-07T10-00-00Z.1.jsonl",
            "duoctl-events-2026-12-07T10-00-00Z.2.jsonl",
            "duoctl-events.jsonl")) {
      List<String> keys = keys(dir.resolve(name));
      assertThat(keys).hasSize(2);
      assertThat(Files.size(dir.resolve(name))).isLessThanOrEqualTo(1024);
      all.addAll(keys);
    }
    assertThat(all).containsExactly("b0-0", "b0-1", "b1-0", "b1-1", "b2-0", "b2-1", "b3-0", "b3-1");
  }

  @Test
  void rotation_keepsOnlyTheNewestRotatedFiles() throws IOException {
    FileSinkConfig config = FileSinkConfig.of("archive", dir).withKeepFiles(2);
    try (JsonLinesFileSink sink = new JsonLinesFileSink(config, clock)) {
      for (int i = 0; i < 5; i++) {
        sink.deliver(SampleEvents.batch("h" + i, 1));
        clock.advance(Duration.ofHours(1));
      }
    }

    assertThat(fileNames())
        .containsExactlyInAnyOrder(
            "duoctl-events-2026-12-07T12-00-00Z.jsonl",
            "duoctl-events-2026-12-07T13-00-00Z.jsonl",
            "duoctl-events.jsonl");
  }

  @Test
  void failedWrite_leavesNoPartOfTheBatchAndTheRetryWritesItOnce() throws IOException {
    FailingOpener opener = new FailingOpener(false);
    try (JsonLinesFileSink sink =
        new JsonLinesFileSink(FileSinkConfig.of("archive", dir), clock, opener)) {
      sink.deliver(SampleEvents.batch("first", 2));
      opener.failNextAppend = true;

      assertThatThrownBy(() -> sink.deliver(SampleEvents.batch("second", 3)))
          .isInstanceOf(SinkUnavailableException.class)
          .hasMessageContaining("sink archive: cannot write to " + dir)
          .hasMessageContaining("disk full");
      assertThat(keys(dir.resolve("duoctl-events.jsonl"))).containsExactly("first-0", "first-1");

      sink.deliver(SampleEvents.batch("second", 3));
    }

    assertThat(keys(dir.resolve("duoctl-events.jsonl")))
        .containsExactly("first-0", "first-1", "second-0", "second-1", "second-2");
  }

  @Test
  void failedWriteAndCut_isCutWhenTheFileIsReopened() throws IOException {
    FailingOpener opener = new FailingOpener(true);
    try (JsonLinesFileSink sink =
        new JsonLinesFileSink(FileSinkConfig.of("archive", dir), clock, opener)) {
      sink.deliver(SampleEvents.batch("first", 1));
      opener.failNextAppend = true;
      assertThatThrownBy(() -> sink.deliver(SampleEvents.batch("second", 2)))
          .isInstanceOf(SinkUnavailableException.class);
      assertThat(Files.readString(dir.resolve("duoctl-events.jsonl"))).doesNotEndWith("\n");

      sink.deliver(SampleEvents.batch("second", 2));
    }

    assertThat(keys(dir.resolve("duoctl-events.jsonl")))
        .containsExactly("first-0", "second-0", "second-1");
  }

  @Test
  void open_cutsATornLineLeftByAKilledProcess() throws IOException {
    String whole = new String(lineOf("old-0"), StandardCharsets.UTF_8);
    Path current = dir.resolve("duoctl-events.jsonl");
    Files.writeString(current, whole + "{\"organization\":{\"id\":\"or");
    Files.setLastModifiedTime(current, java.nio.file.attribute.FileTime.from(clock.instant()));
    try (JsonLinesFileSink sink = new JsonLinesFileSink(FileSinkConfig.of("archive", dir), clock)) {
      sink.deliver(SampleEvents.batch("new", 1));
    }

    assertThat(keys(dir.resolve("duoctl-events.jsonl"))).containsExactly("old-0", "new-0");
  }

  @Test
  void alreadyHeld_findsABatchWrittenSinceItsMarkHoweverManyFilesWereRotatedAfterIt()
      throws IOException {
    FileSinkConfig everyMinute =
        FileSinkConfig.of("archive", dir).withRotation(1024 * 1024, Duration.ofMinutes(1));
    Instant inFlightSince = clock.instant();
    List<ExportedEvent> batch = SampleEvents.batch("killed-before-its-checkpoint", 3);
    try (JsonLinesFileSink sink = new JsonLinesFileSink(everyMinute, clock)) {
      sink.deliver(batch);
      for (int minute = 0; minute < JsonLinesFileSink.RECOVERY_FILES + 3; minute++) {
        clock.advance(Duration.ofMinutes(1));
        sink.deliver(SampleEvents.batch("other-" + minute, 1));
      }
    }

    try (JsonLinesFileSink restarted = new JsonLinesFileSink(everyMinute, clock)) {
      assertThat(restarted.alreadyHeld(batch, inFlightSince))
          .containsExactlyInAnyOrderElementsOf(batch.stream().map(ExportedEvent::key).toList());
    }
  }

  @Test
  void config_namesEveryBadField() {
    assertThatThrownBy(
            () ->
                new FileSinkConfig(
                    "Bad Name", Path.of("relative"), "../x", 10, Duration.ofSeconds(5), 0))
        .isInstanceOf(InvalidSinkConfigException.class)
        .hasMessageContaining("name: must be lower-case")
        .hasMessageContaining("directory: must be an absolute path, was relative")
        .hasMessageContaining("file_prefix: must be 1 to 64 letters")
        .hasMessageContaining("max_file_bytes: must be from 1024 (1 KiB)")
        .hasMessageContaining("rotate_every: must be from PT1M to PT744H")
        .hasMessageContaining("keep_files: must be from 1");
  }

  private static byte[] lineOf(String key) {
    ExportedEvent event = SampleEvents.authentication(key, "u", "success");
    return (io.duoctl.core.logexport.ExportedEventJson.line(event) + "\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  private List<String> fileNames() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).toList();
    }
  }

  private static List<JsonNode> lines(Path file) throws IOException {
    String text = Files.readString(file);
    assertThat(text).endsWith("\n");
    return text.lines().map(SampleEvents::json).toList();
  }

  private static List<String> keys(Path file) throws IOException {
    return lines(file).stream().map(line -> line.get("key").asText()).toList();
  }

  /** Opens real files; when told, the next append writes half its bytes, then fails. */
  private static final class FailingOpener implements LogFile.Opener {
    private final boolean cutFails;
    boolean failNextAppend;

    FailingOpener(boolean cutFails) {
      this.cutFails = cutFails;
    }

    @Override
    public LogFile open(Path path) throws IOException {
      LogFile real = ChannelLogFile.open(path);
      return new LogFile() {
        private boolean failedHere;

        @Override
        public long size() throws IOException {
          return real.size();
        }

        @Override
        public void append(ByteBuffer bytes) throws IOException {
          if (failNextAppend) {
            failNextAppend = false;
            failedHere = true;
            real.append(bytes.slice(0, bytes.remaining() / 2 + 7));
            throw new IOException("disk full");
          }
          real.append(bytes);
        }

        @Override
        public void force() throws IOException {
          real.force();
        }

        @Override
        public void truncate(long size) throws IOException {
          if (cutFails && failedHere) {
            throw new IOException("device gone");
          }
          real.truncate(size);
        }

        @Override
        public void close() throws IOException {
          real.close();
        }
      };
    }
  }
}
