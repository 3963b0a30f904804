package io.liquidtwin.ops.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.liquidtwin.ops.store.Quality;
import io.liquidtwin.ops.store.Sample;
import io.liquidtwin.ops.store.SeriesKey;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineProtocolTest {

    private static final long DEFAULT_US = 1_700_000_000_000_000L;

    private static ParseResult parse(String body) {
        return LineProtocol.parse(body.getBytes(StandardCharsets.UTF_8), Precision.NANOSECONDS, DEFAULT_US);
    }

    @Test
    void fieldsBecomeSeriesNamedMeasurementDotFieldAndValueMapsToTheMeasurement() {
        ParseResult r = parse("cdu-1,plant=qingdao supply_temp=45.5,pump_on=true,count=3i,raw=7u 1700000000123456789\n"
                + "cdu-1.heat value=-1.5e3 1700000000000000000\n");
        assertThat(r.errors()).isEmpty();
        Map<String, String> tags = Map.of("plant", "qingdao");
        long t = 1_700_000_000_123_456L;
        assertThat(r.samples()).containsExactly(
                new Sample(new SeriesKey("cdu-1.supply_temp", tags), t, 45.5, Quality.GOOD),
                new Sample(new SeriesKey("cdu-1.pump_on", tags), t, 1, Quality.GOOD),
                new Sample(new SeriesKey("cdu-1.count", tags), t, 3, Quality.GOOD),
                new Sample(new SeriesKey("cdu-1.raw", tags), t, 7, Quality.GOOD),
                new Sample(SeriesKey.of("cdu-1.heat"), 1_700_000_000_000_000L, -1500, Quality.GOOD));
    }

    @Test
    void escapesInTagsAreUndoneAndCommentsBlankLinesAndCrlfAreSkipped() {
        ParseResult r = parse("# a comment\r\n\r\n   \nrack,room=hall\\ A,x\\=y=1 t=1 5000\r\n");
        assertThat(r.errors()).hasSize(1); // tag key "x=y" is not a valid SeriesKey tag name
        assertThat(r.errors().get(0).line()).isEqualTo(4);
        assertThat(r.errors().get(0).reason()).startsWith("field 't': tag x=y=1");
        ParseResult ok = parse("rack,room=hall\\ A t=1 5000\r\n");
        assertThat(ok.errors()).isEmpty();
        assertThat(ok.samples()).containsExactly(
                new Sample(new SeriesKey("rack.t", Map.of("room", "hall A")), 5, 1, Quality.GOOD));
    }

    @Test
    void missingTimestampUsesTheDefaultAndPrecisionScales() {
        assertThat(parse("m v=1").samples().get(0).epochMicros()).isEqualTo(DEFAULT_US);
        byte[] body = "m v=1 3".getBytes(StandardCharsets.UTF_8);
        assertThat(LineProtocol.parse(body, Precision.SECONDS, 0).samples().get(0).epochMicros()).isEqualTo(3_000_000);
        assertThat(LineProtocol.parse(body, Precision.MILLISECONDS, 0).samples().get(0).epochMicros()).isEqualTo(3_000);
        assertThat(LineProtocol.parse(body, Precision.MICROSECONDS, 0).samples().get(0).epochMicros()).isEqualTo(3);
        assertThat(LineProtocol.parse(body, Precision.NANOSECONDS, 0).samples().get(0).epochMicros()).isZero();
    }

    @Test
    void aStringFieldIsRejectedAloneAndTheOtherFieldsOfItsLineAreKept() {
        ParseResult r = parse("m,a=b note=\"hi, \\\"there\\\" x=1\",v=2 10000");
        assertThat(r.samples()).extracting(s -> s.series().name()).containsExactly("m.v");
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.reason()).isEqualTo("field 'note' is a string; only numeric and boolean fields become"
                    + " samples");
        });
    }

    @Test
    void goodLinesAroundBadOnesAreKeptWithTheBadLineNumbered() {
        ParseResult r = parse("m v=1 1000\nm v=oops 2000\nm v=3 3000\n");
        assertThat(r.samples()).extracting(Sample::value).containsExactly(1.0, 3.0);
        assertThat(r.errors()).extracting(LineError::line).containsExactly(2);
        assertThat(r.errors().get(0).excerpt()).isEqualTo("m v=oops 2000");
    }

    @Test
    void limitsOnLineLengthAndFieldCountAreReported() {
        var limits = new LineProtocol.Limits(20, 2, 1);
        var lines = "m v=1\nm v=1,w=2,x=3\nm,a=b,c=d v=1\nm v=1234567890123456789\n";
        ParseResult r = LineProtocol.parse(lines.getBytes(StandardCharsets.UTF_8), Precision.SECONDS, 0, limits);
        assertThat(r.samples()).hasSize(1);
        assertThat(r.errors()).extracting(LineError::reason).containsExactly("more than 2 fields", "more than 1 tags",
                "line is 23 bytes, longer than the limit of 20");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            m                                  | missing field set (a line needs at least one field)
            m,a=b                              | missing field set (a line needs at least one field)
            ,a=b v=1                           | missing measurement
            m, v=1                             | empty tag key
            m,a v=1                            | tag 'a' has no '='
            m,a= v=1                           | tag 'a' has an empty value
            m,a=b=c v=1                        | tag 'a': unescaped '=' in the value
            m,a=1,a=2 v=1                      | duplicate tag key 'a'
            m v=1,v=2                          | duplicate field key 'v'
            m v                                | field 'v' has no '='
            m v=                               | field 'v' has no value
            m v=1,                             | empty field key
            m =1                               | empty field key
            m v=1x                             | field 'v': '1x' is not a float, integer (i), unsigned (u), boolean or quoted string
            m v=yes                            | field 'v': 'yes' is not a float, integer (i), unsigned (u), boolean or quoted string
            m v=1.5i                           | field 'v': '1.5i' is not a float, integer (i), unsigned (u), boolean or quoted string
            m v=-1u                            | field 'v': unsigned value -1u is negative
            m v=NaN                            | field 'v': 'NaN' is not allowed (NaN and infinities are not line protocol)
            m v=-Inf                           | field 'v': '-Inf' is not allowed (NaN and infinities are not line protocol)
            m v=1e999                          | field 'v': float 1e999 is out of the double range
            m v=9223372036854775808i           | field 'v': integer 9223372036854775808i is out of the int64 range
            m v=18446744073709551616u          | field 'v': unsigned 18446744073709551616u is out of the uint64 range
            m v="abc                           | field 'v': unterminated string (no closing '"')
            m v="a"b                           | field 'v': unexpected 'b' after the closing quote
            m v=1 12x                          | timestamp '12x' is not an integer
            m v=1 1 2                          | unexpected text after the timestamp: '1 2'
            m v=1 99999999999999999999         | timestamp 99999999999999999999 is out of the int64 range
            m\\                                | backslash at the end of the line (in the measurement)
            m,a=b\\                            | backslash at the end of the line (in the tag value)
            _m v=1                             | measurement '_m' begins with '_' (reserved by line protocol)
            m,_a=b v=1                         | tag key '_a' begins with '_' (reserved by line protocol)
            m v=1,_f=2                         | field key '_f' begins with '_' (reserved by line protocol)
            m v=1;                             | field 'v': '1;' is not a float, integer (i), unsigned (u), boolean or quoted string
            """)
    void malformedLinesGiveTheirSpecificReason(String line, String reason) {
        ParseResult r = parse("ok v=1 1000\n" + line + "\n");
        assertThat(r.samples()).hasSize(1);
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.reason()).isEqualTo(reason);
        });
    }

    @Test
    void timestampsTheStoreWouldRefuseAreRejectedPerLine() {
        byte[] body = ("good value=1 1767225600000000\nold value=2 -5\n").getBytes(StandardCharsets.UTF_8);
        ParseResult r = LineProtocol.parse(body, Precision.MICROSECONDS, 0);
        assertThat(r.samples()).extracting(Sample::value).containsExactly(1.0);
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.reason()).isEqualTo("timestamp -5 us is before 1970-01-01T00:00Z, the earliest time the"
                    + " store accepts");
        });
        ParseResult dflt = LineProtocol.parse("m v=1\n".getBytes(StandardCharsets.UTF_8), Precision.SECONDS, -1);
        assertThat(dflt.samples()).isEmpty();
        assertThat(dflt.errors()).singleElement().extracting(LineError::reason).isEqualTo("the default timestamp -1"
                + " µs is before 1970-01-01T00:00Z, the earliest time the store accepts");
        ParseResult ns = LineProtocol.parse("m v=1 -1\n".getBytes(StandardCharsets.UTF_8), Precision.NANOSECONDS, 0);
        assertThat(ns.samples()).isEmpty(); // -1 ns floors to -1 µs
    }

    @Test
    void timestampsOutOfTheNanosecondRangeAreRejected() {
        byte[] body = "m v=1 9300000000\n".getBytes(StandardCharsets.UTF_8); // year 2264 in seconds
        ParseResult r = LineProtocol.parse(body, Precision.SECONDS, 0);
        assertThat(r.samples()).isEmpty();
        assertThat(r.errors()).singleElement().extracting(LineError::reason)
                .isEqualTo("timestamp 9300000000 s is outside the int64-nanosecond range 1677-09-21..2262-04-11");
    }

    @Test
    void invalidUtf8IsReportedWithItsByteOffsetAndTheNextLineIsKept() {
        byte[] body = {'m', ' ', 'v', '=', '1', '\n', 'm', (byte) 0xC3, (byte) 0x28, ' ', 'v', '=', '1', '\n',
                'm', ' ', 'v', '=', '2'};
        ParseResult r = LineProtocol.parse(body, Precision.NANOSECONDS, 0);
        assertThat(r.samples()).extracting(Sample::value).containsExactly(1.0, 2.0);
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.reason()).isEqualTo("not valid UTF-8 (at byte 1 of the line)");
        });
    }

    @Test
    void aMeasurementThatIsNotAValidSeriesNameIsRejectedWithTheSeriesKeyReason() {
        ParseResult r = parse("cpu\\,load v=1 0");
        assertThat(r.samples()).isEmpty();
        assertThat(r.errors()).singleElement().extracting(LineError::reason).asString()
                .startsWith("field 'v': series name 'cpu,load.v' must be");
    }

    @Test
    void anOverlongLineIsRejectedWithAShortExcerptAndLimitsAreValidated() {
        byte[] body = ("m v=1 " + "9".repeat(1_000_000)).getBytes(StandardCharsets.UTF_8);
        ParseResult r = LineProtocol.parse(body, Precision.NANOSECONDS, 0);
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.reason()).isEqualTo("line is 1000006 bytes, longer than the limit of 65536");
            assertThat(e.excerpt()).hasSize(LineError.EXCERPT_CHARS + 1).startsWith("m v=1 999");
        });
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new LineProtocol.Limits(0, 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unsignedAboveLongMaxKeepsItsMagnitude() {
        assertThat(parse("m v=18446744073709551615u").samples().get(0).value()).isEqualTo(1.8446744073709552E19);
    }

    @Test
    void formatRejectsTabsAndLineBreaksInTagValues() {
        for (String bad : new String[] {"a\tb", "a\nb", "a\rb", "a\\"}) {
            var s = new Sample(new SeriesKey("m", Map.of("k", bad)), 0, 1, Quality.GOOD);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> LineProtocol.format(List.of(s),
                    Precision.MICROSECONDS)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(
                    "tag value '" + bad + "' cannot be written as line protocol");
        }
        var ok = new Sample(new SeriesKey("m", Map.of("k", "a b\\ c\\d")), 5, 1, Quality.GOOD);
        ParseResult r = LineProtocol.parse(LineProtocol.format(List.of(ok), Precision.MICROSECONDS),
                Precision.MICROSECONDS, 0);
        assertThat(r.errors()).isEmpty();
        assertThat(r.samples()).containsExactly(ok);
    }

    @Test
    void formatWritesCanonicalLines() {
        var s = new Sample(new SeriesKey("cdu-1.supply_temp", Map.of("room", "hall A")), 1_500, 45.25, Quality.GOOD);
        assertThat(new String(LineProtocol.format(java.util.List.of(s), Precision.MILLISECONDS),
                StandardCharsets.UTF_8)).isEqualTo("cdu-1.supply_temp,room=hall\\ A value=45.25 1\n");
    }
}
