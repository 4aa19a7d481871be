package io.duoctl.core.logexport.sinks.file;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.duoctl.core.logexport.ExportedEvent;
import io.duoctl.core.logexport.ExportedEventJson;
import io.duoctl.core.logexport.Sink;
import io.duoctl.core.logexport.SinkUnavailableException;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

/**
 * Writes each batch as JSON lines ({@link ExportedEventJson}) to the end of the current file and
 * forces it to disk before {@link #deliver} returns. Before a batch, the current file is rotated
 * (renamed, see {@link FileNames}) when its period has ended or the batch would take it past the
 * size limit; a batch is never split across files.
 *
 * <p>A batch is whole or absent: when writing or forcing fails, the file is cut back to where the
 * batch began (if even that fails, the cut happens when the file is reopened on the next delivery),
 * so delivering the batch again writes it once. A file left with a torn last line by a killed
 * process is cut back to its last whole line when opened. Nothing is opened until the first
 * delivery. Thread-safe.
 */
public final class JsonLinesFileSink implements Sink {
  /** How many rotated files besides the current one a recovery scans. */
  static final int RECOVERY_FILES = 3;

  /** How far another node's clock may be behind this one's, for recovery. */
  private static final Duration CLOCK_SLACK = Duration.ofMinutes(1);

  private static final ObjectMapper KEYS = new ObjectMapper();

  private final FileSinkConfig config;
  private final Clock clock;
  private final LogFile.Opener opener;
  private final FileNames names;
  private final ReentrantLock lock = new ReentrantLock();

  private LogFile file;
  private Instant filePeriod;
  private long batchStart = -1;
  private boolean closed;

  /** A sink writing as {@code config} says, reading time (for rotation) from {@code clock}. */
  public JsonLinesFileSink(FileSinkConfig config, Clock clock) {
    this(config, clock, ChannelLogFile::open);
  }

  JsonLinesFileSink(FileSinkConfig config, Clock clock, LogFile.Opener opener) {
    this.config = config;
    this.clock = clock;
    this.opener = opener;
    this.names = new FileNames(config.filePrefix(), config.rotateEvery());
  }

  @Override
  public String name() {
    return config.name();
  }

  @Override
  public void deliver(List<ExportedEvent> batch) {
    if (batch.isEmpty()) {
      return;
    }
    byte[] lines = lines(batch);
    lock.lock();
    try {
      if (closed) {
        throw new IllegalStateException("sink " + name() + " is closed");
      }
      write(lines);
    } catch (IOException e) {
      closeQuietly();
      throw new SinkUnavailableException(
          name(),
          "cannot write to "
              + config.directory()
              + ": "
              + e.getMessage()
              + "; check that the directory exists, is writable and has space",
          null,
          e);
    } finally {
      lock.unlock();
    }
  }

  private void write(byte[] lines) throws IOException {
    Instant now = clock.instant();
    open(now);
    long size = file.size();
    if (size > 0
        && (!names.periodOf(now).equals(filePeriod)
            || size + lines.length > config.maxFileBytes())) {
      rotate();
      open(now);
      size = 0;
    }
    batchStart = size;
    file.append(ByteBuffer.wrap(lines));
    file.force();
    batchStart = -1;
  }

  private void open(Instant now) throws IOException {
    if (file != null) {
      return;
    }
    Files.createDirectories(config.directory());
    Path current = config.directory().resolve(names.current());
    // Read before opening: cutting a torn line changes the time of last change.
    Instant lastChange =
        Files.exists(current) ? Files.getLastModifiedTime(current).toInstant() : now;
    file = opener.open(current);
    if (batchStart >= 0 && file.size() > batchStart) {
      file.truncate(batchStart);
      file.force();
    }
    batchStart = -1;
    if (filePeriod == null) {
      // Every write happens in its file's period, so a file found at start belongs to the period
      // of its last change.
      filePeriod = names.periodOf(file.size() > 0 ? lastChange : now);
    }
  }

