package io.duoctl.app;

import io.duoctl.app.metrics.Metrics;
import io.duoctl.core.access.ApiTokenService;
import io.duoctl.core.access.FirstOperatorSetup;
import io.duoctl.core.access.OperatorService;
import io.duoctl.core.access.SessionService;
import io.duoctl.core.actions.ActionCatalog;
import io.duoctl.core.actions.ActionRunner;
import io.duoctl.core.actions.AuditLogActionTrail;
import io.duoctl.core.actions.MappedOrganizationResolver;
import io.duoctl.core.actions.OrganizationResolver;
import io.duoctl.core.actions.handlers.StandardActions;
import io.duoctl.core.audit.AuditLog;
import io.duoctl.core.baseline.BaselineService;
import io.duoctl.core.baseline.SettingsDrift;
import io.duoctl.core.db.Database;
import io.duoctl.core.db.DatabaseUnavailableException;
import io.duoctl.core.health.NodeReadiness;
import io.duoctl.core.jobs.FanOut;
import io.duoctl.core.jobs.FanOutLimits;
import io.duoctl.core.jobs.Job;
import io.duoctl.core.jobs.JobHistory;
import io.duoctl.core.jobs.JobKeeper;
import io.duoctl.core.jobs.JobLease;
import io.duoctl.core.jobs.JobStore;
import io.duoctl.core.jobs.NamedJobHistory;
import io.duoctl.core.jobs.OrganizationServiceDirectory;
import io.duoctl.core.logexport.exports.ConfiguredExportSources;
import io.duoctl.core.logexport.exports.LogExportSettings;
import io.duoctl.core.logexport.exports.LogExportStore;
import io.duoctl.core.logexport.exports.LogExporter;
import io.duoctl.core.logexport.exports.LogExports;
import io.duoctl.core.logexport.exports.LogSearch;
import io.duoctl.core.logexport.rules.LogRuleService;
import io.duoctl.core.logexport.rules.RuleSink;
import io.duoctl.core.logexport.sinks.SinkFactory;
import io.duoctl.core.mapping.DuoAccountDirectory;
import io.duoctl.core.mapping.DuoClientAccountDirectory;
import io.duoctl.core.mapping.MappingHealthCheck;
import io.duoctl.core.mapping.MappingService;
import io.duoctl.core.mapping.OrganizationMoves;
import io.duoctl.core.mapping.OrganizationsFromDuo;
import io.duoctl.core.mapping.TargetResolver;
import io.duoctl.core.orgs.OrganizationCsvImport;
import io.duoctl.core.orgs.OrganizationKeyService;
import io.duoctl.core.orgs.OrganizationKeysImport;
import io.duoctl.core.orgs.OrganizationService;
import io.duoctl.core.orgs.check.OrganizationCheck;
import io.duoctl.core.reports.ReportCatalog;
import io.duoctl.core.reports.ReportRunner;
import io.duoctl.core.reports.snapshots.BillingReport;
import io.duoctl.core.reports.snapshots.SnapshotStore;
import io.duoctl.core.reports.snapshots.Snapshots;
import io.duoctl.core.reports.standard.StandardReports;
import io.duoctl.core.secrets.InvalidMasterKeyException;
import io.duoctl.core.secrets.MasterKeyFile;
import io.duoctl.core.secrets.MasterKeyRotation;
import io.duoctl.core.secrets.MasterKeySource;
import io.duoctl.core.secrets.MissingMasterKeyException;
import io.duoctl.core.secrets.SecretVault;
import io.duoctl.core.secrets.WrongMasterKeyException;
import io.duoctl.core.settings.ApiValidator;
import io.duoctl.core.settings.Configuration;
import io.duoctl.core.settings.ConfiguredDuoClient;
import io.duoctl.core.settings.DuoApiValidator;
import io.duoctl.core.settings.DuoClientFactory;
import io.duoctl.core.settings.SettingsService;
import io.duoctl.core.timing.DuoCallTimes;
import io.duoctl.core.workflows.WorkflowDefinitionStore;
import io.duoctl.core.workflows.WorkflowLookup;
import io.duoctl.core.workflows.Workflows;
import io.duoctl.core.workflows.connections.ConnectionCalls;
import io.duoctl.core.workflows.connections.ConnectionService;
import io.duoctl.core.workflows.connections.StoredConnections;
import io.duoctl.core.workflows.runs.RunEnvironment;
import io.duoctl.core.workflows.runs.WorkflowLauncher;
import io.duoctl.core.workflows.runs.WorkflowRunStore;
import io.duoctl.core.workflows.runs.WorkflowRuns;
import io.duoctl.core.workflows.schedules.ScheduleRunner;
import io.duoctl.core.workflows.schedules.ScheduleService;
import io.duoctl.core.workflows.webhooks.WebhookDeliveries;
import io.duoctl.core.workflows.webhooks.WebhookService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The composition root: from an {@link AppConfig} it opens the database (migrated), unlocks the
 * secret vault with the master key, and builds every service, the Duo client factory and the
 * validator. The CLI, the REST API and the console all start from here; nothing else reads the
 * environment or system properties (only {@link Main} does, into an {@link AppConfig}).
 *
 * <p>Tests start it with their own config, clock and client factory. Thread-safe once started;
 * {@link #close()} releases the connection pool.
 */
public final class Duoctl implements AutoCloseable {
  /** How long the database may take to answer a readiness check. */
  private static final Duration READINESS_TIMEOUT = Duration.ofSeconds(3);

  private final AppConfig config;
  private final Clock clock;
  private final Database database;
  private final MasterKeySource masterKeySource;
  private final SecretVault vault;
  private final AuditLog audit;
  private final SettingsService settings;
  private final OrganizationService organizations;
  private final OrganizationKeyService organizationKeys;
  private final OrganizationCsvImport csvImport;
  private final OrganizationKeysImport keysImport;
  private final OrganizationCheck organizationCheck;
  private final MappingService mapping;
  private final OrganizationMoves organizationMoves;
  private final MappingHealthCheck mappingHealth;
  private final OrganizationsFromDuo organizationsFromDuo;
  private final TargetResolver targets;
  private final DuoClientFactory clients;
  private final DuoCallTimes duoCallTimes = new DuoCallTimes();
  private final MeterHooks meterHooks = new MeterHooks();
  private Metrics metrics;
  private final DuoAccountDirectory accountDirectory;
  private final ApiValidator validator;
  private final MasterKeyRotation masterKeyRotation;
  private final ActionCatalog actions;
  private final ReportCatalog reports;
  private final Snapshots snapshots;
  private final JobStore jobs;
  private final JobHistory jobHistory;
  private final JobKeeper jobKeeper;
  private final ApiTokenService apiTokens;
  private final OperatorService operators;
  private final FirstOperatorSetup firstOperatorSetup;
  private final SessionService sessions;
  private final Workflows workflows;
  private final WorkflowRuns workflowRuns;
  private final NodeReadiness readiness;
  private final ConnectionService connections;
  private final BaselineService baselines;
  private final StoredConnections connectionCalls;
  private final WebhookService webhooks;
  private final LogRuleService logRules;
  private final LogExportStore logExportStore;
  private final LogExports logExports;
  private final ConfiguredExportSources exportSources;
  private LogExporter logExporter;
  private final Map<String, Actions> actionsByConfiguration = new ConcurrentHashMap<>();
  private ScheduleService schedules;
  private ScheduleRunner scheduleRunner;

  /**
   * The runner and fan-out of one configuration, sharing one Duo client (rebuilt whenever the
   * stored configuration changes) and one pacer, so a fan-out over child accounts stays within the
   * rate limits of the parent's keys they all use. The runner serves runs someone waits on and has
   * the shorter call deadline; the fan-out's runner has the background-job one.
   */
  private record Actions(
      ConfiguredDuoClient client,
      ActionRunner runner,
      FanOut fanOut,
      FanOut attendedFanOut,
      RunEnvironment workflowEnvironment,
      ReportRunner reports) {

    Stream<FanOut> fanOuts() {
      return Stream.of(fanOut, attendedFanOut);
    }
  }

  private Duoctl(AppConfig config, Clock clock, DuoClientFactory clients, Database database) {
    this.config = config;
    this.clock = clock;
    this.clients = clients.observing(duoCallTimes.andThen(meterHooks));
    this.database = database;
    this.masterKeySource = MasterKeySource.forDataDir(config.masterKey(), config.dataDir());
    this.vault = unlock(database, masterKeySource, config);
    var jdbi = database.jdbi();
    this.audit = new AuditLog(jdbi, clock);
    this.settings = new SettingsService(jdbi, vault, audit, clock);
    this.organizations = new OrganizationService(jdbi, vault, settings, audit, clock);
    this.organizationKeys = new OrganizationKeyService(jdbi, vault, audit, clock);
    this.csvImport = new OrganizationCsvImport(jdbi, organizations, settings);
    this.mapping = new MappingService(jdbi, settings, organizations, audit, clock);
    this.organizationMoves = new OrganizationMoves(jdbi, organizations, audit);
    this.mappingHealth = new MappingHealthCheck(jdbi, settings, organizations);
    this.organizationsFromDuo =
        new OrganizationsFromDuo(jdbi, settings, organizations, audit, clock);
    this.targets = new TargetResolver(jdbi, settings, organizations);
    this.accountDirectory = new DuoClientAccountDirectory(this.clients);
    DuoApiValidator duoValidator = new DuoApiValidator(this.clients, clock);
    this.validator = duoValidator;
    this.keysImport = new OrganizationKeysImport(jdbi, organizations, organizationKeys, settings);
    this.organizationCheck = new OrganizationCheck(settings, organizations, targets, duoValidator);
    this.masterKeyRotation = new MasterKeyRotation(jdbi, vault, audit);
    this.actions = StandardActions.catalog();
    SnapshotStore snapshotStore = new SnapshotStore(jdbi);
    this.reports =
        StandardReports.catalog(
            List.of(BillingReport.definition(snapshotStore, config.snapshots())));
    this.snapshots =
        new Snapshots(
            snapshotStore,
            this::reportRunner,
            () -> settings.list().stream().map(Configuration::name).toList(),
            config.snapshots(),
            clock);
    this.jobs = new JobStore(jdbi, JobLease.forThisProcess(config.jobLease()));
    this.jobHistory = new NamedJobHistory(jobs, organizations);
    this.jobKeeper =
        new JobKeeper(jobs, configuration -> fanOut(configuration.orElse(null)), clock);
    SecureRandom random = new SecureRandom();
    this.apiTokens = new ApiTokenService(jdbi, audit, clock, random);
    this.operators = new OperatorService(jdbi, audit, clock, random);
    this.firstOperatorSetup = new FirstOperatorSetup(operators, random);
    this.sessions = new SessionService(jdbi, clock, random);
    this.connections = new ConnectionService(jdbi, vault, audit, clock);
    this.baselines = new BaselineService(jdbi, settings, audit);
    this.connectionCalls = new StoredConnections(connections);
    this.workflows = new Workflows(actions, clock, new WorkflowDefinitionStore(jdbi, audit, clock));
    this.workflowRuns =
        new WorkflowRuns(
            workflows,
            actions,
            new WorkflowRunStore(jdbi, jobs.lease()),
            configuration -> actionsFor(configuration.orElse(null)).workflowEnvironment(),
            connectionCalls,
            FanOutLimits.defaults().overall(),
            meterHooks,
            clock);
    this.readiness =
        new NodeReadiness(
            database,
            jobKeeper::lastHeartbeat,
            workflowRuns::lastHeartbeat,
            jobs.lease().length(),
            READINESS_TIMEOUT,
            clock);
    this.webhooks =
        new WebhookService(
            jdbi, vault, audit, settings, WorkflowLookup.of(workflows::all), clock, random);
    this.logRules =
        new LogRuleService(jdbi, vault, audit, WorkflowLookup.of(workflows::all), clock);
    this.logExportStore = new LogExportStore(jdbi);
    this.logExports = new LogExports(logExportStore, vault, audit, settings, organizations, clock);
    this.exportSources =
        new ConfiguredExportSources(
            organizations, targets, name -> actionsFor(name).client().jobTransport());
  }

  /** Starts on the system clock, calling Duo with its real back-off. */
  public static Duoctl start(AppConfig config) {
    return start(config, Clock.systemUTC(), DuoClientFactory.system());
  }

  /**
   * Starts with the given clock (audit times, validation stamps) and Duo client factory.
   *
   * @throws AppStartException if the database cannot be opened or the master key is missing,
   *     malformed or not the one the stored secrets were encrypted with
   */
  public static Duoctl start(AppConfig config, Clock clock, DuoClientFactory clients) {
    if (config.databaseUrl() == null) {
      createDataDir(config.dataDir());
    }
    Database database;
    try {
      database = Database.open(config.database());
    } catch (DatabaseUnavailableException e) {
      throw new AppStartException(
          e.getMessage()
              + (config.databaseUrl() != null
                  ? "; check " + AppConfig.DB_URL_VARIABLE + " (or --db) and the credentials"
                  : "; check that " + config.dataDir() + " is writable and not in use"),
          e);
    }
    try {
      return new Duoctl(config, clock, clients, database);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  private static SecretVault unlock(Database database, MasterKeySource source, AppConfig config) {
    String origin =
        config.masterKey() != null
            ? AppConfig.MASTER_KEY_VARIABLE
            : "the key file " + source.keyFile();
    try {
      return SecretVault.unlock(database.jdbi(), source, new SecureRandom());
    } catch (WrongMasterKeyException e) {
      throw new AppStartException(
          "wrong master key: the key from "
              + origin
              + " does not open the secrets stored in "
              + describeDatabase(config)
              + "; supply the key they were saved with ("
              + AppConfig.MASTER_KEY_VARIABLE
              + " or the key file)",
          e);
    } catch (MissingMasterKeyException | InvalidMasterKeyException e) {
      throw new AppStartException(e.getMessage(), e);
    }
  }

  private static String describeDatabase(AppConfig config) {
    return config.databaseUrl() != null ? config.databaseUrl() : config.dataDir().toString();
  }

  private static void createDataDir(Path dir) {
    if (Files.isDirectory(dir)) {
      return;
    }
    try {
      boolean posix =
          dir.toAbsolutePath().getFileSystem().supportedFileAttributeViews().contains("posix");
      if (posix) {
        Files.createDirectories(
            dir,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      } else {
        Files.createDirectories(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot create the data directory " + dir + "; choose another with --data or DUOCTL_DATA",
          e);
    }
  }

  /** What this instance was started with. */
  public AppConfig config() {
    return config;
  }

  /** Who acts, for audit entries. */
  public String actor() {
    return config.actor();
  }

  public Clock clock() {
    return clock;
  }

  public Database database() {
    return database;
  }

  public SecretVault vault() {
    return vault;
  }

  public AuditLog audit() {
    return audit;
  }

  public SettingsService settings() {
    return settings;
  }

  public OrganizationService organizations() {
    return organizations;
  }

  public OrganizationKeyService organizationKeys() {
    return organizationKeys;
  }

  public OrganizationCsvImport csvImport() {
    return csvImport;
  }

  /** Imports organizations' own keys and directory keys from CSV. */
  public OrganizationKeysImport keysImport() {
    return keysImport;
  }

  /** Checks organizations' keys, mapping and directory key against Duo. */
  public OrganizationCheck organizationCheck() {
    return organizationCheck;
  }

  public MappingService mapping() {
    return mapping;
  }

  /** Moves organizations between configurations, deciding what becomes of their mapping. */
  public OrganizationMoves organizationMoves() {
    return organizationMoves;
  }

  public MappingHealthCheck mappingHealth() {
    return mappingHealth;
  }

  public OrganizationsFromDuo organizationsFromDuo() {
    return organizationsFromDuo;
  }

  /** Turns (organization, API) into the Duo target to call. */
  public TargetResolver targets() {
    return targets;
  }

  /**
   * Finds the organizations of a configuration (null: the default) by id or name, with a Duo target
   * for every API they can reach, for the action runner.
   */
  public OrganizationResolver organizationResolver(String configurationName) {
    return new MappedOrganizationResolver(
        organizations, targets, settings.get(configurationName).name());
  }

  /** The catalog of every action duoctl can run. */
  public ActionCatalog actions() {
    return actions;
  }

  /**
   * The action runner of a configuration (null: the default) for runs someone waits on (the CLI, a
   * REST run, the console): built once per configuration; its Duo client follows the stored
   * advanced settings, with their shorter synchronous call deadline.
   *
   * @throws io.duoctl.core.settings.ConfigurationNotFoundException if there is no such
   *     configuration
   */
  public ActionRunner actionRunner(String configurationName) {
    return actionsFor(configurationName).runner();
  }

  /** The catalog of every report duoctl can run. */
  public ReportCatalog reports() {
    return reports;
  }

  /**
   * Runs reports over the organizations of a configuration (null: the default) while someone waits,
   * within the slots of its attended fan-out and through its paced Duo client; built once per
   * configuration.
   *
   * @throws io.duoctl.core.settings.ConfigurationNotFoundException if there is no such
   *     configuration
   */
  public ReportRunner reportRunner(String configurationName) {
    return actionsFor(configurationName).reports();
  }

  /**
   * The daily snapshots of every organization's coverage, accounts and billing figures: taken on
   * demand, by a server once a day ({@link #runSchedules()}), and read as trends.
   */
  public Snapshots snapshots() {
    return snapshots;
  }

  /**
   * Runs actions over many organizations of a configuration (null: the default); built once per
   * configuration and shut down by {@link #close()}.
   */
  public FanOut fanOut(String configurationName) {
    return actionsFor(configurationName).fanOut();
  }

  /** The baseline of Duo account settings of each configuration. */
  public BaselineService baselines() {
    return baselines;
  }

  /**
   * The drift report of a configuration (null: the default) for someone who waits on it: over its
   * attended fan-out.
   */
  public SettingsDrift settingsDrift(String configurationName) {
    return new SettingsDrift(attendedFanOut(configurationName));
  }

  /**
   * Runs actions over many organizations of a configuration (null: the default) while someone waits
   * for the outcome, as the CLI does: like {@link #fanOut} but each Duo call has the
   * configuration's shorter synchronous deadline.
   */
  public FanOut attendedFanOut(String configurationName) {
    return actionsFor(configurationName).attendedFanOut();
  }

  /**
   * The fan-out, of whichever configuration, that runs job {@code jobId} in this process; empty
   * when none does (the job finished before this process started, or another process runs it).
   */
  public Optional<FanOut> fanOutRunning(String jobId) {
    return actionsByConfiguration.values().stream()
        .flatMap(Actions::fanOuts)
        .filter(fanOut -> fanOut.running(jobId).isPresent())
        .findFirst();
  }

  /**
   * Cancels a running job, whichever process runs it: at once when it runs here, otherwise by
   * marking it cancelled in the job store, which its process checks before each organization.
   *
   * @return false when the job is not running (finished, or unknown)
   */
  public boolean cancelJob(String jobId) {
    return fanOutRunning(jobId).map(fanOut -> fanOut.cancel(jobId)).orElse(false)
        || jobs.requestCancel(jobId, clock.instant());
  }

  /**
   * Resumes, now and whenever another node's lease lapses, every job whose process is gone (killed,
   * crashed): organizations not started run, those in flight are settled by looking them up ({@link
   * FanOut#resume}). A server calls it once at start.
   *
   * @return the jobs resumed now
   */
  public List<Job> resumeInterruptedJobs() {
    return jobKeeper.resumeLapsedJobs();
  }

  /**
   * Fan-out jobs and their rows, as stored (by this process or a server on the same database);
   * read-only, a job is cancelled through {@link #cancelJob}.
   */
  public JobHistory jobs() {
    return jobHistory;
  }

  private Actions actionsFor(String configurationName) {
    var configuration = settings.get(configurationName);
    return actionsByConfiguration.computeIfAbsent(
        configuration.name(),
        name -> {
          var client = new ConfiguredDuoClient(settings, clients, name, clients.pacer());
          var resolver = organizationResolver(name);
          var trail = new AuditLogActionTrail(database.jdbi(), audit);
          var runner = new ActionRunner(actions, resolver, client.syncTransport(), trail, clock);
          var jobRunner = new ActionRunner(actions, resolver, client.jobTransport(), trail, clock);
          var directory = new OrganizationServiceDirectory(organizations, name);
          var limits = FanOutLimits.defaults();
          var fanOut = new FanOut(jobRunner, resolver, directory, jobs, limits, meterHooks, clock);
          var attended = new FanOut(runner, resolver, directory, jobs, limits, meterHooks, clock);
          jobKeeper.keepLeases();
          var reportRunner =
              new ReportRunner(reports, attended, resolver, client.syncTransport(), trail, clock);
          return new Actions(
              client,
              runner,
              fanOut,
              attended,
              new RunEnvironment(jobRunner, directory),
              reportRunner);
        });
  }

  /**
   * The time this thread's Duo calls spend waiting for Duo, per measured piece of work (a REST
   * request's {@code Server-Timing}).
   */
  public DuoCallTimes duoCallTimes() {
    return duoCallTimes;
  }

  /** Builds Duo clients from stored advanced settings. */
  public DuoClientFactory clients() {
    return clients;
  }

  /** Lists child accounts through the Accounts API. */
  public DuoAccountDirectory accountDirectory() {
    return accountDirectory;
  }

  /** Checks a configuration's keys against Duo. */
  public ApiValidator validator() {
    return validator;
  }

  public MasterKeyRotation masterKeyRotation() {
    return masterKeyRotation;
  }

  /** The REST API's bearer tokens: create (shown once), list, revoke, authenticate. */
  public ApiTokenService apiTokens() {
    return apiTokens;
  }

  /** The people who sign in to the web console. */
  public OperatorService operators() {
    return operators;
  }

  /**
   * The web console's sessions, in the database: every node on the same database and every restart
   * honours them.
   */
  public SessionService sessions() {
    return sessions;
  }

  /**
   * The one-time token that lets the first operator be created in the console (one per process; the
   * server prints it at start when no operator exists).
   */
  public FirstOperatorSetup firstOperatorSetup() {
    return firstOperatorSetup;
  }

  /**
   * Starts workflow runs in the background (webhooks, schedules, the REST API and the console start
   * them through it).
   */
  public WorkflowLauncher workflowLauncher() {
    return workflowRuns;
  }

  /** The workflows that can run (built-in and saved), and saving and checking definitions. */
  public Workflows workflows() {
    return workflows;
  }

  /** Runs workflows, in the background or while the caller waits, and keeps their history. */
  public WorkflowRuns workflowRuns() {
    return workflowRuns;
  }

  /**
   * Takes over, now and whenever another node's lease lapses, every workflow run whose process is
   * gone, from its last finished step. A server calls it once at start.
   *
   * @return how many runs it took over now
   */
  public int resumeInterruptedRuns() {
    return workflowRuns.resumeLapsedRuns();
  }

  /**
   * Schedules that start workflow runs (built on first use, so commands that never touch them load
   * nothing of db-scheduler); their runs start through {@link #workflowLauncher()}.
   */
  public synchronized ScheduleService schedules() {
    if (schedules == null) {
      schedules =
          new ScheduleService(
              database.jdbi(),
              audit,
              clock,
              WorkflowLookup.of(workflows::all),
              actions,
              settings,
              request -> workflowLauncher().launch(request));
    }
    return schedules;
  }

  /** The stored log exports: create, start, stop, delete, status. */
  public LogExports logExports() {
    return logExports;
  }

  /** One-off reads of an organization's Duo log (no checkpoint), for {@code logs query}. */
  public LogSearch logSearch() {
    return new LogSearch(exportSources, organizations, clock);
  }

  /**
   * Starts this node's log-export engine, once: it exports every running export's organization logs
   * this node holds a lease on, taking over those whose node is gone. A server calls it at start;
   * {@link #close()} stops it.
   */
  public synchronized LogExporter runLogExports() {
    if (logExporter == null) {
      logExporter =
          new LogExporter(
              logExports,
              logExportStore,
              exportSources,
              SinkFactory.system().withRules(this::ruleSink),
              jobs.lease(),
              LogExportSettings.defaults().withPoll(config.logExportPoll()),
              clock);
      logExporter.start();
    }
    return logExporter;
  }

  /**
   * Runs the schedules of every node on this database in this process from now on, until {@link
   * #close()}: a server calls it once at start (the CLI never does). Of all the processes running
   * them, exactly one launches each due time; one that stops gives its due time up after {@code
   * DUOCTL_JOB_LEASE}. The same scheduler takes the daily report snapshot ({@link #snapshots()}),
   * each day on one node.
   */
  public synchronized ScheduleRunner runSchedules() {
    if (scheduleRunner == null) {
      scheduleRunner =
          schedules()
              .runner(
                  database.dataSource(),
                  jobs.lease().node(),
                  config.schedulePoll(),
                  config.jobLease(),
                  List.of(snapshots.dailyTask()));
      scheduleRunner.start();
    }
    return scheduleRunner;
  }

  /**
   * Whether this node can take work: the database answers, its schema is current and this node's
   * lease heartbeats are alive ({@code /health/ready}).
   */
  public NodeReadiness readiness() {
    return readiness;
  }

  /**
   * This node's meters, made on first use (by a server, for {@code /metrics}): from then on they
   * count every Duo call, fan-out job and workflow run of this process, and the JVM's and the
   * database pool's figures. A CLI command never makes them.
   */
  public synchronized Metrics metrics() {
    if (metrics == null) {
      metrics = Metrics.start(database);
      meterHooks.attach(metrics.duoCalls(), metrics.jobs(), metrics.runs());
      metrics.readLogExports(logExports::totals, logRules::firingCounts, clock);
    }
    return metrics;
  }

  /**
   * The HTTP connections of workflow {@code http} steps (a PSA's base URL and credentials): create,
   * list, show, replace headers, delete; header values encrypted and never shown.
   */
  public ConnectionService connections() {
    return connections;
  }

  /**
   * Sends a workflow {@code http} step's request through a stored connection; its HTTP client
   * starts with the first request and stops with {@link #close()}.
   */
  public ConnectionCalls connectionCalls() {
    return connectionCalls;
  }

  /** The signed webhooks that start workflow runs: register, list, rotate, enable, remove. */
  public WebhookService webhooks() {
    return webhooks;
  }

  /** The rules over exported log events: add, list, enable, disable, delete, test. */
  public LogRuleService logRules() {
    return logRules;
  }

  /**
   * A new sink that fires the enabled log rules over the events delivered to it, starting workflow
   * runs through {@link #workflowLauncher}; the export engine delivers to it like to any sink.
   */
  public RuleSink ruleSink(String name) {
    return new RuleSink(
        name,
        database.jdbi(),
        vault,
        audit,
        request -> workflowLauncher().launch(request),
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(),
        clock);
  }

  /** Receives the webhooks' deliveries and starts their runs through {@link #workflowLauncher}. */
  public WebhookDeliveries webhookDeliveries() {
    // each delivery asks for the launcher, so it never holds one from before the engine started
    return webhookDeliveries(request -> workflowLauncher().launch(request));
  }

  /** Receives the webhooks' deliveries and starts their runs through {@code launcher}. */
  public WebhookDeliveries webhookDeliveries(WorkflowLauncher launcher) {
    return new WebhookDeliveries(
        database.jdbi(), vault, launcher, clock, WebhookDeliveries.DEFAULT_REPLAY_WINDOW);
  }

  /** The master key file, when the key does not come from {@code DUOCTL_MASTER_KEY}. */
  public Optional<MasterKeyFile> masterKeyFile() {
    return config.masterKey() != null
        ? Optional.empty()
        : Optional.ofNullable(masterKeySource.keyFile()).map(MasterKeyFile::new);
  }

  @Override
  public void close() {
    synchronized (this) {
      if (logExporter != null) {
        logExporter.close();
      }
    }
    workflowRuns.close();
    synchronized (this) {
      if (scheduleRunner != null) {
        scheduleRunner.close();
      }
    }
    connectionCalls.close();
    jobKeeper.close();
    actionsByConfiguration
        .values()
        .forEach(
            a -> {
              a.fanOuts().forEach(FanOut::close);
              a.client().close();
            });
    apiTokens.close();
    database.close();
    synchronized (this) {
      if (metrics != null) {
        metrics.close();
      }
    }
  }
}
