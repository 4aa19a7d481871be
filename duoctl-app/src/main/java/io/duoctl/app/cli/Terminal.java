package io.duoctl.app.cli;

import java.io.Console;
import java.io.InputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandleProxies;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What commands know of the terminal: standard input, a prompt that does not echo (absent when
 * there is no terminal, as in scripts and tests), whether a person watches (so progress may be
 * drawn in place on stderr), and how to react to Ctrl-C.
 *
 * @param interactive whether output goes to a terminal a person watches
 */
public record Terminal(
    InputStream stdin, Prompt prompt, boolean interactive, Interrupts interrupts) {
  /** Asks the person at the terminal. */
  @FunctionalInterface
  public interface Prompt {
    /** Reads one line without echo, or empty when the user enters nothing. */
    Optional<String> readHidden(String question);

    /** Reads one line as typed (echoed), e.g. a y/N answer; empty text when none. */
    default String readLine(String question) {
      return readHidden(question).orElse("");
    }
  }

  /** Where Ctrl-C is heard. */
  @FunctionalInterface
  public interface Interrupts {
    /** Never interrupts (scripts, tests). */
    Interrupts NONE = onInterrupt -> () -> {};

    /**
     * Runs {@code onInterrupt} when the user interrupts, until the returned registration is closed.
     * The process may exit once {@code onInterrupt} returns.
     */
    Registration register(Runnable onInterrupt);
  }

  /** An interrupt handler in force until closed. */
  @FunctionalInterface
  public interface Registration extends AutoCloseable {
    @Override
    void close();
  }

  public Terminal {
    Objects.requireNonNull(stdin, "stdin");
    Objects.requireNonNull(interrupts, "interrupts");
  }

  /** A terminal nobody watches, that is never interrupted. */
  public Terminal(InputStream stdin, Prompt prompt) {
    this(stdin, prompt, false, Interrupts.NONE);
  }

  /**
   * The process's stdin and its console, when it has one; Ctrl-C heard through a SIGINT handler.
   */
  public static Terminal system(InputStream stdin, Console console) {
    return new Terminal(
        stdin,
        console == null ? null : new ConsolePrompt(console),
        isTerminal(console) && !"dumb".equals(System.getenv("TERM")),
        Terminal::onSigint);
  }

  /** Asks through the process's console. */
  private record ConsolePrompt(Console console) implements Prompt {
    @Override
    public Optional<String> readHidden(String question) {
      char[] typed = console.readPassword("%s", question);
      return typed == null || typed.length == 0 ? Optional.empty() : Optional.of(new String(typed));
    }

    @Override
    public String readLine(String question) {
      String line = console.readLine("%s", question);
      return line == null ? "" : line;
    }
  }

  /** Whether a person can be asked. */
  public boolean canPrompt() {
    return prompt != null;
  }

  private static boolean isTerminal(Console console) {
    if (console == null) {
      return false;
    }
    try {
      // Console.isTerminal() (JDK 22+) tells a redirected console from a real one; before 22 a
      // console exists only on a terminal.
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException olderJdk) {
      return true;
    }
  }

  /**
   * Hears SIGINT itself, so the JVM does not shut down (and the embedded database stays open) while
   * the command cancels its job and shows what ran; a second Ctrl-C exits at once.
   *
   * <p>{@code sun.misc.Signal} (module jdk.unsupported) is reached reflectively: javac reports each
   * direct use as internal proprietary API, a warning no annotation silences, and the build treats
   * warnings as errors.
   */
  private static Registration onSigint(Runnable onInterrupt) {
    AtomicBoolean pressed = new AtomicBoolean();
    Runnable onSignal =
        () -> {
          if (pressed.getAndSet(true)) {
            System.exit(ErrorHandler.INTERRUPTED);
          }
          onInterrupt.run();
        };
    try {
      Class<?> signalType = Class.forName("sun.misc.Signal");
      Class<?> handlerType = Class.forName("sun.misc.SignalHandler");
      Method handle = signalType.getMethod("handle", signalType, handlerType);
      Object sigint = signalType.getConstructor(String.class).newInstance("INT");
      MethodHandle run =
          MethodHandles.publicLookup()
              .findVirtual(Runnable.class, "run", MethodType.methodType(void.class))
              .bindTo(onSignal);
      Object handler =
          MethodHandleProxies.asInterfaceInstance(
              handlerType, MethodHandles.dropArguments(run, 0, signalType));
      Object previous = handle.invoke(null, sigint, handler);
      return () -> {
        try {
          handle.invoke(null, sigint, previous);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot restore the SIGINT handler", e);
        }
      };
    } catch (ReflectiveOperationException noSigint) {
      return () -> {};
    }
  }
}