  private void rotate() throws IOException {
    file.close();
    file = null;
    Path current = config.directory().resolve(names.current());
    int sequence = 0;
    Path target = config.directory().resolve(names.rotated(filePeriod, sequence));
    while (Files.exists(target)) {
      target = config.directory().resolve(names.rotated(filePeriod, ++sequence));
    }
    Files.move(current, target, StandardCopyOption.ATOMIC_MOVE);
    filePeriod = null;
    forceDirectory();
    if (config.keepFiles() != null) {
      Retention.apply(config.directory(), names, config.keepFiles());
    }
  }

  // A rename is durable only once the directory itself is forced.
  private void forceDirectory() {
    try (FileChannel directory = FileChannel.open(config.directory(), StandardOpenOption.READ)) {
      directory.force(true);
    } catch (IOException unsupported) {
      // Some platforms cannot open a directory; the rename stands, it may just not survive a crash.
    }
  }

  /**
   * Scans the current file and every rotated one that may have been written from {@code since} on
   * (those of its period or later, a minute earlier for another node's clock; at least the {@value
   * #RECOVERY_FILES} newest) for the keys of {@code events}. A torn last line is cut off when the
   * current file is opened, so it never counts as held.
   */
  @Override
  public Set<String> alreadyHeld(List<ExportedEvent> events, Instant since) {
    Set<String> wanted = new HashSet<>();
    events.forEach(event -> wanted.add(event.key()));
    Set<String> held = new HashSet<>();
    lock.lock();
    try {
      if (closed) {
        throw new IllegalStateException("sink " + name() + " is closed");
      }
      open(clock.instant());
      for (Path path : filesSince(since)) {
        scan(path, wanted, held);
      }
      return held;
    } catch (IOException e) {
      closeQuietly();
      throw new SinkUnavailableException(
          name(), "cannot read " + config.directory() + " to recover: " + e.getMessage(), null, e);
    } finally {
      lock.unlock();
    }
  }

  private List<Path> filesSince(Instant since) throws IOException {
    String fromStamp = names.stamp(names.periodOf(since.minus(CLOCK_SLACK)));
    List<Path> files = new ArrayList<>();
    files.add(config.directory().resolve(names.current()));
    List<FileNames.Rank> rotated;
    try (Stream<Path> listing = Files.list(config.directory())) {
      rotated =
          listing
              .map(names::rank)
              .flatMap(Optional::stream)
              .sorted(FileNames.Rank.OLDEST_FIRST.reversed())
              .toList();
    }
    for (int i = 0; i < rotated.size(); i++) {
      FileNames.Rank rank = rotated.get(i);
      if (i < RECOVERY_FILES || rank.stamp().compareTo(fromStamp) >= 0) {
        files.add(rank.file());
      }
    }
    return files;
  }

  private static void scan(Path path, Set<String> wanted, Set<String> held) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String key = keyOf(line);
        if (key != null && wanted.contains(key)) {
          held.add(key);
        }
      }
    }
  }

  private static String keyOf(String line) {
    try {
      JsonNode key = KEYS.readTree(line).get("key");
      return key == null ? null : key.asText();
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  private static byte[] lines(List<ExportedEvent> batch) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(batch.size() * 512);
    for (ExportedEvent event : batch) {
      out.writeBytes(ExportedEventJson.bytes(event));
      out.write('\n');
    }
    return out.toByteArray();
  }

  private void closeQuietly() {
    if (file == null) {
      return;
    }
    if (batchStart >= 0) {
      try {
        file.truncate(batchStart);
        file.force();
        batchStart = -1;
      } catch (IOException e) {
        // batchStart stays set: the next open cuts the batch off.
      }
    }
    try {
      file.close();
    } catch (IOException ignored) {
      // nothing more to release
    }
    file = null;
  }

  @Override
  public void close() {
    lock.lock();
    try {
      closed = true;
      closeQuietly();
    } finally {
      lock.unlock();
    }
  }
}
