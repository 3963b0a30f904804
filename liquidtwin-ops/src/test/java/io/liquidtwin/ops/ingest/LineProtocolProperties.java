package io.liquidtwin.ops.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.liquidtwin.ops.store.Quality;
import io.liquidtwin.ops.store.Sample;
import io.liquidtwin.ops.store.SeriesKey;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;

class LineProtocolProperties {

    @Property(tries = 300)
    void formattedSamplesParseBackIdentical(@ForAll("samples") List<Sample> samples, @ForAll Precision precision) {
        long unit = precision.toEpochMicros(1) == 0 ? 1 : precision.toEpochMicros(1);
        List<Sample> truncated = samples.stream().map(s -> new Sample(s.series(),
                Math.floorDiv(s.epochMicros(), unit) * unit, s.value(), s.quality())).toList();
        boolean unrepresentable = truncated.stream().flatMap(s -> s.series().tags().values().stream())
                .anyMatch(v -> v.indexOf('\t') >= 0 || v.indexOf('\r') >= 0 || v.indexOf('\n') >= 0);
        if (unrepresentable) { // no escape exists for these: format must refuse rather than write a broken line
            assertThatThrownBy(() -> LineProtocol.format(truncated, precision))
                    .isInstanceOf(IllegalArgumentException.class);
            return;
        }
        ParseResult r = LineProtocol.parse(LineProtocol.format(truncated, precision), precision, 0);
        assertThat(r.errors()).isEmpty();
        assertThat(r.samples()).isEqualTo(truncated);
    }

    @Property(tries = 1000)
    void parseNeverThrowsOnArbitraryBytesAndNumbersErrorsWithinTheBody(@ForAll @Size(max = 300) byte[] body,
                                                                        @ForAll Precision precision) {
        ParseResult r = LineProtocol.parse(body, precision, 0);
        long lines = 1 + java.util.stream.IntStream.range(0, body.length).filter(i -> body[i] == '\n').count();
        assertThat(r.errors()).allSatisfy(e -> {
            assertThat(e.reason()).doesNotStartWith("internal");
            assertThat(e.line()).isBetween(1, (int) lines);
        });
        assertThat(r.errors()).extracting(LineError::line).isSorted();
    }

    @Property(tries = 500)
    void csvImportNeverThrowsOnArbitraryBytes(@ForAll @Size(max = 300) byte[] body) {
        ParseResult r = CsvImport.parse(body, CsvImport.Options.DEFAULT);
        assertThat(r.errors()).extracting(LineError::line).isSorted();
    }

    @Property(tries = 1000)
    void parseNeverThrowsOnLineProtocolLikeText(@ForAll("lpLike") String body) {
        ParseResult r = LineProtocol.parse(body.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Precision.NANOSECONDS, 0);
        assertThat(r.errors()).allSatisfy(e -> assertThat(e.reason()).doesNotStartWith("internal"));
    }

    @Provide
    Arbitrary<String> lpLike() {
        return Arbitraries.strings().withChars("mvat=, \\\"\n\r\t#01.-eiu9TfN").ofMaxLength(60);
    }

    @Provide
    Arbitrary<List<Sample>> samples() {
        Arbitrary<String> name = Arbitraries.strings().withChars("abcXYZ019._-/").ofMinLength(1).ofMaxLength(20)
                .filter(n -> !n.startsWith("_"));
        Arbitrary<String> tagValue = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.strings().withChars("ab Z9.°\\\"#-").ofMinLength(1).ofMaxLength(12)),
                Tuple.of(1, Arbitraries.strings().withChars("ab Z9.°\\\"#-\t\r\n").ofMinLength(1).ofMaxLength(12)))
                .filter(v -> !v.endsWith("\\"));
        Arbitrary<Map<String, String>> tags = Arbitraries.maps(name, tagValue).ofMaxSize(3);
        Arbitrary<Double> value = Arbitraries.oneOf(Arbitraries.doubles(),
                Arbitraries.of(0.0, -0.0, Double.MAX_VALUE, -Double.MIN_VALUE, 1e-300, 9.007199254740993E15),
                Arbitraries.longs().map(Long::doubleValue));
        // what both the parser (int64 ns) and the store (1970…9999) accept
        Arbitrary<Long> time = Arbitraries.longs().between(StoreBounds.MIN_EPOCH_MICROS,
                Math.min(StoreBounds.MAX_EPOCH_MICROS, Precision.MAX_ABS_EPOCH_MICROS - 1_000_000));
        Arbitrary<Sample> sample = Combinators.combine(name, tags, time, value)
                .as((n, t, ts, v) -> new Sample(new SeriesKey(n, t), ts, v, Quality.GOOD));
        return sample.list().ofMaxSize(8);
    }
}
