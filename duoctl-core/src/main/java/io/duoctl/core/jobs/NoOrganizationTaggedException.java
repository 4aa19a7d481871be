package io.duoctl.core.jobs;

import io.duoctl.core.errors.FieldError;
import io.duoctl.core.errors.InvalidInputException;
import java.util.Collection;
import java.util.List;

/**
 * A job was asked to run for a tag that no organization of the configuration has: a typo, most
 * likely, so it is refused instead of running for nobody. Nothing ran or was stored.
 */
public final class NoOrganizationTaggedException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  NoOrganizationTaggedException(String tag, Collection<String> tagsInUse) {
    super(
        "invalid organization selection",
        List.of(
            new FieldError(
                "tag",
                "no organization is tagged \""
                    + tag
                    + "\"; "
                    + (tagsInUse.isEmpty()
                        ? "no organization has a tag yet (duoctl orgs tag ORG TAG)"
                        : "tags in use: " + String.join(", ", tagsInUse)))));
  }
}
