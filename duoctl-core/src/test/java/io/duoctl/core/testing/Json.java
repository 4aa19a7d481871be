package io.duoctl.core.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.duoctl.core.actions.ActionJson;

/** JSON literals in tests, with single quotes for readability. */
public final class Json {

  private Json() {}

  public static JsonNode of(String singleQuoted) {
    try {
      return ActionJson.mapper().readTree(singleQuoted.replace('\'', '"'));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
