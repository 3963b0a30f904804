package io.liquidtwin.sim.plant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Assertions;

/**
 * The loader never throws anything but {@link PlantFileException} on mutated example files, never reports an
 * internal error, and returns within a bounded time.
 */
class MutatedPlantProperties {

    enum Kind { DELETE_LINE, DUPLICATE_LINE, NUMBER_TO_TOKEN, SWAP_INDENTATION, TRUNCATE, INSERT_GARBAGE }

    /** One mutation: what, where (fractions of the text), and the token or garbage to put in. */
    record Mutation(Kind kind, double at, double other, String token) {
    }

    private static final List<String> TEXTS = Fixtures.EXAMPLES.stream()
            .map(n -> Fixtures.read(Fixtures.examples().resolve(n))).toList();
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    @Property(tries = 1000)
    void loaderEitherLoadsOrThrowsItsOwnError(@ForAll("example") int example,
                                              @ForAll("mutations") List<Mutation> mutations) {
        String text = TEXTS.get(example);
        for (Mutation m : mutations) {
            text = apply(text, m);
        }
        String yaml = text;
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try {
                Plant p = PlantLoader.load(yaml, "mutated.yaml");
                assertThat(p.loops()).isNotEmpty();
            } catch (PlantFileException e) {
                assertThat(e.errors()).isNotEmpty();
                for (PlantError err : e.errors()) {
                    assertThat(err.message()).doesNotContain("internal error");
                    assertThat(err.line()).isNotNegative();
                }
            } catch (Throwable t) {
                fail("the loader threw " + t + " on:\n" + yaml, t);
            }
        });
    }

    @Provide
    Arbitrary<Integer> example() {
        return Arbitraries.integers().between(0, TEXTS.size() - 1);
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Mutation> one = Combinators.combine(Arbitraries.of(Kind.values()),
                Arbitraries.doubles().between(0, 1), Arbitraries.doubles().between(0, 1), tokens()).as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(4);
    }

    private static Arbitrary<String> tokens() {
        return Arbitraries.oneOf(
                Arbitraries.of("-1", "0", "1e309", ".nan", "-.inf", "~", "''", "[]", "{}", "&a", "*a", "!!binary x",
                        "99999999", "10000", "abc", "- x", ": :", "\t", "\"", "true", "0x1F", "1_000", "<<: *a",
                        "{id: x}", "[1, 2", "%YAML 1.1", "---", "...", "? [a]", "!foo 3", "0.0000001", "1e-320",
                        "tcs-999", "fws", "technology", "facility", "count: 10000", "\u00e9\u4e2d", "@", "`", "|",
                        ">", "#"),
                Arbitraries.strings().withChars("abc:-{}[]&*!|>#'\"%@ \t\n0123456789.,?~").ofMaxLength(16));
    }

    static String apply(String text, Mutation m) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int i = (int) Math.min(lines.size() - 1, Math.floor(m.at() * lines.size()));
        switch (m.kind()) {
            case DELETE_LINE -> {
                if (lines.size() > 1) {
                    lines.remove(i);
                }
            }
            case DUPLICATE_LINE -> lines.add(i, lines.get(i));
            case NUMBER_TO_TOKEN -> {
                Matcher num = NUMBER.matcher(text);
                List<int[]> spans = new ArrayList<>();
                while (num.find()) {
                    spans.add(new int[] {num.start(), num.end()});
                }
                if (spans.isEmpty()) {
                    return text;
                }
                int[] s = spans.get((int) Math.min(spans.size() - 1, Math.floor(m.at() * spans.size())));
                return text.substring(0, s[0]) + m.token() + text.substring(s[1]);
            }
            case SWAP_INDENTATION -> {
                int j = (int) Math.min(lines.size() - 1, Math.floor(m.other() * lines.size()));
                String a = lines.get(i);
                String b = lines.get(j);
                lines.set(i, indent(b) + a.stripLeading());
                lines.set(j, indent(a) + b.stripLeading());
            }
            case TRUNCATE -> {
                return text.substring(0, (int) Math.floor(m.at() * text.length()));
            }
            case INSERT_GARBAGE -> {
                int at = (int) Math.floor(m.at() * text.length());
                return text.substring(0, at) + m.token() + text.substring(at);
            }
        }
        return String.join("\n", lines);
    }

    private static String indent(String line) {
        return line.substring(0, line.length() - line.stripLeading().length());
    }
}
