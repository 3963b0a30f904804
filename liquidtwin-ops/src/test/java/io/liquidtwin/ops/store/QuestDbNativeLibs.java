package io.liquidtwin.ops.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/** Extracts QuestDB's native libraries once, so child JVMs killed with SIGKILL do not each leak a copy in /tmp. */
final class QuestDbNativeLibs {

    private QuestDbNativeLibs() {
    }

    /** @return the directory to pass as {@code -Dquestdb.libs.dir}, or empty on a platform this does not know */
    static Optional<Path> extractTo(Path dir) throws IOException {
        String os = System.getProperty("os.name");
        String arch = System.getProperty("os.arch");
        if (!os.startsWith("Linux")) {
            return Optional.empty();
        }
        String platform = arch.equals("aarch64") ? "linux-aarch64" : "linux-x86-64";
        for (String lib : new String[]{"libquestdb.so", "libquestdbr.so"}) {
            try (InputStream in = io.questdb.std.Os.class.getResourceAsStream("/io/questdb/bin/" + platform + "/" + lib)) {
                if (in == null) {
                    return Optional.empty();
                }
                Files.copy(in, dir.resolve(lib), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return Optional.of(dir);
    }
}
