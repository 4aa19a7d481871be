package io.duoctl.app.web;

import io.javalin.config.JavalinConfig;

/**
 * One part of duoctl's web server (the REST API, the console) that adds its routes, filters and
 * exception handlers to the shared Javalin configuration. The server installs every module before
 * it starts, so a module must only register handlers under its own path prefix.
 */
@FunctionalInterface
public interface WebModule {
  void install(JavalinConfig config);
}
