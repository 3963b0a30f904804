package io.liquidtwin.ops.store;

import io.questdb.cairo.ColumnType;
import io.questdb.cairo.PartitionBy;
import io.questdb.cairo.TxReader;
import io.questdb.std.FilesFacadeImpl;
import io.questdb.std.str.StringSink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds torn column files before QuestDB maps them. QuestDB trusts its {@code _txn} file: a column file shorter than
 * the committed row count (a torn write after an OS crash or a damaged disk) makes every later read of that
 * partition fault. For each table this reads the committed row count per partition, compares it with each column
 * file, and checks the designated timestamps of the newest partition (within the partition, non-decreasing). A
 * partition whose files hold fewer valid rows than committed is recorded as a {@link Damage}, and its short files
 * are padded with zeros to the committed size so that QuestDB can map them; the store then keeps the valid prefix
 * and drops the rest (see {@link QuestDbTelemetryStore}). Values overwritten in place (no checksums in QuestDB)
 * cannot be detected.
 */
final class TornDataCheck {

    /** Largest zero padding done without asking a human: beyond it the damage is not a torn tail. */
    private static final long MAX_PAD_BYTES = 256L << 20;

    /** A column of a table as stored: name and width in bytes, or 0 for a STRING (.d data + .i offsets). */
    record Column(String name, int width) {
    }

    /** A table this store creates: name prefix of its directory, partitioning and columns in table order. */
    record Table(String name, int partitionBy, List<Column> columns) {
    }

    static final List<Table> TABLES = List.of(
            new Table("samples", PartitionBy.DAY, List.of(new Column("ts", 8), new Column("series", 4),
                    new Column("value", 8), new Column("quality", 1))),
            new Table("series_catalogue", PartitionBy.YEAR, List.of(new Column("ts", 8), new Column("id", 4),
                    new Column("name", 0), new Column("tags", 0))),
            new Table("journal", PartitionBy.MONTH, List.of(new Column("ts", 8), new Column("stream", 4),
                    new Column("seq", 8), new Column("payload", 0))));

    /**
     * A partition holding fewer valid rows than its committed count.
     *
     * @param table         table name
     * @param partition     partition name as QuestDB formats it, e.g. {@code 2026-01-07}
     * @param dir           the partition directory
     * @param firstRow      row number of the partition's first row in the table (rows of earlier partitions)
     * @param validRows     rows before the first damaged one
     * @param committedRows rows the table's {@code _txn} says the partition holds
     * @param why           what was found, naming the file
     */
    record Damage(String table, String partition, Path dir, long firstRow, long validRows, long committedRows,
                  String why) {
    }

    private TornDataCheck() {
    }

    /**
     * Scans every table of this store under {@code root} and pads torn column files.
     *
     * @throws IllegalStateException naming the file if the damage is more than a torn tail
     */
    static List<Damage> scan(Path root) {
        List<Damage> out = new ArrayList<>();
        for (Table t : TABLES) {
            Path dir = tableDir(root, t.name());
            if (dir != null && Files.exists(dir.resolve("_txn"))) {
                scanTable(t, dir, out);
            }
        }
        return out;
    }

