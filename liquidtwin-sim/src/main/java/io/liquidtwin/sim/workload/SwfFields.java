package io.liquidtwin.sim.workload;

import java.util.Locale;

/** Parses one SWF job line into an {@link SwfJob}; package-private helper of {@link SwfReader}. */
final class SwfFields {

    static final int FIELDS = 18;
    static final String[] NAMES = {"job number", "submit time", "wait time", "run time", "allocated processors",
        "average CPU time", "used memory", "requested processors", "requested time", "requested memory", "status",
        "user id", "group id", "executable number", "queue number", "partition number", "preceding job number",
        "think time"};
    /** Fields (0-based) that may carry a fraction; all others must be whole numbers. */
    private static final boolean[] FRACTIONAL = new boolean[FIELDS];

    static {
        FRACTIONAL[5] = true;
        FRACTIONAL[6] = true;
        FRACTIONAL[9] = true;
    }

    private SwfFields() {
    }

    /**
     * @param line     the line, not a comment
     * @param maxProcs the header's MaxProcs, or −1
     * @return the job, or a one-line reason why the line is malformed (exactly one of the two is non-null)
     */
    static Parsed parse(String line, long maxProcs) {
        String[] f = line.trim().split("\\s+");
        if (f.length != FIELDS) {
            return new Parsed(null, "found " + f.length + " fields; expected " + FIELDS
                    + " whitespace-separated SWF fields (job number … think time)");
        }
        double[] v = new double[FIELDS];
        for (int i = 0; i < FIELDS; i++) {
            String why = number(f[i], i, v);
            if (why != null) {
                return new Parsed(null, "field " + (i + 1) + " (" + NAMES[i] + "): " + why);
            }
        }
        if (maxProcs > 0 && v[4] > maxProcs) {
            return new Parsed(null, String.format(Locale.ROOT, "field 5 (allocated processors): %d exceeds the"
                    + " header's MaxProcs %d", (long) v[4], maxProcs));
        }
        return new Parsed(new SwfJob((long) v[0], (long) v[1], (long) v[2], (long) v[3], (int) v[4], v[5], v[6],
                (int) v[7], (long) v[8], v[9], (int) v[10], (int) v[11], (int) v[12], (int) v[13], (int) v[14],
                (int) v[15], (long) v[16], (long) v[17]), null);
    }

    private static String number(String s, int i, double[] v) {
        double x;
        try {
            x = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return "expected " + (FRACTIONAL[i] ? "a number" : "an integer") + ", got '" + SwfReader.clip(s) + "'";
        }
        if (!Double.isFinite(x) || s.chars().anyMatch(Character::isLetter)) {
            return "expected a finite number, got '" + SwfReader.clip(s) + "'";
        }
        if (!FRACTIONAL[i] && x != Math.rint(x)) {
            return "expected an integer, got '" + SwfReader.clip(s) + "'";
        }
        if (x < -1) {
            return "got " + s + "; expected ≥ 0, or −1 for unknown";
        }
        if (Math.abs(x) > (i == 4 || i == 7 || i >= 10 && i <= 15 ? Integer.MAX_VALUE : 1e15)) {
            return "got " + s + ", which is too large";
        }
        v[i] = x;
        return null;
    }

    /** A parsed job or the reason the line is malformed. */
    record Parsed(SwfJob job, String error) {
    }
}
