package io.liquidtwin.ops.ingest;

/**
 * Why one line (or one field of a line) of an input was not turned into samples.
 *
 * @param line    1-based line number in the input
 * @param reason  what is wrong, naming the element (e.g. {@code field 'temp': ...})
 * @param excerpt the start of the offending line (at most 80 characters, undecodable bytes shown as U+FFFD)
 */
public record LineError(int line, String reason, String excerpt) {

    static final int EXCERPT_CHARS = 80;

    static String excerptOf(String line) {
        return line.length() <= EXCERPT_CHARS ? line : line.substring(0, EXCERPT_CHARS) + "…";
    }
}
