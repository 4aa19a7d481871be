package io.duoctl.core.mapping;

import io.duoctl.core.orgs.Organization;
import java.util.List;

/**
 * The outcome of creating organizations from unmapped Duo accounts: the organizations created (and
 * mapped), and the accounts skipped because an organization of that name already exists (map those
 * by hand or through suggestions).
 */
public record DuoImport(List<Organization> created, List<DuoAccount> skipped) {
  public DuoImport {
    created = List.copyOf(created);
    skipped = List.copyOf(skipped);
  }
}
