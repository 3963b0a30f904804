package io.liquidtwin.server.rest;

import io.liquidtwin.server.error.ApiException;
import io.liquidtwin.server.error.Problem;
import io.liquidtwin.sim.report.HtmlReport;
import io.liquidtwin.sim.study.Scenario;
import io.liquidtwin.sim.study.ScenarioFileException;
import io.liquidtwin.sim.study.ScenarioReader;
import io.liquidtwin.sim.study.Study;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs design studies in the background: scenario files only from one allowed directory (no absolute paths, no
 * {@code ..}, no symbolic link leading out), checked when submitted (a bad scenario is a 400 at once), run on a
 * bounded executor ({@code concurrent} at a time, at most {@code queued} waiting: beyond that 503), each writing its
 * report into {@code outRoot/<id>}.
 */
final class StudyService {

    private static final Logger LOG = LoggerFactory.getLogger(StudyService.class);
    private static final Pattern FILE = Pattern.compile("(run-\\d{1,4}/)?[A-Za-z0-9][A-Za-z0-9._-]{0,100}\\.csv");
    private static final int RETRY_AFTER_S = 30;

    private final Path studiesDir;
    private final Path outRoot;
    private final InstantSource wall;
    private final ThreadPoolExecutor executor;
    private final Map<String, StudyJob> jobs = new ConcurrentHashMap<>();
    private final List<String> order = new java.util.concurrent.CopyOnWriteArrayList<>();

    StudyService(Path studiesDir, Path outRoot, InstantSource wall, int concurrent, int queued) {
        this.studiesDir = studiesDir;
        this.outRoot = outRoot;
        this.wall = wall;
        AtomicInteger n = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(concurrent, concurrent, 30, TimeUnit.SECONDS,
                queued == 0 ? new SynchronousQueue<>() : new LinkedBlockingQueue<>(queued), r -> {
                    Thread t = new Thread(r, "liquidtwin-study-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        executor.allowCoreThreadTimeOut(true);
    }

    /** Checks the scenario, then queues it; @return the job */
    StudyJob submit(String scenario, String who) {
        Scenario sc = read(resolve(scenario), scenario);
        byte[] random = new byte[6];
        ThreadLocalRandom.current().nextBytes(random);
        String id = HexFormat.of().formatHex(random);
        StudyJob job = new StudyJob(id, scenario, who, wall.instant(), outRoot.resolve(id));
        try {
            executor.execute(() -> run(job, sc));
        } catch (RejectedExecutionException e) {
            throw new ApiException(Problem.SERVICE_TEMPORARILY_UNAVAILABLE, RETRY_AFTER_S);
        }
        jobs.put(id, job);
        order.add(id);
        return job;
    }

    /** @return every job, oldest first */
    List<StudyJob> list() {
        List<StudyJob> out = new ArrayList<>();
        order.forEach(id -> out.add(jobs.get(id)));
        return out;
    }

    Optional<StudyJob> get(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** @return a finished job's output file (report.html or a CSV table), or 404 */
    Path file(StudyJob job, String name) {
        if (job.state() != StudyState.DONE) {
            throw new ApiException(Problem.GENERAL_ERROR, "study " + job.id + " is " + job.state().label()
                    + "; its files exist once it is done");
        }
        if (!name.equals("report.html") && !FILE.matcher(name).matches()) {
            throw new ApiException(Problem.RESOURCE_NOT_FOUND, "StudyFile", name);
        }
        Path f = job.outDir.resolve(name).normalize();
        if (!f.startsWith(job.outDir) || !Files.isRegularFile(f)) {
            throw new ApiException(Problem.RESOURCE_NOT_FOUND, "StudyFile", name);
        }
        return f;
    }

    /** @return the names of a finished job's CSV tables, sorted */
    List<String> csvFiles(StudyJob job) {
        if (job.state() != StudyState.DONE) {
            return List.of();
        }
        try (var s = Files.walk(job.outDir, 2)) {
            return s.filter(Files::isRegularFile).map(p -> job.outDir.relativize(p).toString().replace('\\', '/'))
                    .filter(n -> FILE.matcher(n).matches()).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private Path resolve(String scenario) {
        Path root;
        try {
            root = studiesDir.toRealPath();
        } catch (IOException e) {
            throw new ApiException(Problem.GENERAL_ERROR, "the server has no studies directory (" + studiesDir
                    + "); start it with one to run studies");
        }
        Path rel;
        try {
            rel = Path.of(scenario);
        } catch (InvalidPathException e) {
            throw new ApiException(Problem.PROPERTY_VALUE_FORMAT_ERROR, scenario, "scenario");
        }
        boolean yaml = scenario.endsWith(".yaml") || scenario.endsWith(".yml");
        if (scenario.isBlank() || rel.isAbsolute() || scenario.startsWith("/") || scenario.contains("\\") || !yaml
                || java.util.stream.StreamSupport.stream(rel.spliterator(), false)
                .anyMatch(p -> p.toString().equals(".."))) {
            throw new ApiException(Problem.PROPERTY_VALUE_FORMAT_ERROR, scenario, "scenario");
        }
        Path file = root.resolve(rel).normalize();
        try {
            Path real = file.toRealPath();
            if (!real.startsWith(root) || !Files.isRegularFile(real)) {
                throw new ApiException(Problem.PROPERTY_VALUE_FORMAT_ERROR, scenario, "scenario");
            }
            return real;
        } catch (IOException e) {
            throw new ApiException(Problem.PROPERTY_VALUE_NOT_IN_LIST, scenario, "scenario");
        }
    }

    private static Scenario read(Path file, String scenario) {
        try {
            return ScenarioReader.read(file);
        } catch (ScenarioFileException e) {
            throw new ApiException(Problem.GENERAL_ERROR, "scenario " + scenario + ": "
                    + String.join("; ", e.problems()));
        } catch (RuntimeException e) {
            throw new ApiException(Problem.GENERAL_ERROR, "scenario " + scenario + ": " + e.getMessage());
        }
    }

    private void run(StudyJob job, Scenario sc) {
        job.running();
        try {
            Study.Outcome outcome = Study.run(sc, job::progress);
            if (outcome.sweep().isPresent()) {
                HtmlReport.write(outcome.sweep().get(), job.outDir);
            } else {
                HtmlReport.write(outcome.runs().get(0), job.outDir);
            }
            job.done(wall.instant());
        } catch (IOException | RuntimeException e) {
            LOG.warn("study {} ({}) failed", job.id, job.scenario, e);
            job.failed(e.getMessage() == null ? e.toString() : e.getMessage(), wall.instant());
        }
    }
}
