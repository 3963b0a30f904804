package io.liquidtwin.cli;

/**
 * SIGINT and SIGTERM as a request to stop, so a long-running command can shut down on its own thread and exit 0
 * (the JVM's own handling runs the shutdown hooks and exits 130 or 143). Uses {@code sun.misc.Signal}
 * (module jdk.unsupported), the only way to catch a signal in Java.
 */
final class Signals {

    private Signals() {
    }

    /** @return whether both handlers were installed (not when the JVM runs with -Xrs or the platform refuses) */
    static boolean onInterruptOrTerminate(Runnable action) {
        boolean all = true;
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), sig -> action.run());
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                all = false;
            }
        }
        return all;
    }
}
