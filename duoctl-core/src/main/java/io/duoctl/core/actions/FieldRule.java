package io.duoctl.core.actions;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the runner needs to know about one field besides its JSON Schema: how to read it, whether it
 * is required, whether it is a secret, and its default.
 *
 * @param defaultValue the default, or null
 */
public record FieldRule(
    String name, FieldKind kind, boolean required, boolean secret, JsonNode defaultValue) {}
