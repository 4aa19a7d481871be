package io.duoctl.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 text written as bytes, passed on to the command's writer at each flush (the report writers
 * flush whole characters), so that streamed output reaches stdout, or a test's writer, as it comes.
 * Closing flushes and leaves the writer open.
 */
final class WriterOutputStream extends OutputStream {

  private final PrintWriter out;
  private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

  WriterOutputStream(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void write(int b) {
    pending.write(b);
  }

  @Override
  public void write(byte[] bytes, int offset, int length) {
    pending.write(bytes, offset, length);
  }

  @Override
  public void flush() {
    out.print(pending.toString(StandardCharsets.UTF_8));
    out.flush();
    pending.reset();
  }

  @Override
  public void close() {
    flush();
  }
}
