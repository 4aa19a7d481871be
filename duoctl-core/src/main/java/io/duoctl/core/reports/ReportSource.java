package io.duoctl.core.reports;

import io.duoctl.core.actions.ActionContext;
import io.duoctl.core.actions.ActionInput;
import java.util.function.Consumer;

/**
 * Computes one organization's rows of a report, handing each to {@code rows} as it is made; reads
 * Duo through {@code context} and holds no JSON tree per user (duo-client's lists read pages into
 * records). A Duo error is thrown as it comes ({@link io.duoctl.client.DuoApiException}); the
 * runner turns it into the organization's error.
 *
 * @param <R> the row type
 */
@FunctionalInterface
public interface ReportSource<R> {
  void rows(ActionContext context, ActionInput input, Consumer<R> rows);
}
