package io.liquidtwin.physics.testkit;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs an independent reference implementation in Debian's Python ({@code /usr/bin/python3}) and returns what it
 * printed, so tests can take their expected values from it (python3-iapws, python3-fluids).
 *
 * <p>If the Python module is missing, the test fails when the environment variable {@code CI} is set (CI installs
 * the packages, so it must never skip) and is aborted (reported as skipped) on a developer machine without them.
 */
public final class PythonOracle {

    /** Debian's interpreter: the one the python3-* packages install into. */
    public static final Path PYTHON = Path.of("/usr/bin/python3");

    private PythonOracle() {
    }

    /** Ensures {@code module} is importable by Debian's Python; fails on CI, skips elsewhere. */
    public static void require(String module, String debianPackage) {
        String why;
        if (!Files.isExecutable(PYTHON)) {
            why = PYTHON + " not found";
        } else {
            try {
                Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import " + module)
                        .redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    why = "import " + module + " timed out";
                } else if (p.exitValue() == 0) {
                    return;
                } else {
                    why = out.strip();
                }
            } catch (IOException e) {
                why = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                why = "interrupted";
            }
        }
        String msg = "reference implementation '" + module + "' unavailable (apt-get install " + debianPackage
                + "): " + why;
        if (System.getenv("CI") != null) {
            fail(msg);
        }
        abort(msg);
    }

    /**
     * Runs {@code script} with Debian's Python, writes {@code input} to its standard input and returns its standard
     * output split into lines. Fails the test on a non-zero exit or after 5 minutes.
     */
    public static List<String> run(String script, String input) {
        try {
            Path file = Files.createTempFile("liquidtwin-oracle", ".py");
            try {
                Files.writeString(file, script, StandardCharsets.UTF_8);
                Process p = new ProcessBuilder(PYTHON.toString(), file.toString()).start();
                try (OutputStream os = p.getOutputStream()) {
                    os.write(input.getBytes(StandardCharsets.UTF_8));
                }
                byte[][] streams = new byte[2][];
                Thread errReader = Thread.ofVirtual().start(() -> streams[1] = readQuietly(p.getErrorStream()));
                streams[0] = p.getInputStream().readAllBytes();
                if (!p.waitFor(5, TimeUnit.MINUTES)) {
                    p.destroyForcibly();
                    fail("python oracle timed out");
                }
                errReader.join();
                String out = new String(streams[0], StandardCharsets.UTF_8);
                if (p.exitValue() != 0) {
                    fail("python oracle exited " + p.exitValue() + ": "
                            + new String(streams[1], StandardCharsets.UTF_8));
                }
                return new ArrayList<>(out.lines().toList());
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            return fail("python oracle could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted", e);
        }
    }

    private static byte[] readQuietly(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            return e.toString().getBytes(StandardCharsets.UTF_8);
        }
    }
}
