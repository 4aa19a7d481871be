package io.duoctl.app.console.actions;

import io.duoctl.app.console.ConfigurationChoice;
import io.duoctl.app.console.Frame;
import io.duoctl.core.jobs.ConfirmationRequiredException;
import java.util.List;
import java.util.Set;

/**
 * Everything the actions page shows.
 *
 * @param configurations the configuration the page works on, and the others to switch to
 * @param organizations the organization names to pick from
 * @param tags the tags in use
 * @param groups the catalog by category
 * @param form the chosen action's form, or null before one is chosen
 * @param state the form's values and errors (blank when {@code form} is null)
 * @param target {@code orgs}, {@code tag} or {@code all}
 * @param result the last run's result, or null
 * @param error a problem with the request as a whole, or null
 * @param question the organizations a destructive job would run for, to confirm, or null
 */
public record ActionsView(
    Frame frame,
    ConfigurationChoice configurations,
    boolean configured,
    List<String> organizations,
    List<String> tags,
    List<CatalogGroup> groups,
    ActionForm form,
    FormState state,
    String target,
    Set<String> selectedOrganizations,
    String tag,
    ResultView result,
    String error,
    Question question) {

  /** A destructive action over several organizations waits for the operator's confirmation. */
  public record Question(String action, int count, List<String> organizations) {}

  /** This view asking to confirm what {@code refused} names. */
  ActionsView asking(ConfirmationRequiredException refused) {
    return new ActionsView(
        frame,
        configurations,
        configured,
        organizations,
        tags,
        groups,
        form,
        state,
        target,
        selectedOrganizations,
        tag,
        result,
        error,
        new Question(refused.actionId(), refused.count(), refused.organizations()));
  }

  /** One category of the catalog. */
  public record CatalogGroup(String category, List<CatalogEntry> actions) {}

  /** One action to pick. */
  public record CatalogEntry(String id, String title, String effect) {}

  public String selectedAction() {
    return form == null ? "" : form.action().id();
  }

  public boolean selected(String organization) {
    return selectedOrganizations.contains(organization);
  }
}
