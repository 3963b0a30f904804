package io.liquidtwin.server.ingest;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.liquidtwin.ops.ingest.LineError;
import io.liquidtwin.ops.ingest.LineProtocol;
import io.liquidtwin.ops.ingest.ParseResult;
import io.liquidtwin.ops.ingest.Precision;
import io.liquidtwin.server.error.ApiException;
import io.liquidtwin.server.error.Problem;
import io.liquidtwin.server.http.Auth;
import io.liquidtwin.server.http.ServerContext;
import io.liquidtwin.server.http.ServerModule;
import io.liquidtwin.server.security.Privilege;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/v2/write?org=&bucket=&precision=ns|us|ms|s}: the InfluxDB v2 write API.
 *
 * <ul>
 * <li>Authorization: {@code Token <session token>}, {@code X-Auth-Token} or Basic; writing telemetry is an
 * operator's job, so the caller needs {@link Privilege#ConfigureComponents} (ReadOnly → 403).</li>
 * <li>{@code org} and {@code bucket} are accepted and ignored: the server has one store, the twin's.</li>
 * <li>{@code precision} absent means nanoseconds (as InfluxDB); anything but ns/us/ms/s → 400
 * QueryParameterValueFormatError. Lines without a timestamp take the server's wall-clock time.</li>
 * <li>{@code Content-Encoding: gzip} bodies are inflated (at most {@code maxInflatedBytes}, else 413).</li>
 * <li>204 only after the store's append returned: the batch is durable and visible to reads and alarms. Requests
 * that arrive while an append is running are appended together in the next one ({@link GroupCommit}).</li>
 * <li>String fields are passed over and counted ({@code liquidtwin_ingest_http_string_fields_total}): the store holds
 * numbers, and agents such as Telegraf mix strings ({@code uptime_format="…"}) into numeric batches. Booleans are
 * stored as 1/0.</li>
 * <li>Bad lines make a partial write, as InfluxDB: the good lines are stored, then 400 with one GeneralError per
 * bad line (line number, reason, excerpt), the first {@value #MAX_REPORTED_ERRORS} of them and a count of the rest.</li>
 * <li>A store failure → 503 ServiceTemporarilyUnavailable with {@code Retry-After} (Telegraf retries the batch;
 * replays are idempotent because the store de-duplicates on series and timestamp).</li>
 * </ul>
 */
public final class InfluxWriteRoutes implements ServerModule {

    /** The route. */
    public static final String PATH = "/api/v2/write";
    /** Most line errors listed in one answer. */
    static final int MAX_REPORTED_ERRORS = 20;
    /** Seconds a client should wait after a store failure. */
    static final int RETRY_AFTER_S = 5;

    private static final Logger LOG = LoggerFactory.getLogger(InfluxWriteRoutes.class);

    private final long maxInflatedBytes;
    private final LongAdder requests = new LongAdder();
    private final LongAdder samplesWritten = new LongAdder();
    private final LongAdder lineErrors = new LongAdder();
    private final LongAdder storeFailures = new LongAdder();
    private final LongAdder stringFields = new LongAdder();

    /** Gzip bodies may inflate to 64 MiB. */
    public InfluxWriteRoutes() {
        this(64L << 20);
    }

    /** @param maxInflatedBytes most bytes a gzip body may inflate to (≥ 1024) */
    public InfluxWriteRoutes(long maxInflatedBytes) {
        if (maxInflatedBytes < 1024) {
            throw new IllegalArgumentException("maxInflatedBytes must be ≥ 1024, got " + maxInflatedBytes);
        }
        this.maxInflatedBytes = maxInflatedBytes;
    }

    @Override
    public void register(RoutesConfig routes, ServerContext context) {
        GroupCommit commit = new GroupCommit(context.twin().store());
        routes.post(PATH, ctx -> write(ctx, context, commit));
    }

    /** @return the counters since start */
    public HttpIngestStats stats() {
        return new HttpIngestStats(requests.sum(), samplesWritten.sum(), lineErrors.sum(), storeFailures.sum(),
                stringFields.sum());
    }

    private void write(Context ctx, ServerContext context, GroupCommit commit) {
        Auth.require(ctx, Privilege.ConfigureComponents);
        requests.increment();
        Precision precision = WritePrecision.parse(ctx.queryParam("precision"));
        byte[] body = WriteBody.read(ctx, maxInflatedBytes);
        Instant now = context.wallClock().instant();
        long nowMicros = Math.addExact(Math.multiplyExact(now.getEpochSecond(), 1_000_000L), now.getNano() / 1000);
        ParseResult parsed = LineProtocol.parse(body, precision, nowMicros, LineProtocol.Limits.DEFAULT,
                LineProtocol.StringFields.SKIP);
        stringFields.add(parsed.skippedStringFields());
        if (!parsed.samples().isEmpty()) {
            append(ctx, commit, parsed);
        }
        if (!parsed.errors().isEmpty()) {
            lineErrors.add(parsed.errors().size());
            throw new ApiException(report(parsed));
        }
        ctx.status(204);
    }

    private void append(Context ctx, GroupCommit commit, ParseResult parsed) {
        try {
            commit.append(parsed.samples());
        } catch (IllegalArgumentException e) {
            throw new ApiException(Problem.GENERAL_ERROR, "The store refused the batch: " + e.getMessage());
        } catch (RuntimeException e) {
            storeFailures.increment();
            LOG.warn("HTTP write of {} samples failed in the store", parsed.samples().size(), e);
            ctx.header("Retry-After", String.valueOf(RETRY_AFTER_S));
            throw new ApiException(Problem.SERVICE_TEMPORARILY_UNAVAILABLE, RETRY_AFTER_S);
        }
        samplesWritten.add(parsed.samples().size());
    }

    /** @return one GeneralError per reported bad line, the stored count first */
    static List<ApiException.Occurrence> report(ParseResult parsed) {
        List<ApiException.Occurrence> out = new ArrayList<>();
        List<LineError> errors = parsed.errors();
        out.add(occurrence("Partial write: " + parsed.samples().size() + " samples were stored; " + errors.size()
                + " line error(s) follow. Correct those lines and resend them."));
        for (LineError e : errors.subList(0, Math.min(errors.size(), MAX_REPORTED_ERRORS))) {
            out.add(occurrence("line " + e.line() + ": " + e.reason() + " (" + e.excerpt() + ")"));
        }
        if (errors.size() > MAX_REPORTED_ERRORS) {
            out.add(occurrence((errors.size() - MAX_REPORTED_ERRORS) + " more line error(s) not listed."));
        }
        return out;
    }

    private static ApiException.Occurrence occurrence(String text) {
        return new ApiException.Occurrence(Problem.GENERAL_ERROR, List.of(text));
    }
}
