package io.liquidtwin.server.service;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs exactly what {@code liquidtwin serve} runs ({@link LiquidTwinService}: QuestDB store in the data directory,
 * accounts, pacer, every standard module) for the HTTP benchmarks (bench/http.sh), from the test classpath. Prints
 * {@code READY port=<n>} once it listens and runs until killed; the administrator's password is in
 * {@code <dataDir>/admin-password.txt}.
 *
 * <p>Usage: {@code BenchService <dataDir> <plant.yaml> <port> <speed> <stepS> [alarms.yaml [plantTag]]}.
 */
public final class BenchService {

    private BenchService() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: BenchService <dataDir> <plant.yaml> <port> <speed> <stepS> [alarms.yaml [plantTag]]");
            System.exit(2);
        }
        Path dataDir = Files.createDirectories(Path.of(args[0]));
        LiquidTwinService.Options o = LiquidTwinService.Options.port(Integer.parseInt(args[2])).withHost("127.0.0.1")
                .withSpeed(Double.parseDouble(args[3]), Double.parseDouble(args[4]));
        if (args.length > 5) {
            o = o.withAlarms(Path.of(args[5]));
        }
        if (args.length > 6) {
            o = o.withPlantTag(args[6]);
        }
        LiquidTwinService s = LiquidTwinService.open(Path.of(args[1]), dataDir, o);
        Runtime.getRuntime().addShutdownHook(new Thread(s::stop));
        s.notices().forEach(n -> System.out.println("notice: " + n));
        System.out.println("READY port=" + s.port());
        System.out.flush();
        Thread.currentThread().join();
    }
}
