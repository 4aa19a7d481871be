package io.duoctl.core.logexport.exports;

import io.duoctl.core.access.ApiScope;

/**
 * Who may do what with log exports, the one rule every surface declares its routes with: anyone may
 * list exports, see their status and search logs; creating, starting, stopping and deleting an
 * export needs {@link ApiScope#ADMIN}, since an export sends every customer's logs somewhere and
 * holds that place's credentials.
 */
public final class LogExportAccess {
  /** The least scope that lists exports, shows their status and searches logs. */
  public static final ApiScope READ = ApiScope.READ;

  /** The least scope that creates, starts, stops or deletes an export. */
  public static final ApiScope MANAGE = ApiScope.ADMIN;

  private LogExportAccess() {}
}
