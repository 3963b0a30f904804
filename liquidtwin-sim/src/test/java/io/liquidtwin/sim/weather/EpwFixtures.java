package io.liquidtwin.sim.weather;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Test helpers: the shared real EPW files and a synthetic, valid EPW year to break. */
final class EpwFixtures {

    static final String BOSTON = "USA_MA_Boston-Logan.Intl.AP.725090_TMY3.epw";
    static final String BEIJING = "CHN_Beijing.Beijing.545110_IWEC.epw";
    private static final int[] DAYS = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private EpwFixtures() {
    }

    /** A file of ../shared/data/weather (repo parent); fails under CI, skips elsewhere, when it is absent. */
    static Path sharedWeatherFile(String name) {
        Path p = Path.of("..", "..", "shared", "data", "weather", name);
        if (!Files.isRegularFile(p)) {
            String msg = "shared weather file missing: " + p.toAbsolutePath().normalize();
            if (System.getenv("CI") != null) {
                fail(msg);
            }
            abort(msg);
        }
        return p;
    }

    /** The 8 header lines of a synthetic site. */
    static List<String> header() {
        return new ArrayList<>(List.of("LOCATION,Testville,XX,Nowhere,Synthetic,123456,45.50,-73.25,-5.0,12.5",
                "DESIGN CONDITIONS,0", "TYPICAL/EXTREME PERIODS,0", "GROUND TEMPERATURES,0",
                "HOLIDAYS/DAYLIGHT SAVINGS,No,0,0,0", "COMMENTS 1,\"synthetic, for tests\"", "COMMENTS 2,",
                "DATA PERIODS,1,1,Data,Sunday, 1/ 1,12/31"));
    }

    /** One synthetic data row (35 fields) for 0-based hour index i of a non-leap year. */
    static String row(int i) {
        int dayOfYear = i / 24;
        int month = 0;
        while (dayOfYear >= DAYS[month]) {
            dayOfYear -= DAYS[month];
            month++;
        }
        double t = 10 + 10 * Math.sin(2 * Math.PI * i / 8760.0);
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "2001,%d,%d,%d,60,?9?9,%.1f,%.1f,70,101325",
                month + 1, dayOfYear + 1, i % 24 + 1, t, t - 5));
        for (int f = 10; f < 35; f++) {
            sb.append(",0");
        }
        return sb.toString();
    }

    /** Header plus 8760 valid rows. */
    static List<String> validLines() {
        List<String> lines = header();
        for (int i = 0; i < 8760; i++) {
            lines.add(row(i));
        }
        return lines;
    }

    /** Replaces field f (0-based) of 1-based file line {@code line}. */
    static void setField(List<String> lines, int line, int f, String value) {
        String[] fields = lines.get(line - 1).split(",", -1);
        fields[f] = value;
        lines.set(line - 1, String.join(",", fields));
    }

    static Path write(Path dir, String name, List<String> lines) throws java.io.IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
    }
}
