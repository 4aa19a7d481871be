package io.duoctl.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Writes JSON byte for byte as Duo's Python client does ({@code json.dumps(sort_keys=True,
 * separators=(',', ':'))}): object keys sorted by code point at every depth, no whitespace, and
 * everything outside printable ASCII escaped as {@code \\uXXXX} with lower-case hex. Jackson has no
 * mode for this exact form, and the body's bytes are what Duo hashes.
 */
final class PythonJson {

  private static final Comparator<String> BY_CODE_POINT =
      (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
          int ca = a.codePointAt(i);
          int cb = b.codePointAt(j);
          if (ca != cb) {
            return Integer.compare(ca, cb);
          }
          i += Character.charCount(ca);
          j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
      };

  private PythonJson() {}

  /** The UTF-8 (in fact pure ASCII) bytes of {@code value} in Python's canonical form. */
  static byte[] write(JsonNode value) {
    StringBuilder out = new StringBuilder(128);
    append(out, value);
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void append(StringBuilder out, JsonNode value) {
    if (value.isObject()) {
      List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(value.properties());
      fields.sort(Map.Entry.comparingByKey(BY_CODE_POINT));
      out.append('{');
      for (int i = 0; i < fields.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        quote(out, fields.get(i).getKey());
        out.append(':');
        append(out, fields.get(i).getValue());
      }
      out.append('}');
    } else if (value.isArray()) {
      out.append('[');
      for (int i = 0; i < value.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        append(out, value.get(i));
      }
      out.append(']');
    } else if (value.isTextual()) {
      quote(out, value.textValue());
    } else if (value.isNull() || value.isMissingNode()) {
      out.append("null");
    } else {
      out.append(value.asText());
    }
  }

  private static void quote(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
