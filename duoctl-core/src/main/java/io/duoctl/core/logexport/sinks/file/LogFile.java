package io.duoctl.core.logexport.sinks.file;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;

/** The current file as the sink writes it: appends, forces, cuts back. Not thread-safe. */
interface LogFile extends Closeable {

  /** Opens (creating) a file for appending; a torn last line is cut off first. */
  @FunctionalInterface
  interface Opener {
    LogFile open(Path path) throws IOException;
  }

  /** The file's size in bytes. */
  long size() throws IOException;

  /** Appends all of {@code bytes}. */
  void append(ByteBuffer bytes) throws IOException;

  /** Forces the content and metadata to the device. */
  void force() throws IOException;

  /** Cuts the file to {@code size} bytes. */
  void truncate(long size) throws IOException;
}
