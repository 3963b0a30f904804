package io.liquidtwin.ops.store;

import io.questdb.cairo.CairoEngine;
import io.questdb.cairo.CommitMode;
import io.questdb.cairo.DefaultCairoConfiguration;
import io.questdb.cairo.TableToken;
import io.questdb.cairo.TableWriter;
import io.questdb.cairo.security.AllowAllSecurityContext;
import io.questdb.cairo.sql.BindVariableService;
import io.questdb.cairo.sql.RecordCursor;
import io.questdb.cairo.sql.RecordCursorFactory;
import io.questdb.cairo.wal.ApplyWal2TableJob;
import io.questdb.cairo.wal.CheckWalTransactionsJob;
import io.questdb.cairo.wal.WalPurgeJob;
import io.questdb.cairo.wal.WalWriter;
import io.questdb.griffin.SqlException;
import io.questdb.griffin.SqlExecutionContextImpl;
import io.questdb.griffin.engine.functions.bind.BindVariableServiceImpl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The durable {@link TelemetryStore}: QuestDB 9.3.4 embedded in this process, in a data directory this process owns
 * exclusively. This class is the only one that touches QuestDB's (internal, version-pinned) Java API.
 *
 * <p>Tables (all WAL, so that DEDUP makes sample replays idempotent; see {@code docs/durability.md}):
 * <ul>
 * <li>{@code samples(ts TIMESTAMP, series SYMBOL INDEX, value DOUBLE, quality BYTE)} partitioned by day,
 * {@code DEDUP UPSERT KEYS(ts, series)}: the same series and timestamp replaces;</li>
 * <li>{@code series_catalogue(ts TIMESTAMP, id SYMBOL, name STRING, tags STRING)}, ts = 0,
 * {@code DEDUP UPSERT KEYS(ts, id)}: every series with a stored sample, with its tags as {@code k=v,k2=v2};</li>
 * <li>{@code journal(ts TIMESTAMP, stream SYMBOL, seq LONG, payload STRING)}, {@code DEDUP UPSERT KEYS(ts, stream,
 * seq)}: read back ordered by {@code seq}, a counter that resumes from the table's maximum on open. Each append
 * takes a new {@code seq}, so a replayed entry is stored again: the journal is append-only.</li>
 * </ul>
 *
 * <p>{@link #append} commits the WAL transaction (the durability point) and then applies it to the table on the
 * calling thread, so an acknowledged batch is both durable and visible to the next read. All calls are serialised
 * by one lock: safe for one writer and concurrent readers.
 */
public final class QuestDbTelemetryStore implements TelemetryStore {

    /** What an acknowledged append survives. */
    public enum Durability {
        /** Survives the process being killed ({@code kill -9}); committed data may sit in the OS page cache. */
        PROCESS_CRASH,
        /** Also survives an OS crash or power loss: every commit msyncs its files (~1–2 ms per commit). */
        POWER_LOSS
    }

    private static final String SAMPLES = "samples";
    private static final String CATALOGUE = "series_catalogue";
    private static final String JOURNAL = "journal";
    private static final Quality[] QUALITIES = Quality.values();

    private final Path dataDir;
    private final DataDirLock dirLock;
    private final CairoEngine engine;
    private final SqlExecutionContextImpl ctx;
    private final BindVariableService binds;
    private final ApplyWal2TableJob applyJob;
    private final WalPurgeJob purgeJob;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, SeriesKey> catalogue = new HashMap<>();
    private final Map<String, RecordCursorFactory> factories = new HashMap<>();
    private final List<String> recovery;
    private final RetentionFloor floor;
    private final List<TableToken> tokens = new ArrayList<>();
    private WalWriter samplesWriter;
    private WalWriter catalogueWriter;
    private WalWriter journalWriter;
    private long nextJournalSeq;
    private long retentionFloorMicros;
    private boolean closed;

    private QuestDbTelemetryStore(Path dataDir, DataDirLock dirLock, CairoEngine engine, List<String> recovery) {
        this.dataDir = dataDir;
        this.dirLock = dirLock;
        this.engine = engine;
        this.recovery = recovery;
        this.binds = new BindVariableServiceImpl(engine.getConfiguration());
        this.ctx = new SqlExecutionContextImpl(engine, 1).with(AllowAllSecurityContext.INSTANCE, binds);
        this.applyJob = new ApplyWal2TableJob(engine, 0);
        this.purgeJob = new WalPurgeJob(engine);
        this.floor = new RetentionFloor(dataDir.resolve("retention-floor"));
    }

    /** Opens (creating if needed) a store in {@code dataDir} that survives {@code kill -9}. */
    public static QuestDbTelemetryStore open(Path dataDir) {
        return open(dataDir, Durability.PROCESS_CRASH);
    }

    /**
     * Opens (creating if needed) a store in {@code dataDir}.
     *
     * @throws IllegalStateException if another process (or another store in this one) owns {@code dataDir}
     */
    public static QuestDbTelemetryStore open(Path dataDir, Durability durability) {
        if (dataDir == null) {
            throw new IllegalArgumentException("dataDir must not be null");
        }
        if (durability == null) {
            throw new IllegalArgumentException("durability must not be null");
        }
        Path root = dataDir.resolve("db");
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + root + ": " + e.getMessage(), e);
        }
        DataDirLock dirLock = DataDirLock.acquire(dataDir);
        QuestDbLogging.configure(dataDir);
        List<String> recovery = new ArrayList<>();
        List<TornDataCheck.Damage> damages;
        try {
            damages = TornDataCheck.scan(root);
        } catch (RuntimeException e) {
            dirLock.close();
            throw new IllegalStateException("cannot open the telemetry store in " + dataDir.toAbsolutePath()
                    + ": " + e.getMessage(), e);
        }
        CairoEngine engine = null;
        try {
            int commitMode = durability == Durability.POWER_LOSS ? CommitMode.SYNC : CommitMode.NOSYNC;
            engine = new CairoEngine(new DefaultCairoConfiguration(root.toString()) {
                @Override
                public int getCommitMode() {
                    return commitMode;
                }
            });
            QuestDbTelemetryStore store = new QuestDbTelemetryStore(dataDir, dirLock, engine, recovery);
            store.start(damages);
            return store;
        } catch (RuntimeException | Error e) {
            if (engine != null) {
                engine.close();
            }
            dirLock.close();
            if (e instanceof IllegalStateException) {
                throw e;
            }
            throw new IllegalStateException("cannot open the telemetry store in " + dataDir.toAbsolutePath() + ": "
                    + e.getMessage() + (recovery.isEmpty() ? "" : "; damage found: " + recovery), e);
        }
    }

    private void start(List<TornDataCheck.Damage> damages) {
        sql("CREATE TABLE IF NOT EXISTS " + SAMPLES + " (ts TIMESTAMP, series SYMBOL INDEX, value DOUBLE,"
                + " quality BYTE) TIMESTAMP(ts) PARTITION BY DAY WAL DEDUP UPSERT KEYS(ts, series)");
        sql("CREATE TABLE IF NOT EXISTS " + CATALOGUE + " (ts TIMESTAMP, id SYMBOL, name STRING, tags STRING)"
                + " TIMESTAMP(ts) PARTITION BY YEAR WAL DEDUP UPSERT KEYS(ts, id)");
        sql("CREATE TABLE IF NOT EXISTS " + JOURNAL + " (ts TIMESTAMP, stream SYMBOL, seq LONG, payload STRING)"
                + " TIMESTAMP(ts) PARTITION BY MONTH WAL DEDUP UPSERT KEYS(ts, stream, seq)");
        for (String t : List.of(SAMPLES, CATALOGUE, JOURNAL)) {
            tokens.add(engine.verifyTableName(t));
        }
        // Read what survives of torn partitions before pending WAL transactions are applied on top of them.
        List<Runnable> reinserts = new ArrayList<>();
        for (TornDataCheck.Damage d : damages) {
            reinserts.add(salvage(d));
        }
        for (TornDataCheck.Table t : TornDataCheck.TABLES) {
            skipTornWalTransactions(t);
        }
        // After a restart only this job finds WAL transactions committed but not yet applied.
        new CheckWalTransactionsJob(engine).checkMissingWalTransactions();
        applyPending();
        samplesWriter = engine.getWalWriter(engine.verifyTableName(SAMPLES));
        catalogueWriter = engine.getWalWriter(engine.verifyTableName(CATALOGUE));
        journalWriter = engine.getWalWriter(engine.verifyTableName(JOURNAL));
        reinserts.forEach(Runnable::run);
        loadCatalogue();
        if (damages.stream().anyMatch(d -> d.table().equals(CATALOGUE))) {
            rebuildCatalogueFromSamples();
        }
        nextJournalSeq = queryLong("SELECT max(seq) FROM " + JOURNAL, Long.MIN_VALUE) + 1;
        if (nextJournalSeq <= 0) {
            nextJournalSeq = 1;
        }
        retentionFloorMicros = floor.read(recovery);
    }

    @Override
    public void append(List<Sample> batch) {
        lock.lock();
        try {
            open();
            StoreChecks.batch(batch);
            if (batch.isEmpty()) {
                return;
            }
            List<String> added = new ArrayList<>();
            try {
                writeBatch(batch, added);
            } catch (RuntimeException e) {
                // Nothing of a failed batch may ride along with the next commit.
                samplesWriter.rollback();
                catalogueWriter.rollback();
                added.forEach(catalogue::remove);
                throw e;
            }
            applyPending();
            purgeJob.run(0); // deletes applied WAL segments; returns at once until its interval has passed
        } catch (RuntimeException e) {
            throw failed("append", e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Catalogue rows of new series, then the samples, each committed; nothing is applied here. A sample below the
     * retention floor has already expired: it is skipped and does not add its series to the catalogue.
     */
    private void writeBatch(List<Sample> batch, List<String> added) {
        boolean newSeries = false;
        for (Sample s : batch) {
            if (s.epochMicros() < retentionFloorMicros) {
                continue;
            }
            SeriesKey k = s.series();
            String id = k.id();
            if (!catalogue.containsKey(id)) {
                TableWriter.Row r = catalogueWriter.newRow(0L);
                r.putSym(1, id);
                r.putStr(2, k.name());
                r.putStr(3, tagsText(k));
                r.append();
                catalogue.put(id, k);
                added.add(id);
                newSeries = true;
            }
        }
        if (newSeries) {
            // Catalogue first: every durable sample has a durable catalogue row.
            catalogueWriter.commit();
        }
        int written = 0;
        for (Sample s : batch) {
            if (s.epochMicros() < retentionFloorMicros) {
                continue;
            }
            TableWriter.Row r = samplesWriter.newRow(s.epochMicros());
            r.putSym(1, s.series().id());
            r.putDouble(2, s.value());
            r.putByte(3, (byte) s.quality().ordinal());
            r.append();
            written++;
        }
        if (written > 0) {
            samplesWriter.commit();
        }
    }

    @Override
    public List<Sample> range(SeriesKey series, long fromMicros, long toMicros) {
        StoreChecks.series(series);
        lock.lock();
        try {
            open();
            long from = Math.max(fromMicros, retentionFloorMicros);
            if (from >= toMicros || !catalogue.containsKey(series.id())) {
                return List.of();
            }
            binds.clear();
            binds.setStr(0, series.id());
            binds.setTimestamp(1, from);
            binds.setTimestamp(2, toMicros);
            return rows("SELECT ts, value, quality FROM " + SAMPLES
                    + " WHERE series = $1 AND ts >= $2 AND ts < $3 ORDER BY ts", r -> sample(series, r));
        } catch (SqlException e) {
            throw failed("range", e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public List<Bucket> downsample(SeriesKey series, long fromMicros, long toMicros, long bucketMicros) {
        StoreChecks.series(series);
        StoreChecks.bucketMicros(bucketMicros);
        lock.lock();
        try {
            open();
            long from = Math.max(fromMicros, retentionFloorMicros);
            if (from >= toMicros || !catalogue.containsKey(series.id())) {
                return List.of();
            }
            String stride = sampleByStride(bucketMicros);
            if (stride == null) {
                return downsampleInJava(series, from, toMicros, bucketMicros);
            }
            // SAMPLE BY … FROM aligns buckets to FROM: pass the bucket multiple at or before the range start.
            long alignedFrom = Math.floorDiv(from, bucketMicros) * bucketMicros;
            binds.clear();
            binds.setStr(0, series.id());
            binds.setTimestamp(1, from);
            binds.setTimestamp(2, toMicros);
            binds.setTimestamp(3, alignedFrom);
            RecordCursorFactory f = factory("SELECT ts, count(), min(value), max(value), avg(value), last(value) FROM "
                    + SAMPLES + " WHERE series = $1 AND ts >= $2 AND ts < $3 SAMPLE BY " + stride
                    + " FROM $4");
            List<Bucket> out = new ArrayList<>();
            try (RecordCursor c = f.getCursor(ctx)) {
                io.questdb.cairo.sql.Record r = c.getRecord();
                while (c.hasNext()) {
                    long n = r.getLong(1);
                    if (n > 0) {
                        out.add(new Bucket(r.getTimestamp(0), n, r.getDouble(2), r.getDouble(3), r.getDouble(4),
                                r.getDouble(5)));
                    }
                }
            }
            return out;
        } catch (SqlException e) {
            throw failed("downsample", e);
        } finally {
            lock.unlock();
        }
    }

    /** @return the SAMPLE BY stride for a width, e.g. {@code 15m}, or null if QuestDB cannot express it exactly */
    static String sampleByStride(long bucketMicros) {
        String[] units = {"d", "h", "m", "s", "T", "U"};
        long[] micros = {86_400_000_000L, 3_600_000_000L, 60_000_000L, 1_000_000L, 1_000L, 1L};
        for (int i = 0; i < units.length; i++) {
            if (bucketMicros % micros[i] == 0 && bucketMicros / micros[i] <= Integer.MAX_VALUE) {
                return bucketMicros / micros[i] + units[i];
            }
        }
        return null;
    }

    /** Widths SAMPLE BY cannot express (e.g. 1 h + 1 µs): aggregate the range on this thread, lock held. */
    private List<Bucket> downsampleInJava(SeriesKey series, long from, long to, long bucketMicros) {
        List<Bucket> out = new ArrayList<>();
        long start = Long.MIN_VALUE, n = 0;
        double min = 0, max = 0, sum = 0, last = 0;
        for (Sample x : range(series, from, to)) {
            long b = Math.floorDiv(x.epochMicros(), bucketMicros) * bucketMicros;
            if (n > 0 && b != start) {
                out.add(new Bucket(start, n, min, max, sum / n, last));
                n = 0;
            }
            if (n == 0) {
                start = b;
                min = max = sum = x.value();
            } else {
                min = Math.min(min, x.value());
                max = Math.max(max, x.value());
                sum += x.value();
            }
            last = x.value();
            n++;
        }
        if (n > 0) {
            out.add(new Bucket(start, n, min, max, sum / n, last));
        }
        return out;
    }

    @Override
    public Optional<Sample> latest(SeriesKey series) {
        StoreChecks.series(series);
        lock.lock();
        try {
            open();
            if (!catalogue.containsKey(series.id())) {
                return Optional.empty();
            }
            binds.clear();
            binds.setStr(0, series.id());
            binds.setTimestamp(1, retentionFloorMicros);
            return rows("SELECT ts, value, quality FROM " + SAMPLES
                    + " WHERE series = $1 AND ts >= $2 LATEST ON ts PARTITION BY series", r -> sample(series, r))
                    .stream().findFirst();
        } catch (SqlException e) {
            throw failed("latest", e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public List<SeriesKey> series(Map<String, String> tagFilter) {
        StoreChecks.tagFilter(tagFilter);
        lock.lock();
        try {
            open();
            return catalogue.values().stream()
                    .filter(k -> k.tags().entrySet().containsAll(tagFilter.entrySet()))
                    .sorted(java.util.Comparator.comparing(SeriesKey::id)).toList();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Hides samples older than {@code olderThanMicros} at once (a durable floor in {@code DIR/retention-floor}) and
     * drops the day partitions that lie wholly below it to reclaim disk. Samples appended later below the floor are
     * ignored. The floor only rises.
     *
     * @return how many samples became invisible
     */
    @Override
    public long applyRetention(long olderThanMicros) {
        lock.lock();
        try {
            open();
            if (olderThanMicros <= retentionFloorMicros) {
                return 0;
            }
            binds.clear();
            binds.setTimestamp(0, retentionFloorMicros);
            binds.setTimestamp(1, olderThanMicros);
            long dropped = queryLongBound("SELECT count() FROM " + SAMPLES + " WHERE ts >= $1 AND ts < $2");
            floor.write(olderThanMicros);
            retentionFloorMicros = olderThanMicros;
            long dayMicros = 86_400_000_000L;
            long wholeDaysBelow = Math.floorDiv(olderThanMicros, dayMicros) * dayMicros;
            try {
                sql("ALTER TABLE " + SAMPLES + " DROP PARTITION WHERE ts < " + wholeDaysBelow);
                applyPending();
            } catch (RuntimeException e) {
                // No partition wholly below the floor (or QuestDB refused): the floor already hides the rows;
                // disk is reclaimed by a later call.
            }
            return dropped;
        } catch (SqlException | RuntimeException e) {
            throw failed("applyRetention", e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void appendJournal(JournalEntry entry) {
        StoreChecks.journalEntry(entry);
        lock.lock();
        try {
            open();
            TableWriter.Row r = journalWriter.newRow(entry.epochMicros());
            r.putSym(1, entry.stream());
            r.putLong(2, nextJournalSeq);
            r.putStr(3, entry.payload());
            r.append();
            journalWriter.commit();
            nextJournalSeq++;
            applyPending();
        } catch (RuntimeException e) {
            throw failed("appendJournal", e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public List<JournalEntry> journal(String stream, long fromMicros) {
        StoreChecks.stream(stream);
        lock.lock();
        try {
            open();
            binds.clear();
            binds.setStr(0, stream);
            binds.setTimestamp(1, Math.max(fromMicros, 0));
            return rows("SELECT ts, payload FROM " + JOURNAL + " WHERE stream = $1 AND ts >= $2 ORDER BY seq", r -> {
                CharSequence p = r.getStrA(1);
                return new JournalEntry(stream, r.getTimestamp(0), p == null ? "" : p.toString());
            });
        } catch (SqlException e) {
            throw failed("journal", e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public List<String> recoveryReport() {
        return List.copyOf(recovery);
    }

    /** @return the data directory this store owns */
    public Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            factories.values().forEach(RecordCursorFactory::close);
            factories.clear();
            for (WalWriter w : new WalWriter[]{samplesWriter, catalogueWriter, journalWriter}) {
                if (w != null) {
                    w.close();
                }
            }
            try {
                applyPending();
            } catch (IllegalStateException e) {
                // a suspended table stays as it is; close everything regardless
            }
            purgeJob.run(0);
            purgeJob.close();
            applyJob.close();
            ctx.close();
            engine.close();
            dirLock.close();
        } finally {
            lock.unlock();
        }
    }

    // --- internals ---

    /**
     * Reads the valid prefix of a torn partition now, drops the partition (through the WAL, applied before the
     * returned action runs) and returns the action that writes the prefix back once the writers are open.
     */
    private Runnable salvage(TornDataCheck.Damage d) {
        List<Object[]> kept = new ArrayList<>();
        int[] types;
        String sql = "SELECT * FROM " + d.table() + " LIMIT " + d.firstRow() + ", " + (d.firstRow() + d.validRows());
        try (RecordCursorFactory f = engine.select(sql, ctx); RecordCursor c = f.getCursor(ctx)) {
            var meta = f.getMetadata();
            types = new int[meta.getColumnCount()];
            for (int i = 0; i < types.length; i++) {
                types[i] = io.questdb.cairo.ColumnType.tagOf(meta.getColumnType(i));
            }
            io.questdb.cairo.sql.Record r = c.getRecord();
            while (c.hasNext()) {
                Object[] row = new Object[types.length];
                for (int i = 0; i < types.length; i++) {
                    row[i] = switch (types[i]) {
                        case io.questdb.cairo.ColumnType.TIMESTAMP -> r.getTimestamp(i);
                        case io.questdb.cairo.ColumnType.SYMBOL -> str(r.getSymA(i));
                        case io.questdb.cairo.ColumnType.STRING -> str(r.getStrA(i));
                        case io.questdb.cairo.ColumnType.DOUBLE -> r.getDouble(i);
                        case io.questdb.cairo.ColumnType.LONG -> r.getLong(i);
                        case io.questdb.cairo.ColumnType.BYTE -> r.getByte(i);
                        default -> throw new IllegalStateException("unexpected column type " + types[i]);
                    };
                }
                kept.add(row);
            }
        } catch (SqlException e) {
            throw failed("recovery of " + d.dir(), e);
        }
        sql("ALTER TABLE " + d.table() + " DROP PARTITION LIST '" + d.partition() + "'");
        recovery.add(d.table() + " partition " + d.partition() + " (" + d.dir() + "): " + d.why() + "; kept the "
                + kept.size() + " rows before the damage, dropped " + (d.committedRows() - kept.size()) + " rows");
        return () -> {
            WalWriter w = engine.getWalWriter(engine.verifyTableName(d.table()));
            try {
                for (Object[] row : kept) {
                    TableWriter.Row out = w.newRow((Long) row[0]);
                    for (int i = 1; i < row.length; i++) {
                        if (row[i] == null) {
                            continue;
                        }
                        switch (types[i]) {
                            case io.questdb.cairo.ColumnType.SYMBOL -> out.putSym(i, (String) row[i]);
                            case io.questdb.cairo.ColumnType.STRING -> out.putStr(i, (String) row[i]);
                            case io.questdb.cairo.ColumnType.DOUBLE -> out.putDouble(i, (Double) row[i]);
                            case io.questdb.cairo.ColumnType.LONG -> out.putLong(i, (Long) row[i]);
                            case io.questdb.cairo.ColumnType.BYTE -> out.putByte(i, (Byte) row[i]);
                            default -> throw new IllegalStateException("unexpected column type " + types[i]);
                        }
                    }
                    out.append();
                }
                w.commit();
            } finally {
                w.close();
            }
            applyPending();
        };
    }

    /**
     * WAL transactions committed but not applied were never acknowledged (append acknowledges after applying). If
     * the segment files of one are shorter than its rows (torn by an OS crash), QuestDB would apply zeros: skip it
     * and every later pending transaction of the table, and report them.
     */
    private void skipTornWalTransactions(TornDataCheck.Table t) {
        TableToken token = engine.verifyTableName(t.name());
        var seq = engine.getTableSequencerAPI();
        long applied;
        try (var reader = engine.getReader(token)) {
            applied = reader.getSeqTxn();
        }
        long last = seq.lastTxn(token);
        if (last <= applied) {
            return;
        }
        Path tableDir = dataDir.resolve("db").resolve(token.getDirName());
        try (var cursor = seq.getCursor(token, applied);
             var events = new io.questdb.cairo.wal.WalEventReader(engine.getConfiguration());
             io.questdb.std.str.Path p = new io.questdb.std.str.Path()) {
            while (cursor.hasNext()) {
                if (cursor.getWalId() <= 0) {
                    continue; // a structure change, no segment data
                }
                Path segment = tableDir.resolve("wal" + cursor.getWalId()).resolve(Integer.toString(cursor.getSegmentId()));
                String why;
                try {
                    var ev = events.of(p.of(segment.toString()), cursor.getSegmentTxn());
                    if (ev.getType() != io.questdb.cairo.wal.WalTxnType.DATA) {
                        continue;
                    }
                    why = TornDataCheck.tornWalSegment(t, segment, ev.getDataInfo().getEndRowID());
                } catch (IOException | RuntimeException e) {
                    why = "its event file is unreadable (" + e.getMessage() + ")";
                }
                if (why != null) {
                    long torn = cursor.getTxn();
                    seq.suspendTable(token, io.questdb.cairo.ErrorTag.NONE, "torn WAL segment " + segment);
                    sql("ALTER TABLE " + t.name() + " RESUME WAL FROM TXN " + (last + 1));
                    recovery.add(t.name() + ": WAL transactions " + torn + "–" + last + " (never acknowledged) dropped:"
                            + " segment " + segment + " " + why);
                    return;
                }
            }
        }
    }

    private static String str(CharSequence cs) {
        return cs == null ? null : cs.toString();
    }

    /**
     * Applies committed WAL transactions on this thread. An append is acknowledged only after this returns, so a
     * table QuestDB suspended (a failed apply: disk full, damaged files) fails the append instead.
     */
    private void applyPending() {
        applyJob.drain(0);
        var seq = engine.getTableSequencerAPI();
        for (TableToken token : tokens) {
            if (seq.isSuspended(token)) {
                throw new IllegalStateException("table " + token.getTableName() + " in " + dataDir
                        + " is suspended after a failed WAL apply (see " + dataDir.resolve("questdb.log")
                        + "); the last write is durable in the WAL but not acknowledged");
            }
        }
    }

    private void loadCatalogue() {
        try (RecordCursorFactory f = engine.select("SELECT id, name, tags FROM " + CATALOGUE, ctx);
             RecordCursor c = f.getCursor(ctx)) {
            io.questdb.cairo.sql.Record r = c.getRecord();
            while (c.hasNext()) {
                String id = r.getSymA(0).toString();
                String name = r.getStrA(1).toString();
                CharSequence tags = r.getStrA(2);
                catalogue.put(id, new SeriesKey(name, parseTags(tags == null ? "" : tags.toString())));
            }
        } catch (SqlException e) {
            throw failed("open (series catalogue)", e);
        }
    }

    /** Series ids are canonical ({@code name,k=v,…}): a damaged catalogue is completed from the samples. */
    private void rebuildCatalogueFromSamples() {
        List<SeriesKey> missing = new ArrayList<>();
        try (RecordCursorFactory f = engine.select("SELECT DISTINCT series FROM " + SAMPLES, ctx);
             RecordCursor c = f.getCursor(ctx)) {
            while (c.hasNext()) {
                CharSequence id = c.getRecord().getSymA(0);
                if (id != null && !catalogue.containsKey(id.toString())) {
                    String s = id.toString();
                    int comma = s.indexOf(',');
                    missing.add(new SeriesKey(comma < 0 ? s : s.substring(0, comma),
                            parseTags(comma < 0 ? "" : s.substring(comma + 1))));
                }
            }
        } catch (SqlException e) {
            throw failed("open (rebuilding the series catalogue)", e);
        }
        for (SeriesKey k : missing) {
            TableWriter.Row r = catalogueWriter.newRow(0L);
            r.putSym(1, k.id());
            r.putStr(2, k.name());
            r.putStr(3, tagsText(k));
            r.append();
            catalogue.put(k.id(), k);
        }
        if (!missing.isEmpty()) {
            catalogueWriter.commit();
            applyPending();
            recovery.add(CATALOGUE + ": restored " + missing.size() + " series from the samples table");
        }
    }

    private static String tagsText(SeriesKey k) {
        StringBuilder sb = new StringBuilder();
        k.tags().forEach((n, v) -> sb.append(sb.isEmpty() ? "" : ",").append(n).append('=').append(v));
        return sb.toString();
    }

    private static Map<String, String> parseTags(String text) {
        Map<String, String> tags = new TreeMap<>();
        if (!text.isEmpty()) {
            for (String kv : text.split(",")) {
                int eq = kv.indexOf('=');
                tags.put(kv.substring(0, eq), kv.substring(eq + 1));
            }
        }
        return tags;
    }

    /** @return every row of a query (its factory compiled once and reused), each mapped; binds set by the caller */
    private <T> List<T> rows(String sql, java.util.function.Function<io.questdb.cairo.sql.Record, T> row)
            throws SqlException {
        List<T> out = new ArrayList<>();
        try (RecordCursor c = factory(sql).getCursor(ctx)) {
            io.questdb.cairo.sql.Record r = c.getRecord();
            while (c.hasNext()) {
                out.add(row.apply(r));
            }
        }
        return out;
    }

    /** @return the sample of a {@code ts, value, quality} row */
    private static Sample sample(SeriesKey series, io.questdb.cairo.sql.Record r) {
        return new Sample(series, r.getTimestamp(0), r.getDouble(1), QUALITIES[r.getByte(2)]);
    }

    private RecordCursorFactory factory(String sql) throws SqlException {
        RecordCursorFactory f = factories.get(sql);
        if (f == null) {
            f = engine.select(sql, ctx);
            factories.put(sql, f);
        }
        return f;
    }

    private void sql(String sql) {
        try {
            engine.execute(sql, ctx);
        } catch (SqlException e) {
            throw failed(sql, e);
        }
    }

    private long queryLong(String sql, long ifNull) {
        binds.clear();
        try (RecordCursorFactory f = engine.select(sql, ctx); RecordCursor c = f.getCursor(ctx)) {
            if (c.hasNext()) {
                long v = c.getRecord().getLong(0);
                return v == Long.MIN_VALUE ? ifNull : v;
            }
            return ifNull;
        } catch (SqlException e) {
            throw failed(sql, e);
        }
    }

    private long queryLongBound(String sql) {
        try {
            RecordCursorFactory f = factory(sql);
            try (RecordCursor c = f.getCursor(ctx)) {
                return c.hasNext() ? c.getRecord().getLong(0) : 0;
            }
        } catch (SqlException e) {
            throw failed(sql, e);
        }
    }

    private void open() {
        if (closed) {
            throw new IllegalStateException("the telemetry store in " + dataDir + " is closed");
        }
    }

    private RuntimeException failed(String what, Exception e) {
        if (e instanceof IllegalStateException || e instanceof IllegalArgumentException
                || e instanceof UncheckedIOException) {
            return (RuntimeException) e;
        }
        return new IllegalStateException("telemetry store " + dataDir + ": " + what + " failed: " + e.getMessage(), e);
    }


}
