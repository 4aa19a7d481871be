package io.duoctl.core.logexport.rules;

import io.duoctl.core.logexport.SinkConfig;
import java.util.Objects;

/**
 * An export's {@code rules} sink: delivers the exported events to the enabled log rules ({@link
 * RuleSink}), with a checkpoint of its own like any sink. It has no fields but its name.
 */
public record RuleSinkConfig(String name) implements SinkConfig {

  /** The name a rules sink gets unless another is given. */
  public static final String DEFAULT_NAME = "rules";

  public RuleSinkConfig {
    Objects.requireNonNull(name, "name");
  }

  @Override
  public String kind() {
    return "rules";
  }
}
