package io.duoctl.client.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The items and metadata of an OK reply whose {@code response} is a list, read token by token
 * straight into records: no JSON tree is built for the items. Anything else (not JSON, not OK, a
 * response that is not a list, a null or mismatched item, a repeated envelope field) reads as
 * empty, so that the caller reads the body the tree way and reports it exactly as before.
 */
record ListReply<T>(List<T> items, JsonNode metadata) {

  static <T> Optional<ListReply<T>> read(ObjectMapper mapper, byte[] body, Class<T> type) {
    ObjectReader reader = mapper.readerFor(type);
    try (JsonParser json = mapper.createParser(body)) {
      if (json.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      List<T> items = null;
      JsonNode metadata = null;
      String stat = null;
      for (String field = json.nextFieldName(); field != null; field = json.nextFieldName()) {
        JsonToken value = json.nextToken();
        switch (field) {
          case "response" -> {
            if (items != null || value != JsonToken.START_ARRAY) {
              return Optional.empty();
            }
            items = new ArrayList<>();
            while (json.nextToken() != JsonToken.END_ARRAY) {
              if (json.currentToken() == JsonToken.VALUE_NULL) {
                return Optional.empty();
              }
              items.add(reader.readValue(json));
            }
          }
          case "metadata" -> {
            if (metadata != null) {
              return Optional.empty();
            }
            metadata =
                value == JsonToken.VALUE_NULL ? NullNode.getInstance() : json.readValueAsTree();
          }
          case "stat" -> {
            if (stat != null || value != JsonToken.VALUE_STRING) {
              return Optional.empty();
            }
            stat = json.getText();
          }
          default -> json.skipChildren();
        }
      }
      if (!"OK".equals(stat) || items == null) {
        return Optional.empty();
      }
      return Optional.of(
          new ListReply<>(items, metadata == null ? MissingNode.getInstance() : metadata));
    } catch (IOException | IllegalArgumentException unreadable) {
      return Optional.empty();
    }
  }
}
