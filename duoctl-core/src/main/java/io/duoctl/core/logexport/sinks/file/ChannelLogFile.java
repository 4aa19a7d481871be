package io.duoctl.core.logexport.sinks.file;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** A {@link LogFile} on a {@link FileChannel}. Not thread-safe. */
final class ChannelLogFile implements LogFile {
  private static final int BLOCK = 8192;

  private final FileChannel channel;

  private ChannelLogFile(FileChannel channel) {
    this.channel = channel;
  }

  /**
   * Opens {@code path}, creating it, and cuts a torn last line (bytes after the last line break,
   * left by a process killed while writing) so the file ends with a whole line.
   */
  static LogFile open(Path path) throws IOException {
    FileChannel channel =
        FileChannel.open(
            path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    try {
      long whole = endOfLastLine(channel);
      if (whole < channel.size()) {
        channel.truncate(whole);
        channel.force(true);
      }
      return new ChannelLogFile(channel);
    } catch (IOException e) {
      channel.close();
      throw e;
    }
  }

  private static long endOfLastLine(FileChannel channel) throws IOException {
    long end = channel.size();
    ByteBuffer block = ByteBuffer.allocate(BLOCK);
    while (end > 0) {
      long start = Math.max(0, end - BLOCK);
      block.clear().limit((int) (end - start));
      while (block.hasRemaining() && channel.read(block, start + block.position()) >= 0) {
        // read the whole block
      }
      for (int i = block.position() - 1; i >= 0; i--) {
        if (block.get(i) == '\n') {
          return start + i + 1;
        }
      }
      end = start;
    }
    return 0;
  }

  @Override
  public long size() throws IOException {
    return channel.size();
  }

  @Override
  public void append(ByteBuffer bytes) throws IOException {
    long position = channel.size();
    while (bytes.hasRemaining()) {
      position += channel.write(bytes, position);
    }
  }

  @Override
  public void force() throws IOException {
    channel.force(true);
  }

  @Override
  public void truncate(long size) throws IOException {
    channel.truncate(size);
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
