package io.duoctl.core.jobs;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.core.actions.ActionJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * A stored row's data: its JSON, deflated, as the job store keeps it. Read it as a stream ({@link
 * #parser()}, {@link #copyTo}) to pass it on without building a tree, or as a tree ({@link
 * #tree()}). Immutable and thread-safe.
 */
public final class RowData {

  private final byte[] deflated;

  private RowData(byte[] deflated) {
    this.deflated = deflated;
  }

  /** The data of {@code json}, written straight from the tree into the compressed bytes. */
  static RowData of(JsonNode json) {
    return deflate(
        out -> {
          try (JsonGenerator generator = ActionJson.mapper().createGenerator(out)) {
            ActionJson.mapper().writeTree(generator, json);
          }
        });
  }

  /** Data as stored by the job store. */
  static RowData stored(byte[] deflated) {
    return new RowData(deflated);
  }

  /** Data stored as text, before rows were stored compressed. */
  static RowData storedText(String json) {
    return deflate(out -> out.write(json.getBytes(StandardCharsets.UTF_8)));
  }

  private static RowData deflate(Content content) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    try (OutputStream out = new DeflaterOutputStream(bytes, deflater, 8192)) {
      content.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot compress a row's data", e);
    } finally {
      deflater.end();
    }
    return new RowData(bytes.toByteArray());
  }

  private interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  byte[] deflated() {
    return deflated;
  }

  /** How many bytes the data takes in the store. */
  public int storedSize() {
    return deflated.length;
  }

  /** A parser over the JSON, inflated as it is read; close it. */
  public JsonParser parser() {
    try {
      return ActionJson.mapper()
          .createParser(new InflaterInputStream(new ByteArrayInputStream(deflated)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read a stored row's data", e);
    }
  }

  /** The JSON as a tree: the whole data in memory. */
  public JsonNode tree() {
    try (JsonParser parser = parser()) {
      return ActionJson.mapper().readTree(parser);
    } catch (IOException e) {
      throw new IllegalStateException("stored job data is not JSON", e);
    }
  }

  /** Writes the JSON as the generator's next value, token by token, without a tree. */
  public void copyTo(JsonGenerator generator) throws IOException {
    try (JsonParser parser = parser()) {
      parser.nextToken();
      generator.copyCurrentStructure(parser);
    }
  }
}
