package io.liquidtwin.sim.workload;

import io.liquidtwin.sim.FileError;
import java.util.List;
import java.util.Objects;

/**
 * A workload trace as read by {@link SwfReader}: only jobs that ran (run time &gt; 0 and processors &gt; 0), in file
 * order.
 *
 * @param file        the file as the caller named it
 * @param header      the header comments
 * @param jobs        the jobs that ran
 * @param skipped     job lines dropped because run time ≤ 0 or processors ≤ 0 (cancelled or unknown)
 * @param jobLines    job lines in the file (kept + skipped + malformed)
 * @param warnings    malformed job lines that were skipped (at most {@link SwfReader#MAX_MALFORMED_FRACTION} of
 *                    the job lines, else the file is rejected)
 */
public record JobTrace(String file, SwfHeader header, List<SwfJob> jobs, int skipped, int jobLines,
                       List<FileError> warnings) {

    public JobTrace {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(header, "header");
        jobs = List.copyOf(jobs);
        warnings = List.copyOf(warnings);
    }

    /** @return number of jobs kept */
    public int size() {
        return jobs.size();
    }

    /** @return Σ processors × run time over the kept jobs, processor-s */
    public long processorSeconds() {
        return jobs.stream().mapToLong(SwfJob::processorSeconds).sum();
    }
}
