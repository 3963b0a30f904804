package io.liquidtwin.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.liquidtwin.ops.store.Quality;
import io.liquidtwin.ops.store.Sample;
import io.liquidtwin.ops.store.SeriesKey;
import io.liquidtwin.server.http.TestServer;
import io.liquidtwin.server.metrics.MetricsRoutes;
import io.liquidtwin.server.redfish.RedfishRoutes;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch as Telegraf's InfluxDB v2 output sends it (inputs cpu, mem, system, disk), string fields included. */
class TelegrafBatchTest {

    /** 2026-07-15T01:00:10Z in ns, the gather time of the batch below. */
    static final long T_NS = (InfluxWriteTest.T0_S + 10) * 1_000_000_000L;
    static final long T_US = T_NS / 1000;

    /** Shaped as Telegraf 1.3x writes these inputs (field sets abridged, types and string fields as sent). */
    static final String BATCH = String.join("\n",
            "cpu,cpu=cpu-total,host=lt-node-1 usage_guest=0,usage_guest_nice=0,usage_idle=92.86,usage_iowait=0.25,"
                    + "usage_irq=0,usage_nice=0,usage_softirq=0.13,usage_steal=0,usage_system=2.13,usage_user=4.63 "
                    + T_NS,
            "mem,host=lt-node-1 active=3215708160i,available=12489125888i,available_percent=75.38,buffered=292519936i,"
                    + "cached=5470126080i,free=7169929216i,total=16567541760i,used=3634884608i,used_percent=21.94 "
                    + T_NS,
            "system,host=lt-node-1 load1=0.42,load15=0.31,load5=0.38,n_cpus=8i,n_unique_users=2i,n_users=3i " + T_NS,
            "system,host=lt-node-1 uptime=441187u " + T_NS,
            "system,host=lt-node-1 uptime_format=\"5 days,  2:33\" " + T_NS,
            "disk,device=nvme0n1p2,fstype=ext4,host=lt-node-1,mode=rw,path=/ free=301832519680i,inodes_free=30151526i,"
                    + "inodes_total=31227904i,inodes_used=1076378i,total=502391877632i,used=175021899776i,"
                    + "used_percent=36.70 " + T_NS,
            "disk,device=nvme0n1p1,fstype=vfat,host=lt-node-1,mode=rw,path=/boot/efi free=530132992i,inodes_free=0i,"
                    + "inodes_total=0i,inodes_used=0i,total=535805952i,used=5672960i,used_percent=1.06 " + T_NS,
            "");

    @TempDir
    Path dir;

    @Test
    void aTelegrafBatchIsStoredWholeWithItsStringFieldsPassedOver() {
        InfluxWriteRoutes write = new InfluxWriteRoutes();
        try (TestServer s = TestServer.start(dir, "qingdao-two-phase-1mw.yaml", List.of(),
                List.of(new RedfishRoutes(), write, new MetricsRoutes(write::stats)))) {
            TestServer.Reply r = s.send("POST", "/api/v2/write?org=lt&bucket=telegraf&precision=ns", BATCH,
                    "Authorization", InfluxWriteTest.OP, "Content-Type", "text/plain; charset=utf-8");
            assertThat(r.status()).as(r.text()).isEqualTo(204);

            Map<String, String> host = Map.of("host", "lt-node-1");
            assertThat(s.twin.store().range(key("cpu.usage_idle", Map.of("cpu", "cpu-total", "host", "lt-node-1")),
                    T_US, T_US + 1)).containsExactly(new Sample(key("cpu.usage_idle",
                    Map.of("cpu", "cpu-total", "host", "lt-node-1")), T_US, 92.86, Quality.GOOD));
            assertThat(s.twin.store().latest(key("mem.available_percent", host)).orElseThrow().value())
                    .isEqualTo(75.38);
            assertThat(s.twin.store().latest(key("system.n_cpus", host)).orElseThrow().value()).isEqualTo(8);
            assertThat(s.twin.store().latest(key("system.uptime", host)).orElseThrow().value()).isEqualTo(441187);
            assertThat(s.twin.store().latest(key("system.uptime_format", host))).isEmpty();
            Map<String, String> root = Map.of("device", "nvme0n1p2", "fstype", "ext4", "host", "lt-node-1",
                    "mode", "rw", "path", "/");
            assertThat(s.twin.store().latest(key("disk.used_percent", root)).orElseThrow().value()).isEqualTo(36.70);
            assertThat(s.twin.store().latest(key("disk.free", root)).orElseThrow().value()).isEqualTo(301832519680.0);
            assertThat(s.twin.store().latest(key("disk.total", Map.of("device", "nvme0n1p1", "fstype", "vfat",
                    "host", "lt-node-1", "mode", "rw", "path", "/boot/efi"))).orElseThrow().value())
                    .isEqualTo(535805952);

            // 10 cpu + 9 mem + 6 + 1 system + 7 + 7 disk numeric fields; the one string field is counted, not stored
            assertThat(s.twin.store().series(Map.of("host", "lt-node-1"))).hasSize(40);
            assertThat(write.stats().samplesWritten()).isEqualTo(40);
            assertThat(write.stats().stringFields()).isEqualTo(1);
            assertThat(write.stats().lineErrors()).isZero();
            TestServer.Reply metrics = s.send("GET", "/metrics", null, "Authorization", InfluxWriteTest.OP);
            assertThat(metrics.text()).contains("liquidtwin_ingest_http_string_fields_total 1.0");
        }
    }

    @Test
    void aStringFieldDoesNotHideABadLineInTheSameBatch() {
        InfluxWriteRoutes write = new InfluxWriteRoutes();
        try (TestServer s = TestServer.start(dir, "qingdao-two-phase-1mw.yaml", List.of(),
                List.of(new RedfishRoutes(), write))) {
            String body = "system,host=h uptime_format=\"1 day\",load1=0.5 " + T_NS + "\n"
                    + "system,host=h load5=oops " + T_NS + "\n";
            TestServer.Reply r = s.send("POST", "/api/v2/write?precision=ns", body,
                    "Authorization", InfluxWriteTest.OP);
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.text()).contains("line 2").doesNotContain("uptime_format");
            assertThat(s.twin.store().latest(key("system.load1", Map.of("host", "h")))).isPresent();
            assertThat(write.stats().stringFields()).isEqualTo(1);
        }
    }

    private static SeriesKey key(String name, Map<String, String> tags) {
        return new SeriesKey(name, tags);
    }
}
