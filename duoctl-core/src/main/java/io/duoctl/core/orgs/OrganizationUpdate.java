package io.duoctl.core.orgs;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every change to make to one organization at once, for {@link OrganizationService#update}: all are
 * checked first and applied in one transaction, so either all are saved or none. Start with {@link
 * #none()}; each {@code with...} returns a copy. Immutable.
 *
 * @param name the new name, or null to keep it
 * @param accessMode the new access mode, or null to keep it
 * @param addTags tags to add, stripped (present ones stay)
 * @param removeTags tags to remove (absent ones are ignored)
 * @param variables variables to set, by name
 * @param removeVariables names of variables to remove (absent ones are ignored)
 */
public record OrganizationUpdate(
    String name,
    AccessMode accessMode,
    Set<String> addTags,
    Set<String> removeTags,
    Map<String, String> variables,
    Set<String> removeVariables) {

  public OrganizationUpdate {
    addTags = stripped(addTags);
    removeTags = stripped(removeTags);
    variables = Collections.unmodifiableMap(new TreeMap<>(variables));
    removeVariables = Collections.unmodifiableSet(new LinkedHashSet<>(removeVariables));
  }

  /** No change. */
  public static OrganizationUpdate none() {
    return new OrganizationUpdate(null, null, Set.of(), Set.of(), Map.of(), Set.of());
  }

  public OrganizationUpdate withName(String newName) {
    return new OrganizationUpdate(
        newName, accessMode, addTags, removeTags, variables, removeVariables);
  }

  public OrganizationUpdate withAccessMode(AccessMode mode) {
    return new OrganizationUpdate(name, mode, addTags, removeTags, variables, removeVariables);
  }

  public OrganizationUpdate withAddedTags(Collection<String> tags) {
    return new OrganizationUpdate(
        name, accessMode, union(addTags, tags), removeTags, variables, removeVariables);
  }

  public OrganizationUpdate withRemovedTags(Collection<String> tags) {
    return new OrganizationUpdate(
        name, accessMode, addTags, union(removeTags, tags), variables, removeVariables);
  }

  /** Sets these variables too; a null value is refused by {@link OrganizationService#update}. */
  public OrganizationUpdate withVariables(Map<String, String> more) {
    Map<String, String> all = new LinkedHashMap<>(variables);
    all.putAll(more);
    return new OrganizationUpdate(name, accessMode, addTags, removeTags, all, removeVariables);
  }

  public OrganizationUpdate withRemovedVariables(Collection<String> names) {
    return new OrganizationUpdate(
        name, accessMode, addTags, removeTags, variables, union(removeVariables, names));
  }

  /** Whether nothing would change. */
  public boolean isEmpty() {
    return name == null
        && accessMode == null
        && addTags.isEmpty()
        && removeTags.isEmpty()
        && variables.isEmpty()
        && removeVariables.isEmpty();
  }

  private static Set<String> stripped(Collection<String> tags) {
    Set<String> out = new LinkedHashSet<>();
    tags.forEach(tag -> out.add(tag == null ? "" : tag.strip()));
    return Collections.unmodifiableSet(out);
  }

  private static Set<String> union(Set<String> a, Collection<String> b) {
    Set<String> out = new LinkedHashSet<>(a);
    out.addAll(b);
    return out;
  }
}
