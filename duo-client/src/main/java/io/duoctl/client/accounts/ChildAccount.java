package io.duoctl.client.accounts;

/**
 * A child account of an MSP parent account.
 *
 * @param accountId the account id ({@code DA…}, 20 characters)
 * @param name the account name
 * @param apiHostname the child's own API hostname, e.g. {@code api-1a2b3c4d.duosecurity.com}, or
 *     null if Duo did not send one
 */
public record ChildAccount(String accountId, String name, String apiHostname) {}
