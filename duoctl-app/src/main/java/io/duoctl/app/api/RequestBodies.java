package io.duoctl.app.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.duoctl.core.errors.FieldError;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reads request bodies into records: checks the media type and size, and turns Jackson's failures
 * into API errors that name the field. Thread-safe.
 */
final class RequestBodies {
  private final ObjectMapper mapper;
  private final long maxBytes;

  RequestBodies(ObjectMapper mapper, long maxBytes) {
    this.mapper =
        mapper
            .copy()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    this.maxBytes = maxBytes;
  }

  <T> T read(Context context, Class<T> type) {
    String contentType = context.contentType();
    if (contentType == null
        || !contentType.toLowerCase(Locale.ROOT).strip().startsWith("application/json")) {
      throw ApiException.of(
          ApiErrorCode.UNSUPPORTED_MEDIA_TYPE,
          "send the body as JSON with the header Content-Type: application/json");
    }
    byte[] body = readLimited(context);
    if (body.length == 0 || new String(body, StandardCharsets.UTF_8).isBlank()) {
      throw ApiException.invalidField("body", "a JSON object is required");
    }
    try {
      T value = mapper.readValue(body, type);
      if (value == null) {
        throw ApiException.invalidField("body", "a JSON object is required, not null");
      }
      return value;
    } catch (UnrecognizedPropertyException e) {
      String field = fieldOf(e);
      String allowed =
          e.getKnownPropertyIds().stream()
              .map(Object::toString)
              .collect(Collectors.toCollection(TreeSet::new))
              .stream()
              .collect(Collectors.joining(", "));
      throw new ApiException(
          ApiErrorCode.UNKNOWN_FIELD.status(),
          ApiErrorCode.UNKNOWN_FIELD.code(),
          "unknown field \"" + field + "\"; allowed: " + allowed,
          List.of(new FieldError(field, "is not a known field; allowed: " + allowed)));
    } catch (InvalidFormatException | ValueInstantiationException e) {
      throw ApiException.invalidField(fieldOrBody(e), "has the wrong type or value");
    } catch (MismatchedInputException e) {
      throw ApiException.invalidField(fieldOrBody(e), mismatch(e));
    } catch (JsonProcessingException e) {
      throw ApiException.of(
          ApiErrorCode.MALFORMED_JSON,
          "the body is not valid JSON (line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr()
              + ")");
    } catch (IOException e) {
      throw ApiException.of(ApiErrorCode.MALFORMED_JSON, "the body could not be read");
    }
  }

  private byte[] readLimited(Context context) {
    try (InputStream in = context.req().getInputStream()) {
      byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (body.length > maxBytes) {
        throw tooLarge(maxBytes);
      }
      return body;
    } catch (IOException e) {
      throw ApiException.of(ApiErrorCode.MALFORMED_JSON, "the body could not be read");
    }
  }

  static ApiException tooLarge(long maxBytes) {
    return ApiException.of(
        ApiErrorCode.BODY_TOO_LARGE, "the body is larger than the limit of " + maxBytes + " bytes");
  }

  private static String mismatch(MismatchedInputException e) {
    Class<?> target = e.getTargetType();
    if (target == null) {
      return "has the wrong type";
    }
    if (target.isRecord() || Map.class.isAssignableFrom(target)) {
      return "must be a JSON object";
    }
    if (Collection.class.isAssignableFrom(target) || target.isArray()) {
      return "must be a JSON array";
    }
    if (target == String.class) {
      return "must be a string";
    }
    if (target == Boolean.class || target == boolean.class) {
      return "must be true or false";
    }
    if (Number.class.isAssignableFrom(target) || target.isPrimitive()) {
      return "must be a number";
    }
    return "has the wrong type";
  }

  private static String fieldOrBody(JsonMappingException e) {
    String field = fieldOf(e);
    return field.isEmpty() ? "body" : field;
  }

  /** The JSON path of the failure, e.g. {@code admin.host} or {@code mappings[2].accountId}. */
  static String fieldOf(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }
}
