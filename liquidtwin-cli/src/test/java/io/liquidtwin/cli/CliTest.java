package io.liquidtwin.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line end to end, in process: exit codes, what the user reads, and errors for bad input. */
class CliTest {

    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = LiquidTwin.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void coolantsPrintsEveryCoolantWithUnits() {
        Run r = run("coolants");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Water (IAPWS-IF97)", "PG25", "kg/m³", "J/(kg·K)", "mPa·s", "W/(m·K)", "°C",
                "kPa", "kJ/kg", "mN/m", "Freezing point of PG25");
        for (CoolantsCommand.DesignPoint d : CoolantsCommand.designPoints()) {
            assertThat(r.out()).contains(d.fluid().name());
        }
        assertThat(r.out()).doesNotContain("NaN").doesNotContain("Infinity");
    }

    @Test
    void coolantsFacilityWaterRowMatchesSteamTables() {
        // Water at 35 °C: ρ = 994.03 kg/m³, cp = 4.1785 kJ/(kg·K) at 0.1 MPa (IAPWS-95 tables, e.g. NIST Webbook);
        // the demo's 300 kPa adds ~0.09 kg/m³ (compressibility 4.5e-10 1/Pa).
        String line = Arrays.stream(run("coolants").out().split("\\R"))
                .filter(l -> l.startsWith("FWS condenser water")).findFirst().orElseThrow();
        String[] cols = line.trim().split("\\s+");
        int n = cols.length; // ... T p ρ cp μ k Pr
        assertThat(Double.parseDouble(cols[n - 7])).isEqualTo(35.0);
        assertThat(Double.parseDouble(cols[n - 5])).isCloseTo(994.12, within(0.05));
        assertThat(Double.parseDouble(cols[n - 4])).isCloseTo(4178.0, within(2.0));
    }

    @Test
    void fluidCommandPrintsPropertiesWithUnits() {
        Run r = run("fluid", "water", "-t", "25", "-p", "101.325");
        assertThat(r.exitCode()).isZero();
        // IAPWS-95: ρ(25 °C, 1 atm) = 997.05 kg/m³, μ = 0.8900 mPa·s
        assertThat(r.out()).contains("997.04", "0.890", "kg/m³", "mPa·s");
    }

    @Test
    void unknownCoolantIsAClearErrorListingTheChoices() {
        Run r = run("fluid", "unobtainium");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("unknown coolant 'unobtainium'", "water", "PG10", "hfe-7100");
    }

    @Test
    void outOfRangeStateIsAClearErrorNotAStackTrace() {
        Run r = run("fluid", "PG25", "-t", "-40");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("temperature = 233.15 K").doesNotContain("Exception");
    }

    @Test
    void versionAndHelpWork() {
        Run v = run("--version");
        assertThat(v.exitCode()).isZero();
        assertThat(v.out()).contains("LiquidTwin 0.").contains("Java ");
        Run h = run("--help");
        assertThat(h.exitCode()).isZero();
        assertThat(h.out().toLowerCase(Locale.ROOT)).contains("demo", "fluid");
    }
}
