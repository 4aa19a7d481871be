package io.duoctl.core.actions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/** JSON literals in tests, with single quotes for readability. */
final class Json {

  private Json() {}

  static JsonNode of(String singleQuoted) {
    try {
      return ActionJson.mapper().readTree(singleQuoted.replace('\'', '"'));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
