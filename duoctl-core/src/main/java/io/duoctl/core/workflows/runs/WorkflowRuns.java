package io.duoctl.core.workflows.runs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.duoctl.core.access.ApiScope;
import io.duoctl.core.actions.ActionCatalog;
import io.duoctl.core.actions.RunOptions;
import io.duoctl.core.jobs.LeaseHeartbeat;
import io.duoctl.core.settings.ConfigurationNotFoundException;
import io.duoctl.core.workflows.WorkflowDefinition;
import io.duoctl.core.workflows.Workflows;
import io.duoctl.core.workflows.connections.ConnectionCalls;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs workflows, durably: the one way every front end (CLI, REST, console, webhooks, schedules)
 * starts a run. A run is checked ({@link RunRules}, the inputs), stored with the definitions it
 * follows, and its steps recorded as they start and end ({@link RunExecution}); the node that runs
 * it holds a lease, and when the lease lapses (the node stopped) any node running {@link
 * #resumeLapsedRuns()} takes the run over from its last finished step. Thread-safe.
 */
public final class WorkflowRuns implements WorkflowLauncher, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(WorkflowRuns.class);
  private static final long WAIT_SLICE_MS = 200;

  /** The outputs a run hands its caller once, besides the stored run. */
  public record Finished(WorkflowRun run, ObjectNode shownOnce) {
    public Finished {
      Objects.requireNonNull(run, "run");
      shownOnce = shownOnce.deepCopy();
    }
  }

  private final Workflows workflows;
  private final ActionCatalog catalog;
  private final WorkflowRunStore store;
  private final Function<Optional<String>, RunEnvironment> environments;
  private final ConnectionCalls connections;
  private final Clock clock;
  private final RunExpressions expressions = new RunExpressions();
  private final RunInputs inputs;
  private final int parallelism;
  private final RunExecution.Sleeper sleeper;
  private final RunObserver observer;
  private final ExecutorService threads;
  private final Set<String> live = ConcurrentHashMap.newKeySet();
  private final LeaseHeartbeat heartbeat;
  private volatile boolean closed;

  /**
   * @param environments where the runs of a configuration (empty: the default) call Duo
   * @param connections where {@code http} steps send their requests
   * @param parallelism how many iterations of one repeated step run at once
   * @param observer told of every run started and finished here, and of its steps
   */
  public WorkflowRuns(
      Workflows workflows,
      ActionCatalog catalog,
      WorkflowRunStore store,
      Function<Optional<String>, RunEnvironment> environments,
      ConnectionCalls connections,
      int parallelism,
      RunObserver observer,
      Clock clock) {
    this(
        workflows,
        catalog,
        store,
        environments,
        connections,
        parallelism,
        Thread::sleep,
        observer,
        clock);
  }

  WorkflowRuns(
      Workflows workflows,
      ActionCatalog catalog,
      WorkflowRunStore store,
      Function<Optional<String>, RunEnvironment> environments,
      ConnectionCalls connections,
      int parallelism,
      RunExecution.Sleeper sleeper,
      RunObserver observer,
      Clock clock) {
    this.workflows = Objects.requireNonNull(workflows, "workflows");
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.store = Objects.requireNonNull(store, "store");
    this.environments = Objects.requireNonNull(environments, "environments");
    this.connections = Objects.requireNonNull(connections, "connections");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.inputs = new RunInputs(clock);
    this.parallelism = parallelism;
    this.sleeper = sleeper;
    this.observer = Objects.requireNonNull(observer, "observer");
    AtomicInteger count = new AtomicInteger();
    this.threads =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "duoctl-workflow-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    this.heartbeat =
        new LeaseHeartbeat(
            "workflow",
            store.lease(),
            clock,
            () -> store.renewLeases(clock.instant(), Set.copyOf(live)),
            this::resumeNow);
  }

  /** Runs and their steps as stored, by any node. */
  public WorkflowRunHistory history() {
    return store;
  }

  @Override
  public Optional<String> launchedBy(RunTrigger trigger) {
    return store.launchedBy(trigger);
  }

  /** Starts the run in the background and returns its id at once. */
  @Override
  public String launch(WorkflowRunRequest request) {
    Prepared prepared = prepare(request);
    live.add(prepared.run().id());
    threads.execute(() -> executeInBackground(prepared));
    return prepared.run().id();
  }

  private void executeInBackground(Prepared prepared) {
    String id = prepared.run().id();
    try {
      execute(prepared, RunListener.NONE);
    } catch (RunTakenOverException e) {
      LOG.info("workflow run {} was taken over by another node", id);
    } catch (NodeStoppingException e) {
      LOG.info("workflow run {} stops here with this node; another node takes it over", id);
    } catch (RuntimeException e) {
      LOG.error("workflow run {} failed unexpectedly; another node takes it over", id, e);
    }
  }

  /**
   * Runs the workflow in the caller's thread to its end, telling {@code listener} of each step.
   *
   * @throws RunTakenOverException if this node lost its lease and another took the run over
   * @return the finished run and the outputs shown once (secrets the caller must show now: they are
   *     not stored)
   */
  public Finished run(WorkflowRunRequest request, RunListener listener) {
    Prepared prepared = prepare(request);
    live.add(prepared.run().id());
    return execute(prepared, listener);
  }

  /**
   * Takes over, now and at every heartbeat from then on, the runs whose node stopped; a server
   * calls it once at start.
   *
   * @return how many runs it took over now
   */
  public int resumeLapsedRuns() {
    heartbeat.takeOverFromNowOn();
    return resumeNow();
  }

  /** Renews this node's leases on its runs at every heartbeat, from now on. */
  public void keepLeases() {
    heartbeat.start();
  }

  /**
   * When this node last renewed its leases on its runs, or began to keep them; empty while it keeps
   * none. A time further back than the lease's length means the heartbeat stalls or fails, and
   * other nodes may take this node's runs over.
   */
  public Optional<Instant> lastHeartbeat() {
    return heartbeat.last();
  }

  private synchronized int resumeNow() {
    if (closed) {
      return 0;
    }
    List<StoredRun> claimed = store.claimLapsed(clock.instant());
    int resumed = 0;
    for (StoredRun stored : claimed) {
      WorkflowRun run = stored.run();
      if (!live.add(run.id())) {
        // Its lease lapsed while this node's heartbeat was held up (the database away longer than
        // the lease), and this node still runs it: a second execution here would pass the same
        // fence and send its changes again. The claim renewed the lease; the run goes on here.
        LOG.warn("workflow run {}: this node's lease lapsed while it ran it; it goes on", run.id());
        continue;
      }
      threads.execute(() -> resume(stored));
      LOG.info("taking over workflow run {} ({}) of a node that stopped", run.id(), run.workflow());
      resumed++;
    }
    return resumed;
  }

  private void resume(StoredRun stored) {
    WorkflowRun run = stored.run();
    try {
      if (stored.secretInputs()) {
        finishRun(
            run.finished(
                RunState.FAILED,
                null,
                "its node stopped, and its secret inputs were not stored: start it again",
                0,
                0,
                0,
                clock.instant()));
        return;
      }
      Map<String, WorkflowDefinition> library = new LinkedHashMap<>();
      stored.definitions().forEach((name, yaml) -> library.put(name, Workflows.read(yaml)));
      RunExecution execution =
          new RunExecution(
              services(run.configuration()),
              run,
              library,
              options(run.actor(), stored.scope(), run.dryRun()),
              store.steps(run.id()),
              observer);
      observer.runFinished(execution.execute((ObjectNode) run.inputs().deepCopy()).run());
    } catch (ConfigurationNotFoundException e) {
      finishRun(
          run.finished(
              RunState.FAILED,
              null,
              "its node stopped, and the configuration it ran in was deleted",
              0,
              0,
              0,
              clock.instant()));
    } catch (RunTakenOverException e) {
      LOG.info("workflow run {} was taken over by another node", run.id());
    } catch (NodeStoppingException e) {
      LOG.info("workflow run {} stops here with this node; another node takes it over", run.id());
    } catch (RuntimeException e) {
      LOG.error("workflow run {} failed unexpectedly; it is taken over again later", run.id(), e);
    } finally {
      live.remove(run.id());
    }
  }

  private void finishRun(WorkflowRun run) {
    store.finishRun(run);
    observer.runFinished(run);
  }

  /** A checked, stored run ready to execute, with its inputs (secrets included). */
  private record Prepared(
      WorkflowRun run,
      Map<String, WorkflowDefinition> library,
      ObjectNode inputs,
      WorkflowRunRequest request) {}

  private Prepared prepare(WorkflowRunRequest request) {
    Map<String, String> texts = workflows.closure(request.workflow());
    Map<String, WorkflowDefinition> library = new LinkedHashMap<>();
    texts.forEach((name, yaml) -> library.put(name, Workflows.read(yaml)));
    WorkflowDefinition workflow = library.get(request.workflow());
    ObjectNode resolved = inputs.resolve(workflow, request.inputs());
    RunRules.check(catalog, library, request);
    Objects.requireNonNull(
        environments.apply(request.configuration()), "the configuration's environment");
    WorkflowRun run =
        new WorkflowRun(
            UUID.randomUUID().toString(),
            workflow.name(),
            workflow.version(),
            request.trigger(),
            request.actor(),
            request.dryRun(),
            RunState.RUNNING,
            request.configuration(),
            RunInputs.redacted(workflow, resolved),
            null,
            null,
            0,
            0,
            0,
            clock.instant(),
            null);
    store.insert(
        new StoredRun(
            run,
            texts,
            request.scope(),
            request.confirmed(),
            RunInputs.holdsSecrets(workflow, resolved)),
        clock.instant());
    keepLeases();
    observer.runStarted(run);
    return new Prepared(run, library, resolved, request);
  }

  private Finished execute(Prepared prepared, RunListener listener) {
    WorkflowRunRequest request = prepared.request();
    try {
      RunExecution execution =
          new RunExecution(
              services(request.configuration()),
              prepared.run(),
              prepared.library(),
              options(request.actor(), request.scope(), request.dryRun()),
              List.of(),
              step -> {
                observer.stepFinished(step);
                listener.stepFinished(step);
              });
      Finished finished = execution.execute(prepared.inputs());
      observer.runFinished(finished.run());
      return finished;
    } finally {
      live.remove(prepared.run().id());
    }
  }

  private RunExecution.Services services(Optional<String> configuration) {
    RunEnvironment environment = environments.apply(configuration);
    return new RunExecution.Services(
        store,
        environment.runner(),
        environment.directory(),
        expressions,
        inputs,
        connections,
        threads,
        parallelism,
        sleeper,
        this::waitUntil,
        clock);
  }

  /** Waits until {@code until}; when this node closes first, stops the run here (see close). */
  private void waitUntil(java.time.Instant until) {
    while (true) {
      java.time.Duration left = java.time.Duration.between(clock.instant(), until);
      if (left.isNegative() || left.isZero()) {
        return;
      }
      if (closed) {
        throw new NodeStoppingException();
      }
      try {
        Thread.sleep(Math.min(left.toMillis(), WAIT_SLICE_MS) + 1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new NodeStoppingException();
      }
    }
  }

  private static RunOptions options(String actor, ApiScope scope, boolean dry) {
    return new RunOptions(actor, scope, dry, Optional.empty(), OptionalInt.empty(), false);
  }

  /**
   * Stops this node's runs: waits end at once without writing (the runs stay with this node's
   * lease, so another node takes them over when it lapses); steps in flight finish.
   */
  @Override
  public void close() {
    closed = true;
    // Not holding this object's lock: a beat under way may be waiting for it in resumeNow.
    heartbeat.close();
    // No interrupts: an interrupted thread in the middle of a write closes the embedded database.
    threads.shutdown();
  }
}
