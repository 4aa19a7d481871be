package io.duoctl.app.api;

/**
 * A response body with a status other than the route's default, e.g. 202 for a started job.
 *
 * @param status the HTTP status
 * @param body the JSON body, or null for none
 */
public record ApiResponse(int status, Object body) {}
