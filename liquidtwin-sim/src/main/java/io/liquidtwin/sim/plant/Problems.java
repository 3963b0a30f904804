package io.liquidtwin.sim.plant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects every error of one load. Identical errors (the same catalogue value read by several items) are kept once;
 * errors of generated items that share a merge key (the same check failing for every copy of a template) are merged
 * into the first with a count. At most {@value #MAX_REPORTED} errors are reported.
 */
final class Problems {

    static final int MAX_REPORTED = 1000;

    private record Entry(PlantError error, String mergeKey) {
    }

    private final String mainFile;
    private final Set<PlantError> seen = new LinkedHashSet<>();
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Integer> mergeCounts = new HashMap<>();
    private final Map<String, Integer> mergeFirst = new HashMap<>();

    Problems(String mainFile) {
        this.mainFile = mainFile;
    }

    String mainFile() {
        return mainFile;
    }

    /** Records an error at origin. */
    void error(Origin at, String message) {
        add(at, message, null);
    }

    /**
     * Records an error of a generated item (copy of a template): errors with the same origin and merge key are
     * reported once, with the number of further copies that failed the same way.
     */
    void repeated(Origin at, String mergeKey, String message) {
        add(at, message, mergeKey);
    }

    /** Records an error found elsewhere (the built-in catalogue's own check). */
    void replay(PlantError e) {
        add(new Origin(e.file(), e.line(), e.yamlPath()), e.message(), null);
    }

    private void add(Origin at, String message, String mergeKey) {
        PlantError e = new PlantError(at.file(), Math.max(0, at.line()), at.path(), message);
        if (!seen.add(e)) {
            return;
        }
        if (mergeKey != null) {
            String k = at.file() + '\u0000' + at.line() + '\u0000' + at.path() + '\u0000' + mergeKey;
            Integer first = mergeFirst.get(k);
            if (first != null) {
                mergeCounts.merge(k, 1, Integer::sum);
                return;
            }
            mergeFirst.put(k, entries.size());
            entries.add(new Entry(e, k));
            return;
        }
        entries.add(new Entry(e, null));
    }

    /** @return the number of distinct errors recorded so far */
    int count() {
        return entries.size();
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    /** @return the errors, grouped by file (in order of first appearance) and sorted by line within each file */
    List<PlantError> errors() {
        Map<String, Integer> fileRank = new LinkedHashMap<>();
        List<PlantError> out = new ArrayList<>();
        for (Entry en : entries) {
            PlantError e = en.error();
            Integer more = en.mergeKey() == null ? null : mergeCounts.get(en.mergeKey());
            if (more != null) {
                e = new PlantError(e.file(), e.line(), e.yamlPath(), e.message() + " (and " + more
                        + (more == 1 ? " more generated item" : " more generated items") + " like it)");
            }
            fileRank.putIfAbsent(e.file(), fileRank.size());
            out.add(e);
        }
        out.sort(Comparator.<PlantError>comparingInt(e -> fileRank.get(e.file())).thenComparingInt(PlantError::line));
        if (out.size() > MAX_REPORTED) {
            int dropped = out.size() - MAX_REPORTED;
            List<PlantError> cut = new ArrayList<>(out.subList(0, MAX_REPORTED));
            cut.add(new PlantError(mainFile, 0, "", "… and " + dropped + " more errors (only the first "
                    + MAX_REPORTED + " are listed)"));
            return cut;
        }
        return out;
    }

    /** Throws the collected errors if there are any. */
    void throwIfAny() {
        if (!entries.isEmpty()) {
            throw new PlantFileException(mainFile, errors());
        }
    }
}
