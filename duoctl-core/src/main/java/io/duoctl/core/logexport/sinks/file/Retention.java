package io.duoctl.core.logexport.sinks.file;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Deletes the oldest rotated files of a sink beyond the number to keep. */
final class Retention {
  private Retention() {}

  static void apply(Path directory, FileNames names, int keep) throws IOException {
    List<FileNames.Rank> rotated;
    try (Stream<Path> files = Files.list(directory)) {
      rotated =
          files
              .map(names::rank)
              .flatMap(Optional::stream)
              .sorted(FileNames.Rank.OLDEST_FIRST)
              .toList();
    }
    for (int i = 0; i < rotated.size() - keep; i++) {
      Files.deleteIfExists(rotated.get(i).file());
    }
  }
}
