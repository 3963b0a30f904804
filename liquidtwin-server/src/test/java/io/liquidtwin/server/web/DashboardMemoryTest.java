package io.liquidtwin.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.liquidtwin.server.service.LiquidTwinService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * Bounded version of "an hour at speed 60 with the dashboard open": the real service (QuestDB store, its own pacer)
 * at speed 200 (a tick of 10 simulated s every 50 ms of wall time) with the Plant page open
 * and a unit's trends live, for 10 samples taken every 50 twin ticks. After a
 * forced GC each time, the browser's JS heap (CDP) and the server's heap must not grow: the mean of the last third of
 * the samples stays within the tolerance of the mean of the first third.
 *
 * <p>The full hour (docs/benchmarks.md, "Dashboard memory") is the same test with {@code -Dlt.memory.speed=60
 * -Dlt.memory.samples=60 -Dlt.memory.ticksPerSample=360}: 6 ticks of 10 s per wall second, a sample every minute.
 */
class DashboardMemoryTest {

    static final double SPEED = Double.parseDouble(System.getProperty("lt.memory.speed", "200"));
    static final long TICK_MS = Math.round(10_000 / SPEED);
    static final int SAMPLES = Integer.getInteger("lt.memory.samples", 10);
    static final int TICKS_PER_SAMPLE = Integer.getInteger("lt.memory.ticksPerSample", 50);
    /** Browser: +25 % or 1 MiB, whichever is larger (V8's heap moves by a few hundred kB between GCs). */
    static final double JS_TOLERANCE = 0.25;
    static final long JS_SLACK = 1L << 20;
    /** Server: +16 MiB (the JVM's heap after System.gc() also holds Jetty buffers, QuestDB's on-heap caches). */
    static final long SERVER_SLACK = 16L << 20;

    @Test
    void browserAndServerHeapsStayFlatWithThePlantPageOpen(@TempDir Path dir) throws Exception {
        Browser.require();
        long t0 = System.nanoTime();
        LiquidTwinService.Options options = LiquidTwinService.Options.port(0).withHost("127.0.0.1")
                .withSpeed(SPEED, 10).withAlarms(Path.of("..", "examples", "alarms", "qingdao-alarms.yaml"));
        try (LiquidTwinService service = LiquidTwinService.open(Path.of("..", "examples", "qingdao-two-phase-1mw.yaml"),
                dir, options);
             Browser b = Browser.open("http://127.0.0.1:" + service.port())) {
            System.out.printf("dashboard memory: service up after %d ms%n", (System.nanoTime() - t0) / 1_000_000);
            String password = Files.readString(service.generatedPasswordFile().orElseThrow()).strip();
            b.login("admin", password);
            b.go("#/plant");
            b.until(d -> d.findElements(By.cssSelector("#schematic svg, #schematic-unavailable")).size() == 1);
            By cdu = By.cssSelector("#schematic g.unit[data-unit='cdu'] rect, .unit-list button[data-unit='cdu']");
            b.waitFor(cdu).click();
            b.until(d -> d.findElements(By.cssSelector("#unit-details .spark:not([hidden]) canvas")).size() >= 2);
            b.enablePerformanceMetrics();
            System.out.printf("dashboard memory: page ready after %d ms%n", (System.nanoTime() - t0) / 1_000_000);

            List<Long> js = new ArrayList<>();
            List<Long> server = new ArrayList<>();
            long seq = service.twin().snapshot().sequence();
            for (int i = 0; i < SAMPLES; i++) {
                long target = seq + TICKS_PER_SAMPLE;
                b.until(Duration.ofSeconds(30 + TICKS_PER_SAMPLE * TICK_MS / 1000 * 2),
                        d -> service.twin().snapshot().sequence() >= target);
                seq = target;
                js.add(b.jsHeapAfterGc());
                server.add(serverHeapAfterGc());
            }
            System.out.printf("dashboard memory: sampled after %d ms%n", (System.nanoTime() - t0) / 1_000_000);
            long ticks = service.twin().snapshot().sequence();
            b.screenshot("plant-after-memory-run");
            System.out.printf("dashboard memory: %d ticks; JS heap (B) %s; server heap (B) %s%n", ticks, js, server);
            assertThat(lastThird(js)).as("browser JS heap, last third vs first third %s", js)
                    .isLessThanOrEqualTo(Math.max(firstThird(js) * (1 + JS_TOLERANCE), firstThird(js) + JS_SLACK));
            assertThat(lastThird(server)).as("server heap, last third vs first third %s", server)
                    .isLessThanOrEqualTo(firstThird(server) + SERVER_SLACK);
            assertThat(b.driver.findElements(By.cssSelector("#schematic svg"))).as("the schematic is shown").hasSize(1);
            assertThat(b.severe()).as("browser console errors").isEmpty();
        } finally {
            System.out.printf("dashboard memory: closed after %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        }
    }

    private static long serverHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static double firstThird(List<Long> v) {
        return v.subList(0, v.size() / 3).stream().mapToLong(Long::longValue).average().orElseThrow();
    }

    private static double lastThird(List<Long> v) {
        return v.subList(v.size() - v.size() / 3, v.size()).stream().mapToLong(Long::longValue).average().orElseThrow();
    }
}
