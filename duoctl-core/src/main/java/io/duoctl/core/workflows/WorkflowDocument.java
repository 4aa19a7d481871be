package io.duoctl.core.workflows;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.duoctl.core.errors.FieldError;
import java.io.IOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * A definition's YAML text read into a JSON tree, with the line and column of every value, so an
 * error found at a JSON pointer ({@code /steps/2/with/user}) can name its place in the file.
 * Immutable.
 */
final class WorkflowDocument {

  /** The largest definition read, in characters. */
  static final int MAX_CHARS = 256 * 1024;

  /** The deepest nesting read (a definition needs fewer than ten levels). */
  static final int MAX_DEPTH = 40;

  private static final ObjectMapper YAML = mapper();

  private final JsonNode tree;
  private final Map<String, JsonLocation> locations;

  private WorkflowDocument(JsonNode tree, Map<String, JsonLocation> locations) {
    this.tree = tree;
    this.locations = locations;
  }

  private static ObjectMapper mapper() {
    LoaderOptions loader = new LoaderOptions();
    loader.setAllowDuplicateKeys(false);
    loader.setMaxAliasesForCollections(10);
    loader.setNestingDepthLimit(MAX_DEPTH);
    loader.setCodePointLimit(MAX_CHARS);
    YAMLFactory factory =
        YAMLFactory.builder()
            .loaderOptions(loader)
            .streamReadConstraints(
                StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();
    return YAMLMapper.builder(factory)
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .build();
  }

  /**
   * The document {@code text} holds.
   *
   * @throws InvalidWorkflowException naming the line and column when it is not YAML, or too large
   */
  static WorkflowDocument read(String text) {
    if (text.length() > MAX_CHARS) {
      throw new InvalidWorkflowException(
          null,
          List.of(
              new FieldError(
                  "/", "is " + text.length() + " characters; the limit is " + MAX_CHARS)));
    }
    if (text.isBlank()) {
      throw new InvalidWorkflowException(
          null, List.of(new FieldError("/", "is empty: a workflow definition is a YAML mapping")));
    }
    try {
      JsonNode tree = YAML.readTree(text);
      return new WorkflowDocument(tree == null ? YAML.nullNode() : tree, locate(text));
    } catch (JsonProcessingException e) {
      throw new InvalidWorkflowException(null, List.of(syntax(e)));
    } catch (IOException | RuntimeException e) {
      throw new InvalidWorkflowException(
          null, List.of(new FieldError("/", "is not valid YAML: " + firstLine(e.getMessage()))));
    }
  }

  private static FieldError syntax(JsonProcessingException e) {
    String pointer = "/";
    if (e.getProcessor() instanceof JsonParser parser) {
      String at = parser.getParsingContext().pathAsPointer().toString();
      pointer = at.isEmpty() ? "/" : at;
    }
    JsonLocation at = e.getLocation();
    String where = at == null || at.getLineNr() < 1 ? "" : place(at) + ": ";
    String problem = firstLine(e.getOriginalMessage());
    if (problem.startsWith("Duplicate field")) {
      problem = "a key is given twice; give each key once (" + problem + ")";
    }
    return new FieldError(pointer, where + "is not valid YAML: " + problem);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  private static Map<String, JsonLocation> locate(String text) throws IOException {
    Map<String, JsonLocation> found = new HashMap<>();
    try (JsonParser parser = YAML.createParser(text)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        String pointer = parser.getParsingContext().pathAsPointer().toString();
        found.putIfAbsent(pointer, parser.currentTokenLocation());
      }
    }
    return Map.copyOf(found);
  }

  JsonNode tree() {
    return tree;
  }

  /**
   * Where {@code pointer} is written, {@code line L, column C}, or where its nearest written parent
   * is; empty when nothing is known.
   */
  String placeOf(String pointer) {
    JsonLocation location = locationOf(pointer);
    return location == null ? "" : place(location);
  }

  private JsonLocation locationOf(String pointer) {
    String at = pointer.equals("/") ? "" : pointer;
    while (true) {
      JsonLocation location = locations.get(at);
      if (location != null && location.getLineNr() > 0) {
        return location;
      }
      if (at.isEmpty()) {
        return null;
      }
      at = at.substring(0, at.lastIndexOf('/'));
    }
  }

  /** {@code errors} sorted by where they are written (stable for errors at the same place). */
  List<FieldError> inDocumentOrder(Collection<FieldError> errors) {
    return errors.stream()
        .sorted(
            Comparator.comparingLong(
                (FieldError e) -> {
                  JsonLocation at = locationOf(e.field());
                  return at == null ? 0 : at.getLineNr() * 100_000L + at.getColumnNr();
                }))
        .toList();
  }

  /** The error at {@code pointer}, its place in the file leading the message. */
  FieldError error(String pointer, String message) {
    String place = placeOf(pointer);
    return new FieldError(pointer, place.isEmpty() ? message : place + ": " + message);
  }

  private static String place(JsonLocation location) {
    return "line " + location.getLineNr() + ", column " + location.getColumnNr();
  }
}
