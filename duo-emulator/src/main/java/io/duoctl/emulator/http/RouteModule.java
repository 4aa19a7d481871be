package io.duoctl.emulator.http;

import io.duoctl.emulator.model.World;

/**
 * A feature's set of routes, e.g. the users endpoints. Modules build their controllers from the
 * world and register method references on the route table.
 */
@FunctionalInterface
public interface RouteModule {

  /** Registers this feature's routes. */
  void register(Routes routes, World world);
}
