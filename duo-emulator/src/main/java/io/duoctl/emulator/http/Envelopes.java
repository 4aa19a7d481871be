package io.duoctl.emulator.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes Duo's JSON envelopes. Keys come in the alphabetical order Duo's service uses: {@code
 * metadata, response, stat} and {@code code, message, message_detail, stat}. Thread-safe.
 */
public final class Envelopes {

  /** Duo's JSON content type. */
  public static final String JSON = "application/json";

  private final ObjectMapper mapper;

  public Envelopes(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** The bytes of a success envelope. */
  public byte[] ok(Object response, Object metadata) {
    return write(
        json -> {
          if (metadata != null) {
            json.writeFieldName("metadata");
            mapper.writeValue(json, metadata);
          }
          json.writeFieldName("response");
          mapper.writeValue(json, response);
          json.writeStringField("stat", "OK");
        });
  }

  /** The bytes of a failure envelope. */
  public byte[] failure(DuoError error) {
    return write(
        json -> {
          json.writeNumberField("code", error.code());
          json.writeStringField("message", error.getMessage());
          if (error.detail() != null) {
            json.writeStringField("message_detail", error.detail());
          }
          json.writeStringField("stat", "FAIL");
        });
  }

  /** A complete failure answer. */
  public RawResponse failureResponse(DuoError error) {
    return new RawResponse(error.status(), JSON, failure(error));
  }

  private byte[] write(Fields fields) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator json = mapper.getFactory().createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.writeStartObject();
      fields.write(json);
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a JSON envelope", e);
    }
    return out.toByteArray();
  }

  private interface Fields {
    void write(JsonGenerator json) throws IOException;
  }
}
