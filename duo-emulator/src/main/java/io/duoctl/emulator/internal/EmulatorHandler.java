package io.duoctl.emulator.internal;

import io.duoctl.emulator.faults.Fault;
import io.duoctl.emulator.faults.Faults;
import io.duoctl.emulator.faults.Sleeper;
import io.duoctl.emulator.http.ApiPipeline;
import io.duoctl.emulator.http.DuoError;
import io.duoctl.emulator.http.Envelopes;
import io.duoctl.emulator.http.RawRequest;
import io.duoctl.emulator.http.RawResponse;
import io.duoctl.emulator.model.EmulatorClock;
import io.duoctl.emulator.record.RecordedRequest;
import io.duoctl.emulator.record.RequestJournal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The HTTP face of the emulator: the control endpoint under {@code /__emulator/}, and for
 * everything else injected latency and faults, the {@link ApiPipeline}, and the request journal.
 * Each request is served on its own virtual thread, so latency, slow bodies and long polls block
 * freely without holding a server thread.
 */
public final class EmulatorHandler extends Handler.Abstract.NonBlocking {

  /** Bodies above this size are cut; Duo's requests are small. */
  static final int MAX_BODY_BYTES = 4 * 1024 * 1024;

  private static final int SLOW_CHUNKS = 10;

  private final ApiPipeline pipeline;
  private final ControlEndpoint control;
  private final Faults faults;
  private final Sleeper sleeper;
  private final RequestJournal journal;
  private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

  private final EmulatorClock clock;
  private final Envelopes envelopes;

  public EmulatorHandler(
      ApiPipeline pipeline,
      ControlEndpoint control,
      Faults faults,
      Sleeper sleeper,
      RequestJournal journal,
      EmulatorClock clock,
      Envelopes envelopes) {
    this.pipeline = pipeline;
    this.control = control;
    this.faults = faults;
    this.sleeper = sleeper;
    this.journal = journal;
    this.clock = clock;
    this.envelopes = envelopes;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    Thread.startVirtualThread(
        () -> {
          try {
            serve(request, response, callback);
          } catch (Throwable failure) {
            callback.failed(failure);
          }
        });
    return true;
  }

  private void serve(Request request, Response response, Callback callback) throws IOException {
    RawRequest raw = toRaw(request);
    if (raw.path().startsWith(ControlEndpoint.PREFIX)) {
      write(response, callback, control.serve(raw));
      return;
    }
    long sequence = journal.nextSequence();
    Instant receivedAt = clock.instant();
    Duration latency = faults.sampleLatency();
    if (!latency.isZero()) {
      sleeper.sleep(latency);
    }
    Optional<Fault> fault = faults.pick(raw.method(), raw.path());
    if (fault.isPresent() && fault.get() instanceof Fault.Disconnect) {
      journal.add(new RecordedRequest(sequence, receivedAt, raw, 0));
      request.getConnectionMetaData().getConnection().getEndPoint().close();
      callback.failed(new IOException("injected disconnect"));
      return;
    }
    RawResponse answer = answer(raw, fault.orElse(null));
    journal.add(new RecordedRequest(sequence, receivedAt, raw, answer.status()));
    if (fault.isPresent() && fault.get() instanceof Fault.SlowAnswer slow) {
      sleeper.sleep(slow.delay());
    }
    if (fault.isPresent() && fault.get() instanceof Fault.SlowBody slow) {
      writeSlowly(response, callback, answer, slow.pause());
    } else {
      write(response, callback, answer);
    }
  }

  /** Status, content type, and a {@code Date} in the emulator's time, as Duo dates its replies. */
  private void writeHead(Response response, RawResponse answer) {
    response.setStatus(answer.status());
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, answer.contentType());
    response
        .getHeaders()
        .put(HttpHeader.DATE, HTTP_DATE.format(clock.instant().atOffset(ZoneOffset.UTC)));
  }

  private RawResponse answer(RawRequest raw, Fault fault) {
    if (fault instanceof Fault.Status status) {
      int code = status.status();
      return envelopes.failureResponse(
          new DuoError(code, code * 100, HttpStatus.getMessage(code), "injected fault"));
    }
    if (fault instanceof Fault.RateLimited) {
      return envelopes.failureResponse(DuoError.tooManyRequests());
    }
    if (fault instanceof Fault.Delay delay) {
      sleeper.sleep(delay.delay());
    }
    return pipeline.serve(raw);
  }

  private void write(Response response, Callback callback, RawResponse answer) {
    writeHead(response, answer);
    response.write(true, ByteBuffer.wrap(answer.body()), callback);
  }

  private void writeSlowly(
      Response response, Callback callback, RawResponse answer, Duration pause) {
    writeHead(response, answer);
    byte[] body = answer.body();
    int chunk = Math.max(1, (body.length + SLOW_CHUNKS - 1) / SLOW_CHUNKS);
    try (OutputStream out = Content.Sink.asOutputStream(response)) {
      for (int offset = 0; offset < body.length; offset += chunk) {
        out.write(body, offset, Math.min(chunk, body.length - offset));
        out.flush();
        sleeper.sleep(pause);
      }
    } catch (IOException clientGone) {
      callback.failed(clientGone);
      return;
    }
    callback.succeeded();
  }

  /** The request as received: raw path and query, headers by lower-case name, body bytes. */
  static RawRequest toRaw(Request request) throws IOException {
    HttpURI uri = request.getHttpURI();
    Map<String, List<String>> headers = new HashMap<>();
    for (HttpField field : request.getHeaders()) {
      headers
          .computeIfAbsent(field.getLowerCaseName(), k -> new ArrayList<>(1))
          .add(field.getValue());
    }
    String host = request.getHeaders().get(HttpHeader.HOST);
    if (host == null) {
      host = uri.getAuthority();
    }
    byte[] body;
    try (InputStream in = Content.Source.asInputStream(request)) {
      body = in.readNBytes(MAX_BODY_BYTES);
    }
    return new RawRequest(
        request.getMethod(),
        host,
        uri.getPath() == null ? "/" : uri.getPath(),
        uri.getQuery(),
        headers,
        body);
  }
}
