package io.duoctl.core.logexport.rules;

/** No log rule has the name asked for. */
public final class LogRuleNotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  LogRuleNotFoundException(String name) {
    super("no log rule named \"" + name + "\"; duoctl logs rules list shows them");
  }
}
