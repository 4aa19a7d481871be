package io.duoctl.core.logexport.exports;

import static io.duoctl.core.logexport.exports.ExportWorld.await;
import static io.duoctl.core.logexport.exports.ExportWorld.keysInFiles;
import static org.assertj.core.api.Assertions.assertThat;

import io.duoctl.core.access.ApiScope;
import io.duoctl.core.jobs.OrganizationSelection;
import io.duoctl.core.logexport.ExportedEvent;
import io.duoctl.core.logexport.LogKind;
import io.duoctl.core.logexport.sinks.file.FileSinkConfig;
import io.duoctl.core.logexport.sinks.file.JsonLinesFileSink;
import io.duoctl.core.testing.Backend;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine end to end: organizations' authentication logs read from the emulator over real HTTP
 * and delivered to a JSON-lines file and a real HTTP endpoint, every event exactly once, also when
 * a sink fails for a while and when the engine restarts in the middle, with a batch written whose
 * checkpoint was not.
 */
@Tag("slow")
class LogExporterEmulatorTest {
  private static final Duration WAIT = Duration.ofSeconds(60);

  @TempDir Path tempDir;
  private ExportWorld world;
  private HttpReceiver receiver;

  @BeforeEach
  void world() throws Exception {
    world = new ExportWorld(Backend.H2, tempDir);
    receiver = new HttpReceiver();
  }

  @AfterEach
  void close() {
    receiver.close();
    world.close();
  }

  private Path files() {
    return tempDir.resolve("siem");
  }

  private LogExport create(String... sinks) {
    return world.exports.create(
        new NewLogExport(
            "siem",
            null,
            OrganizationSelection.allMapped(),
            List.of("authentication"),
            "-10d",
            java.util.Arrays.stream(sinks).map(s -> SinkSpecs.parseText(s, "sink")).toList()),
        ApiScope.ADMIN,
        "alice");
  }

  @Test
  void severalOrganizations_reachFileAndHttpSink_everyEventExactlyOnce() throws Exception {
    world.organization("Harbor Dental", 5, 400);
    world.organization("Bluebird Bakery", 2, 30);
    world.organization("Maple Street Veterinary", 1, 10);
    Set<String> expected = world.expectedAuthenticationKeys();
    assertThat(expected).hasSizeGreaterThan(1000);
    create("file:" + files(), "http:" + receiver.url() + ",name=siem-http,max_backoff=PT0S");

    world.exporter();

    await(() -> keysInFiles(files()).size() >= expected.size(), WAIT);
    await(() -> receiver.keys().size() >= expected.size(), WAIT);
    Thread.sleep(600);
    assertThat(keysInFiles(files()))
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(receiver.keys())
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(expected);
    ExportStatus status = world.exports.status("siem");
    assertThat(status.progress()).hasSize(6);
    assertThat(status.progress().stream().mapToLong(SinkProgress::eventsExported).sum())
        .isEqualTo(2L * expected.size());
    assertThat(status.progress()).allSatisfy(p -> assertThat(p.lastError()).isNull());
  }

  @Test
  void aFailingSink_holdsOnlyItsOwnCheckpoint_andCatchesUpOnceBack() throws Exception {
    world.organization("Harbor Dental", 2, 50);
    Set<String> expected = world.expectedAuthenticationKeys();
    receiver.failing = true;
    create("file:" + files(), "http:" + receiver.url() + ",name=siem-http,max_backoff=PT0S");

    world.exporter();

    await(() -> keysInFiles(files()).size() >= expected.size(), WAIT);
    await(() -> receiver.refused.get() > 0, WAIT);
    assertThat(receiver.keys()).isEmpty();
    await(
        () ->
            world.exports.status("siem").progress().stream()
                .anyMatch(p -> p.sink().equals("siem-http") && p.lastError() != null),
        WAIT);
    receiver.failing = false;
    await(() -> receiver.keys().size() >= expected.size(), WAIT);
    Thread.sleep(600);
    assertThat(receiver.keys())
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(keysInFiles(files()))
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(expected);
    await(
        () -> world.exports.status("siem").progress().stream().allMatch(p -> p.lastError() == null),
        WAIT);
  }

  @Test
  void aBatchWrittenWhoseCheckpointWasNot_andARestart_loseAndRepeatNothing() throws Exception {
    world.organization("Harbor Dental", 5, 400);
    world.organization("Bluebird Bakery", 2, 30);
    Set<String> expected = world.expectedAuthenticationKeys();
    LogExport export = create("file:" + files());
    // A crash after the file took a batch and before its checkpoint was committed, with a torn
    // line.
    ExportOrganization harbor = world.organizations.getFirst();
    Partition partition = new Partition("siem", harbor.id(), LogKind.AUTHENTICATION);
    String start = LogSource.start(LogKind.AUTHENTICATION, export.start());
    LogSource.Read first =
        LogSource.read(
            world.sources().logs(null, harbor.id()),
            LogKind.AUTHENTICATION,
            harbor,
            start,
            world.clock.instant());
    List<ExportedEvent> batch =
        first.events().stream().limit(300).map(LogSource.Positioned::event).toList();
    try (JsonLinesFileSink sink =
        new JsonLinesFileSink(FileSinkConfig.of("file", files()), world.clock)) {
      sink.deliver(batch);
    }
    Files.writeString(
        files().resolve("duoctl-events.jsonl"),
        "{\"organization\":{\"id\":\"torn",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    Checkpoint inFlight =
        new Checkpoint(
            partition,
            harbor.name(),
            "file",
            start,
            LogSource.timeOf(LogKind.AUTHENTICATION, start),
            List.of(),
            0,
            world.clock.instant(),
            null,
            null,
            null,
            null);
    assertThat(world.store.save(inFlight, null)).isTrue();

    LogExporter node = world.exporter();
    await(() -> keysInFiles(files()).size() > 600, WAIT);
    node.close();
    world.exporter();

    await(() -> keysInFiles(files()).size() >= expected.size(), WAIT);
    Thread.sleep(600);
    assertThat(keysInFiles(files()))
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(
            world.exports.status("siem").progress().stream()
                .filter(p -> p.organizationId().equals(harbor.id()))
                .mapToLong(SinkProgress::eventsExported)
                .sum())
        .isEqualTo(expected.stream().filter(k -> k.startsWith(harbor.id() + ":")).count() - 300);
  }

  @Test
  void stoppedExport_exportsNothingMore_andStartingItResumes() throws Exception {
    world.organization("Bluebird Bakery", 1, 20);
    Set<String> expected = world.expectedAuthenticationKeys();
    create("file:" + files());
    world.exports.stop("siem", ApiScope.ADMIN, "alice");

    LogExporter node = world.exporter();
    Thread.sleep(800);
    assertThat(keysInFiles(files())).isEmpty();

    world.exports.start("siem", ApiScope.ADMIN, "alice");
    await(() -> !node.owned().isEmpty() || keysInFiles(files()).size() >= expected.size(), WAIT);
    await(() -> keysInFiles(files()).size() >= expected.size(), WAIT);
    assertThat(keysInFiles(files())).containsExactlyInAnyOrderElementsOf(expected);
  }
}
