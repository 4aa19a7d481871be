package io.duoctl.app.console.orgs;

import io.duoctl.core.orgs.AccessMode;
import io.duoctl.core.vocabulary.WireNames;

/**
 * One row of the organizations table as the template shows it. Holds no secret: the directory key
 * is only known to be set or not.
 *
 * @param accountText the text of the Duo account field (the mapped account, a confident suggestion
 *     when suggestions were asked for, or what was submitted)
 * @param mappedAccountId the stored mapping, or "" when unmapped
 * @param suggestion the best suggested account with score and confidence, or "" when none
 * @param suggested whether {@code accountText} was filled from a suggestion
 * @param statusClass {@code ok}, {@code bad} or {@code none}, for the status badge
 * @param error the row's error from the last save, or null
 */
public record MappingRowView(
    String id,
    String name,
    String tags,
    String accountText,
    String mappedAccountId,
    String suggestion,
    boolean suggested,
    AccessMode mode,
    boolean directoryKeySet,
    String status,
    String statusClass,
    String error) {

  /** The modes for the access-mode select. */
  public static final AccessMode[] MODES = AccessMode.values();

  /** The value and label of an access mode, as every surface spells it: {@code child_account}. */
  public static String modeName(AccessMode mode) {
    return WireNames.of(mode);
  }
}
