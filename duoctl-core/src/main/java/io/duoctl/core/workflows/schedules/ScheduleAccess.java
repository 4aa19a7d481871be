package io.duoctl.core.workflows.schedules;

import io.duoctl.core.access.ApiScope;

/**
 * Who may do what with schedules, the one rule every surface declares its routes with (the REST
 * API's scopes, the console's roles): anyone may read them; creating, changing, enabling, disabling
 * and deleting them needs {@link ApiScope#ADMIN}, like settings, since a schedule acts unattended
 * with the {@code run} scope and the confirmation given when it was saved.
 */
public final class ScheduleAccess {
  /** The least scope or role that lists schedules and shows one with its launches. */
  public static final ApiScope READ = ApiScope.READ;

  /** The least scope or role that creates, changes, enables, disables or deletes a schedule. */
  public static final ApiScope MANAGE = ApiScope.ADMIN;

  private ScheduleAccess() {}
}
