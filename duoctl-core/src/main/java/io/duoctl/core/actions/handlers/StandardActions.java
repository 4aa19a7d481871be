package io.duoctl.core.actions.handlers;

import io.duoctl.core.actions.ActionCatalog;
import io.duoctl.core.actions.ActionDefinition;
import java.util.ArrayList;
import java.util.List;

/** The catalog duoctl ships: every named action plus the raw request actions. */
public final class StandardActions {

  private StandardActions() {}

  /** A new catalog of every standard action. */
  public static ActionCatalog catalog() {
    List<ActionDefinition> all = new ArrayList<>();
    all.addAll(UserActions.definitions());
    all.addAll(PhoneActions.definitions());
    all.addAll(BypassCodeActions.definitions());
    all.addAll(GroupActions.definitions());
    all.addAll(TokenActions.definitions());
    all.addAll(DirectoryActions.definitions());
    all.addAll(AccountActions.definitions());
    all.addAll(AccountSettingsActions.definitions());
    all.add(SettingsAlignment.definition());
    all.addAll(AuthActions.definitions());
    all.addAll(RawActions.definitions());
    return ActionCatalog.of(all);
  }
}