    private static Path tableDir(Path root, String table) {
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(p -> p.getFileName().toString().startsWith(table + "~")).findFirst().orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    private static void scanTable(Table t, Path dir, List<Damage> out) {
        try (TxReader tx = new TxReader(FilesFacadeImpl.INSTANCE);
             io.questdb.std.str.Path p = new io.questdb.std.str.Path()) {
            tx.ofRO(p.of(dir.resolve("_txn").toString()).$(), ColumnType.TIMESTAMP_MICRO, t.partitionBy());
            tx.unsafeLoadAll();
            long firstRow = 0;
            int n = tx.getPartitionCount();
            for (int i = 0; i < n; i++) {
                long rows = tx.getPartitionSize(i);
                long partitionTs = tx.getPartitionTimestampByIndex(i);
                long nameTxn = tx.getPartitionNameTxn(i);
                StringSink name = new StringSink();
                PartitionBy.setSinkForPartition(name, ColumnType.TIMESTAMP_MICRO, t.partitionBy(), partitionTs);
                String partition = name.toString();
                Path pdir = dir.resolve(nameTxn > -1 ? partition + "." + nameTxn : partition);
                long ceiling = i + 1 < n ? tx.getPartitionTimestampByIndex(i + 1) : Long.MAX_VALUE;
                Damage d = checkPartition(t, partition, pdir, firstRow, rows, partitionTs, ceiling, i == n - 1);
                if (d != null) {
                    out.add(d);
                }
                firstRow += rows;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check " + dir + " for torn data: " + e.getMessage(), e);
        }
    }

    private static Damage checkPartition(Table t, String partition, Path pdir, long firstRow, long rows,
                                         long floorMicros, long ceilingMicros, boolean newest) throws IOException {
        long valid = rows;
        StringBuilder why = new StringBuilder();
        if (!Files.isDirectory(pdir)) {
            if (rows == 0) {
                return null;
            }
            throw new IllegalStateException("partition directory " + pdir + " holding " + rows + " committed rows of "
                    + t.name() + " is missing: move the table directory " + pdir.getParent()
                    + " away to start it afresh");
        }
        for (Column c : t.columns()) {
            long v = c.width() > 0 ? fixedRows(pdir.resolve(c.name() + ".d"), c.width(), rows)
                    : stringRows(pdir.resolve(c.name() + ".d"), pdir.resolve(c.name() + ".i"), rows);
            if (v < valid) {
                valid = v;
                why.setLength(0);
                why.append(c.name()).append(c.width() > 0 ? ".d" : ".d/.i").append(" holds ").append(v)
                        .append(" of ").append(rows).append(" committed rows");
            }
        }
        if (newest || valid < rows) {
            long v = orderedTimestamps(pdir.resolve("ts.d"), Math.min(valid, rows), floorMicros, ceilingMicros);
            if (v < valid) {
                valid = v;
                why.setLength(0);
                why.append("ts.d row ").append(v).append(" is out of order or outside the partition");
            }
        }
        if (valid == rows) {
            return null;
        }
        for (Column c : t.columns()) {
            if (c.width() > 0) {
                pad(pdir.resolve(c.name() + ".d"), rows * c.width());
            } else {
                pad(pdir.resolve(c.name() + ".i"), (rows + 1) * 8);
                pad(pdir.resolve(c.name() + ".d"), stringDataNeeded(pdir.resolve(c.name() + ".i"), rows));
            }
        }
        return new Damage(t.name(), partition, pdir, firstRow, valid, rows, why.toString());
    }

    /**
     * @return why a WAL segment cannot hold {@code rows} rows (a column file too short), or null if it can. In a
     * segment the designated timestamp file holds 16 bytes a row (timestamp and row index).
     */
    static String tornWalSegment(Table t, Path segment, long rows) throws IOException {
        for (Column c : t.columns()) {
            if (c.width() == 0) {
                continue;
            }
            int width = c.name().equals("ts") ? 16 : c.width();
            Path f = segment.resolve(c.name() + ".d");
            long len = Files.exists(f) ? Files.size(f) : 0;
            if (len < rows * width) {
                return c.name() + ".d holds " + len / width + " of " + rows + " rows";
            }
        }
        return null;
    }

    private static long fixedRows(Path file, int width, long rows) throws IOException {
        long len = Files.exists(file) ? Files.size(file) : 0;
        return Math.min(rows, len / width);
    }

    /** Rows whose offset entry and whole string (4-byte length + UTF-16 chars) lie within the files. */
    private static long stringRows(Path data, Path index, long rows) throws IOException {
        if (!Files.exists(index) || !Files.exists(data)) {
            return 0;
        }
        long dataLen = Files.size(data);
        long entries = Files.size(index) / 8;
        try (FileChannel ic = FileChannel.open(index); FileChannel dc = FileChannel.open(data)) {
            long limit = Math.min(rows, Math.max(0, entries - 1));
            for (long r = 0; r < limit; r++) {
                long off = readLong(ic, r * 8);
                long next = readLong(ic, (r + 1) * 8);
                if (off < 0 || off + 4 > dataLen || next < off || next > dataLen) {
                    return r;
                }
                int len = readInt(dc, off);
                long end = len < 0 ? off + 4 : off + 4 + 2L * len;
                if (end != next) {
                    return r;
                }
            }
            return limit;
        }
    }

    private static long stringDataNeeded(Path index, long rows) throws IOException {
        try (FileChannel ic = FileChannel.open(index)) {
            long max = 0;
            for (long r = 0; r <= rows; r++) {
                max = Math.max(max, readLong(ic, r * 8));
            }
            return max + 4;
        }
    }

    private static long orderedTimestamps(Path file, long rows, long floor, long ceiling) throws IOException {
        try (FileChannel ch = FileChannel.open(file)) {
            long prev = floor;
            ByteBuffer buf = ByteBuffer.allocate(8192).order(ByteOrder.LITTLE_ENDIAN);
            long r = 0;
            while (r < rows) {
                buf.clear();
                int want = (int) Math.min(buf.capacity(), (rows - r) * 8);
                buf.limit(want);
                while (buf.hasRemaining() && ch.read(buf, r * 8 + buf.position()) > 0) {
                    // keep reading
                }
                buf.flip();
                while (buf.remaining() >= 8) {
                    long ts = buf.getLong();
                    if (ts < prev || ts >= ceiling) {
                        return r;
                    }
                    prev = ts;
                    r++;
                }
                if (want > 0 && buf.position() == 0) {
                    return r;
                }
            }
            return rows;
        }
    }

    private static void pad(Path file, long size) throws IOException {
        long len = Files.exists(file) ? Files.size(file) : 0;
        if (len >= size) {
            return;
        }
        if (size - len > MAX_PAD_BYTES) {
            throw new IllegalStateException(file + " is " + len + " bytes but " + size + " are committed: more than"
                    + " a torn tail; move the table directory " + file.getParent().getParent() + " away");
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.allocate(1), size - 1);
            ch.force(true);
        }
    }

    private static long readLong(FileChannel ch, long pos) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        while (b.hasRemaining()) {
            if (ch.read(b, pos + b.position()) < 0) {
                return -1;
            }
        }
        return b.flip().getLong();
    }

    private static int readInt(FileChannel ch, long pos) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
        while (b.hasRemaining()) {
            if (ch.read(b, pos + b.position()) < 0) {
                return -1;
            }
        }
        return b.flip().getInt();
    }
}
