package io.liquidtwin.sim.workload;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;

/** Small SWF files for the tests and the path of the shared real traces. */
final class SwfFixtures {

    static final String KTH = "KTH-SP2-1996-2.1-cln.swf.gz";
    static final String NASA = "NASA-iPSC-1993-3.1-cln.swf.gz";

    private SwfFixtures() {
    }

    /** The shared trace from the module directory; fails on CI if absent, else skips. */
    static Path sharedTrace(String name) {
        return sharedData("traces", name);
    }

    /** A file of ../shared/data/{folder} from the module directory; fails on CI if absent, else skips. */
    static Path sharedData(String folder, String name) {
        Path p = Path.of("..", "..", "shared", "data", folder, name);
        if (!Files.isRegularFile(p)) {
            if (System.getenv("CI") != null) {
                throw new AssertionError("shared data file missing on CI: " + p.toAbsolutePath());
            }
            Assumptions.abort("shared data file not present: " + p.toAbsolutePath());
        }
        return p;
    }

    static List<String> header(int maxProcs) {
        return new ArrayList<>(List.of("; Version: 2.2", "; Acknowledge: Test Person",
                "; MaxNodes: " + maxProcs, "; MaxProcs: " + maxProcs, "; UnixStartTime: 1000",
                "; TimeZoneString: Europe/Stockholm", ";"));
    }

    /** A job line with the given submit, wait, run and processors, other fields −1. */
    static String job(int number, long submit, long wait, long run, int procs) {
        return number + " " + submit + " " + wait + " " + run + " " + procs
                + " -1 -1 " + procs + " 3600 -1 1 1 1 -1 -1 -1 -1 -1";
    }

    static Path write(Path dir, String name, List<String> lines) throws IOException {
        Path p = dir.resolve(name);
        byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.ISO_8859_1);
        if (name.endsWith(".gz")) {
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
                out.write(bytes);
            }
        } else {
            Files.write(p, bytes);
        }
        return p;
    }
}
