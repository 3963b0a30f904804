package io.liquidtwin.sim.workload;

import io.liquidtwin.sim.FileError;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Reads a Standard Workload Format v2.2 file of the Parallel Workloads Archive (Feitelson et al., "Experience with
 * using the Parallel Workloads Archive", JPDC 74(10), 2014): header comments {@code ; Key: value}, then one job per
 * line of 18 whitespace-separated numbers, −1 meaning unknown. Names ending in {@code .gz} are read through gzip.
 *
 * <p>Policy, one for the whole file:
 * <ul>
 *   <li>Jobs with run time ≤ 0 or allocated processors ≤ 0 (cancelled, or unknown) are valid but dropped and counted
 *       in {@link JobTrace#skipped()}.</li>
 *   <li>A <em>malformed job line</em> (not 18 fields, a non-number, a fraction where SWF has an integer, a value below
 *       −1, more processors than the header's MaxProcs) is skipped and reported in {@link JobTrace#warnings()} as
 *       long as malformed lines are at most {@link #MAX_MALFORMED_FRACTION} of all job lines; beyond that the file
 *       is rejected with all of them as errors.</li>
 *   <li>Everything else is always an error: a missing, unreadable or non-gzip file, an unparsable MaxNodes, MaxProcs
 *       or UnixStartTime, and a file without any job that ran.</li>
 * </ul>
 * Errors are collected (up to {@link #MAX_ERRORS}) and thrown together as one {@link WorkloadFileException}; nothing
 * else is thrown.
 */
public final class SwfReader {

    /** Errors (and warnings) collected before further ones are dropped. */
    public static final int MAX_ERRORS = 50;
    /** Largest fraction of malformed job lines that is skipped with warnings rather than rejected. */
    public static final double MAX_MALFORMED_FRACTION = 0.01;
    private static final Pattern KEY = Pattern.compile("^;\\s?([A-Za-z][A-Za-z0-9]*):\\s*(.*)$");

    private SwfReader() {
    }

    /**
     * Reads one SWF file.
     *
     * @param path an {@code .swf} file, or gzip-compressed if the name ends in {@code .gz}
     * @return the jobs that ran, with the header
     * @throws WorkloadFileException listing every problem, see the class comment for the policy
     */
    public static JobTrace read(Path path) {
        String file = path.toString();
        ErrorList fatal = new ErrorList(file, MAX_ERRORS);
        ErrorList malformed = new ErrorList(file, MAX_ERRORS);
        Map<String, String> fields = new LinkedHashMap<>();
        long[] numbers = {-1, -1, -1}; // MaxNodes, MaxProcs, UnixStartTime
        List<SwfJob> jobs = new ArrayList<>();
        int skipped = 0;
        int jobLines = 0;
        int bad = 0;
        try (BufferedReader in = open(path)) {
            String lastKey = null;
            int n = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                n++;
                if (line.startsWith(";")) {
                    lastKey = header(line, n, lastKey, fields, numbers, fatal);
                    continue;
                }
                if (line.isBlank()) {
                    continue;
                }
                jobLines++;
                SwfFields.Parsed p = SwfFields.parse(line, numbers[1]);
                if (p.error() != null) {
                    bad++;
                    malformed.add(n, p.error());
                } else if (p.job().runS() <= 0 || p.job().processors() <= 0) {
                    skipped++;
                } else {
                    jobs.add(p.job());
                }
            }
        } catch (NoSuchFileException e) {
            fatal.add(0, "file not found; expected a Standard Workload Format file (.swf or .swf.gz)");
        } catch (IOException | RuntimeException e) {
            fatal.add(0, "cannot read the file (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "); expected a readable .swf file" + (file.endsWith(".gz") ? " compressed with gzip" : ""));
        }
        if (fatal.size() == 0 && jobs.isEmpty()) {
            fatal.add(0, jobLines == 0 ? "no job lines; expected SWF job lines of 18 fields after the ';' header"
                    : "none of the " + jobLines + " jobs ran (all have run time ≤ 0 or processors ≤ 0)");
        }
        boolean tooMany = bad > MAX_MALFORMED_FRACTION * jobLines;
        if (tooMany) {
            malformed.add(0, String.format(java.util.Locale.ROOT, "%d of %d job lines malformed (%.2f %%); at most"
                    + " %.0f %% are skipped with warnings", bad, jobLines, 100.0 * bad / jobLines,
                    100 * MAX_MALFORMED_FRACTION));
        }
        if (tooMany || fatal.size() > 0) {
            List<FileError> all = new ArrayList<>(fatal.list());
            all.addAll(malformed.list());
            all.sort(java.util.Comparator.comparingInt(FileError::line));
            throw new WorkloadFileException(file, all);
        }
        SwfHeader header = new SwfHeader(numbers[0], numbers[1], numbers[2], fields.getOrDefault("TimeZoneString", ""),
                fields.getOrDefault("Acknowledge", ""), fields);
        List<FileError> warnings = new ArrayList<>(malformed.list());
        var stated = header.maxRecords();
        if (stated.isPresent() && stated.getAsLong() != jobLines) {
            // e.g. the archive's cleaned NASA iPSC log keeps the original log's MaxRecords 42264 for its 18239 jobs
            warnings.add(0, new FileError(file, 0, "the header states MaxRecords " + stated.getAsLong() + " but the "
                    + "file holds " + jobLines + " job lines (a cleaned log that kept its original header?)"));
        }
        return new JobTrace(file, header, jobs, skipped, jobLines, warnings);
    }

    private static BufferedReader open(Path path) throws IOException {
        InputStream raw = Files.newInputStream(path);
        try {
            InputStream in = String.valueOf(path.getFileName()).endsWith(".gz") ? new GZIPInputStream(raw) : raw;
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /** Reads one comment line; returns the key later continuation lines belong to, or null. */
    private static String header(String line, int n, String lastKey, Map<String, String> fields, long[] numbers,
                                 ErrorList fatal) {
        Matcher m = KEY.matcher(line);
        if (m.matches()) {
            String key = m.group(1);
            String value = m.group(2).trim();
            fields.merge(key, value, (a, b) -> a + "\n" + b);
            int slot = switch (key) {
                case "MaxNodes" -> 0;
                case "MaxProcs" -> 1;
                case "UnixStartTime" -> 2;
                default -> -1;
            };
            if (slot >= 0) {
                try {
                    numbers[slot] = Long.parseLong(value);
                    if (numbers[slot] < -1) {
                        throw new NumberFormatException();
                    }
                } catch (NumberFormatException e) {
                    numbers[slot] = -1;
                    fatal.add(n, "header " + key + ": expected a whole number ≥ 0 (or −1), got '" + clip(value) + "'");
                }
            }
            return key;
        }
        String text = line.substring(1).trim();
        if (text.isEmpty() || lastKey == null) {
            return null;
        }
        fields.merge(lastKey, text, (a, b) -> a + "\n" + b);
        return lastKey;
    }

    static String clip(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
