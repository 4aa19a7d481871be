package io.duoctl.core.jobs;

import java.util.List;
import java.util.Optional;

/** Turns a selection into the organizations to run for. Implementations are thread-safe. */
@FunctionalInterface
public interface OrganizationDirectory {

  /**
   * The organizations (ids or names the runner's resolver accepts), in a stable order, without
   * duplicates; a listed organization that does not exist is kept, so its row reports it.
   *
   * @throws NoOrganizationTaggedException for a tag no organization has
   */
  List<String> select(OrganizationSelection selection);

  /**
   * The configuration whose organizations these are, stored with a job so that another node can
   * resume it; empty for the default configuration.
   */
  default Optional<String> configuration() {
    return Optional.empty();
  }
}
