package io.duoctl.core.actions;

/** Whom an action works on: one organization at a time, or the MSP's parent account itself. */
public enum ActionLevel {
  /**
   * Runs for one organization, reached as the mapping says; fan-out runs it once per organization.
   */
  ORGANIZATION,
  /**
   * Runs once on the configuration's parent account with its own keys and no organization (child
   * accounts, their editions and telephony credits, raw Accounts API calls); the child account it
   * concerns, if any, is an explicit input.
   */
  PARENT;

  /** The lower-case name used in the catalog's JSON, e.g. {@code parent}. */
  public String wireName() {
    return io.duoctl.core.vocabulary.WireNames.of(this);
  }
}
