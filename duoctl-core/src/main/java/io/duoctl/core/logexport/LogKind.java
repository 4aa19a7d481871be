package io.duoctl.core.logexport;

import io.duoctl.core.vocabulary.WireNames;

/** The Duo log an event comes from; its wire name ({@code authentication}) names it everywhere. */
public enum LogKind {
  /** The authentication log (Admin API v2). */
  AUTHENTICATION,
  /** The administrator log (Admin API v1). */
  ADMINISTRATOR,
  /** The telephony log (Admin API v2). */
  TELEPHONY,
  /** The activity log (Admin API v2). */
  ACTIVITY;

  /** The wire name: {@code authentication}, {@code administrator}, … */
  public String wireName() {
    return WireNames.of(this);
  }
}
