package io.liquidtwin.server.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import java.lang.management.ManagementFactory;

/**
 * Keeps Micrometer's standard binders within the Prometheus naming rules that {@code promtool check metrics} lints:
 * {@code system.cpu.count} would end in {@code _count} (reserved for histograms and summaries) and becomes
 * {@code system_cpu_cores}; {@code process.cpu.time} is exposed in nanoseconds ({@code process_cpu_time_ns_total},
 * an abbreviated non-base unit) and is replaced by the conventional {@code process_cpu_seconds_total}.
 */
final class PromtoolClean {

    private PromtoolClean() {
    }

    static void configure(MeterRegistry registry) {
        registry.config().meterFilter(new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                return id.getName().equals("system.cpu.count") ? id.withName("system.cpu.cores") : id;
            }
        });
        registry.config().meterFilter(MeterFilter.deny(id -> id.getName().equals("process.cpu.time")));
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            FunctionCounter.builder("process.cpu", os, o -> o.getProcessCpuTime() / 1e9).baseUnit("seconds")
                    .description("CPU time used by the process").register(registry);
        }
    }
}
