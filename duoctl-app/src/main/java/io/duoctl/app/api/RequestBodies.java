package io.duoctl.app.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.core.errors.FieldError;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reads request bodies strictly: checks the media type and size, parses the JSON (no duplicate
 * keys, no trailing data, at most {@value #MAX_DEPTH} levels deep), checks its shape against the
 * route's schema ({@link BodyShape}: every bad field in one answer), then binds it to a record.
 * Every failure is an {@link ApiException} that names the field. Thread-safe.
 */
final class RequestBodies {
  /** Jackson's default nesting limit, stated so the message can say it. */
  static final int MAX_DEPTH = StreamReadConstraints.DEFAULT_MAX_DEPTH;

  private final ObjectMapper mapper;
  private final long maxBytes;

  RequestBodies(ObjectMapper mapper, long maxBytes) {
    this.mapper =
        JsonMapper.builder(mapper.getFactory().copy())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .propertyNamingStrategy(mapper.getPropertyNamingStrategy())
            .defaultPropertyInclusion(mapper.getSerializationConfig().getDefaultPropertyInclusion())
            .build();
    this.maxBytes = maxBytes;
  }

  /**
   * The body read into {@code type}; for {@link JsonNode} the parsed tree (the route checks it).
   *
   * @param schema the route's request schema, checked for shape first; null checks nothing
   */
  <T> T read(Context context, Class<T> type, ObjectNode schema) {
    requireJson(context);
    JsonNode tree = parse(readLimited(context));
    if (tree.isNull()) {
      throw ApiException.invalidField("body", "a JSON object is required, not null");
    }
    if (type == JsonNode.class) {
      return type.cast(tree);
    }
    if (schema != null) {
      BodyShape.Problems problems = BodyShape.check(tree, schema);
      if (!problems.isEmpty()) {
        throw refusal(problems.fields(), problems.unknownField());
      }
    }
    return bind(tree, type);
  }

  /**
   * The body as UTF-8 text sent as one of {@code mediaTypes} (parameters such as {@code charset}
   * aside).
   */
  String readText(Context context, List<String> mediaTypes) {
    if (!mediaTypes.contains(mediaType(context))) {
      throw ApiException.of(
          ApiErrorCode.UNSUPPORTED_MEDIA_TYPE,
          "send the body with the header Content-Type: " + String.join(" or ", mediaTypes));
    }
    byte[] body = readLimited(context);
    if (isBlank(body)) {
      throw ApiException.invalidField("body", "is empty: send the document as the body");
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException e) {
      throw ApiException.invalidField("body", "is not UTF-8 text; send it encoded as UTF-8");
    }
  }

  /** The body as sent, at most the size limit; for a route that checks a signature over it. */
  byte[] readBytes(Context context) {
    return readLimited(context);
  }

  /**
   * Refuses a body on a route that takes none: a non-empty JSON object is {@code unknown_field}
   * naming each field, anything else but nothing or {@code {}} is {@code invalid_input}.
   */
  void requireNone(Context context) {
    byte[] body = readLimited(context);
    if (isBlank(body)) {
      return;
    }
    JsonNode tree;
    try {
      tree = parse(body);
    } catch (ApiException notJson) {
      throw ApiException.invalidField("body", "this route takes no body; send none");
    }
    if (!tree.isObject()) {
      throw ApiException.invalidField("body", "this route takes no body; send none");
    }
    List<FieldError> fields =
        tree.properties().stream()
            .map(
                f ->
                    new FieldError(
                        f.getKey(),
                        "is not a known field: this route takes no body (parameters go in the"
                            + " query string)"))
            .toList();
    if (!fields.isEmpty()) {
      throw refusal(fields, true);
    }
  }

  private static void requireJson(Context context) {
    if (!mediaType(context).startsWith(ApiRoute.JSON)) {
      throw ApiException.of(
          ApiErrorCode.UNSUPPORTED_MEDIA_TYPE,
          "send the body as JSON with the header Content-Type: application/json");
    }
  }

  /** The request's media type, lower case, without parameters such as {@code charset}. */
  private static String mediaType(Context context) {
    String contentType = context.contentType();
    return contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).split(";", 2)[0].strip();
  }

  private JsonNode parse(byte[] body) {
    if (isBlank(body)) {
      throw ApiException.invalidField("body", "a JSON object is required");
    }
    try (JsonParser parser = mapper.createParser(body)) {
      try {
        JsonNode tree = mapper.readTree(parser);
        if (parser.nextToken() != null) {
          throw malformed("there is more after the JSON value", parser.currentLocation());
        }
        return tree == null ? mapper.nullNode() : tree;
      } catch (StreamConstraintsException e) {
        throw tooBig(parser);
      } catch (JsonProcessingException e) {
        String field = pathOf(parser.getParsingContext());
        if (e.getOriginalMessage() != null
            && e.getOriginalMessage().startsWith("Duplicate field")
            && !field.isEmpty()) {
          throw ApiException.invalidField(field, "is given twice; give each field once");
        }
        throw malformed("the body is not valid JSON", e.getLocation());
      }
    } catch (IOException e) {
      throw ApiException.of(ApiErrorCode.MALFORMED_JSON, "the body could not be read");
    }
  }

  private static ApiException tooBig(JsonParser parser) {
    JsonStreamContext context = parser.getParsingContext();
    if (context.getNestingDepth() >= MAX_DEPTH) {
      return ApiException.invalidField(
          "body", "is nested more than " + MAX_DEPTH + " levels deep; flatten it");
    }
    String field = pathOf(context);
    return ApiException.invalidField(
        field.isEmpty() ? "body" : field,
        "is too large: numbers may have at most "
            + StreamReadConstraints.DEFAULT_MAX_NUM_LEN
            + " digits");
  }

  private static ApiException malformed(String what, JsonLocation at) {
    String where =
        at == null || at.getLineNr() < 1
            ? ""
            : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    return ApiException.of(ApiErrorCode.MALFORMED_JSON, what + where);
  }

  private <T> T bind(JsonNode tree, Class<T> type) {
    try {
      return mapper.treeToValue(tree, type);
    } catch (UnrecognizedPropertyException e) {
      String field = fieldOrBody(e);
      String allowed =
          e.getKnownPropertyIds().stream()
              .map(Object::toString)
              .collect(Collectors.toCollection(TreeSet::new))
              .stream()
              .collect(Collectors.joining(", "));
      throw refusal(
          List.of(new FieldError(field, "is not a known field; allowed: " + allowed)), true);
    } catch (MismatchedInputException e) {
      throw ApiException.invalidField(fieldOrBody(e), mismatch(e));
    } catch (JsonMappingException e) {
      throw ApiException.invalidField(fieldOrBody(e), "has the wrong type or value");
    } catch (InputCoercionException e) {
      String field = pathOf(e.getProcessor().getParsingContext());
      throw ApiException.invalidField(field.isEmpty() ? "body" : field, "is out of range");
    } catch (JsonProcessingException e) {
      throw ApiException.invalidField("body", "has the wrong type or value");
    }
  }

  private static ApiException refusal(List<FieldError> fields, boolean unknownField) {
    ApiErrorCode code = unknownField ? ApiErrorCode.UNKNOWN_FIELD : ApiErrorCode.INVALID_INPUT;
    return new ApiException(
        code.status(),
        code.code(),
        fields.stream().map(FieldError::toString).collect(Collectors.joining("; ")),
        fields);
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

  private static boolean isBlank(byte[] body) {
    for (byte b : body) {
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
        return false;
      }
    }
    return true;
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

  /** Where a parser is, in the same notation, e.g. {@code advanced.connect_timeout}. */
  private static String pathOf(JsonStreamContext at) {
    List<String> steps = new ArrayList<>();
    for (JsonStreamContext c = at; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        steps.add("[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.getCurrentName() != null) {
        steps.add("." + c.getCurrentName());
      }
    }
    Collections.reverse(steps);
    String path = String.join("", steps);
    return path.startsWith(".") ? path.substring(1) : path;
  }
}
