package io.duoctl.app.mcp;

import io.duoctl.app.Duoctl;
import io.duoctl.core.actions.ActionExposure;
import java.util.List;

/**
 * The action catalog as MCP tools: every action but those that hand out secrets ({@link
 * ActionExposure#offerable}), which are not tools at all, so no scope or name reaches them.
 */
final class ActionTools implements ToolSource {

  private final Duoctl duoctl;

  ActionTools(Duoctl duoctl) {
    this.duoctl = duoctl;
  }

  @Override
  public List<DuoctlTool> tools() {
    return duoctl.actions().list().stream()
        .filter(ActionExposure::offerable)
        .<DuoctlTool>map(action -> new ActionTool(action, duoctl))
        .toList();
  }
}
