package io.liquidtwin.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the runnable jar: {@code liquidtwin [--help] [--version] COMMAND …}. */
@Command(name = "liquidtwin",
        mixinStandardHelpOptions = true,
        versionProvider = LiquidTwin.Version.class,
        description = "Digital twin and operations platform for liquid-cooled data centres.",
        subcommands = {DemoCommand.class, StudyCommand.class, SimulateCommand.class, ServeCommand.class,
                ValidateCommand.class, FluidCommand.class, CoolantsCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Run './liquidtwin test' from a source checkout to run the whole test suite."})
public final class LiquidTwin implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** @return the configured command line (used by tests with their own writers) */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new LiquidTwin());
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            if (ex instanceof IllegalArgumentException) { // bad input (incl. OutOfRangeException): say it plainly
                cmd.getErr().println("liquidtwin: " + ex.getMessage());
                return 2;
            }
            throw ex;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** Reads the version Maven wrote into {@code version.properties}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = LiquidTwin.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"LiquidTwin " + p.getProperty("version", "unknown"),
                    "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
        }
    }

    static PrintWriter out(CommandLine.Model.CommandSpec spec) {
        return spec.commandLine().getOut();
    }
}
