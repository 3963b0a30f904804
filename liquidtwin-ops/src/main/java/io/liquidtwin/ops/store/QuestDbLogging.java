package io.liquidtwin.ops.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps QuestDB quiet: unless the JVM already names a log configuration ({@code -Dout=…}), QuestDB's log goes to
 * {@code DIR/questdb.log} at ERROR and CRITICAL only, instead of INFO to stdout. QuestDB reads the setting once per
 * JVM, when its log factory first loads, so the first store opened in a process decides.
 */
final class QuestDbLogging {

    private QuestDbLogging() {
    }

    static synchronized void configure(Path dataDir) {
        if (System.getProperty("out") != null) {
            return;
        }
        try {
            Path conf = dataDir.resolve("questdb-log.conf");
            String log = dataDir.toAbsolutePath().resolve("questdb.log").toString();
            Files.writeString(conf, """
                    writers=file
                    w.file.class=io.questdb.log.LogFileWriter
                    w.file.location=%s
                    w.file.level=ERROR,CRITICAL
                    """.formatted(log));
            System.setProperty("out", conf.toAbsolutePath().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the QuestDB log configuration in " + dataDir, e);
        }
    }
}
