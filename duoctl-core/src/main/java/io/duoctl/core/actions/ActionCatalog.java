package io.duoctl.core.actions;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every action duoctl can run, by id. Immutable and thread-safe. */
public final class ActionCatalog {

  private final Map<String, ActionDefinition> actions;

  private ActionCatalog(Map<String, ActionDefinition> actions) {
    this.actions = actions;
  }

  /**
   * A catalog of these definitions.
   *
   * @throws IllegalArgumentException if two share an id
   */
  public static ActionCatalog of(Collection<ActionDefinition> definitions) {
    Map<String, ActionDefinition> byId =
        definitions.stream()
            .collect(
                Collectors.toMap(
                    ActionDefinition::id,
                    Function.identity(),
                    (a, b) -> {
                      throw new IllegalArgumentException("duplicate action id " + a.id());
                    },
                    TreeMap::new));
    return new ActionCatalog(java.util.Collections.unmodifiableMap(byId));
  }

  /** All actions, sorted by id. */
  public List<ActionDefinition> list() {
    return List.copyOf(actions.values());
  }

  /** The actions of one category (e.g. {@code users}), sorted by id. */
  public List<ActionDefinition> list(String category) {
    return actions.values().stream().filter(a -> a.category().equals(category)).toList();
  }

  /** The categories, sorted. */
  public List<String> categories() {
    return actions.values().stream().map(ActionDefinition::category).distinct().sorted().toList();
  }

  public Optional<ActionDefinition> find(String id) {
    return Optional.ofNullable(actions.get(id));
  }

  /**
   * @throws UnknownActionException if there is none
   */
  public ActionDefinition require(String id) {
    ActionDefinition action = actions.get(id);
    if (action == null) {
      throw new UnknownActionException(id);
    }
    return action;
  }
}
