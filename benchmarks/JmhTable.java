import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints JMH JSON results ({@code -rf json}) as a Markdown table, each score as a ratio to {@code rawApache} with the
 * same thread count from the same files, followed by the targets of the performance issue. No dependencies: run it
 * as a single-file program, {@code java JmhTable.java results-t1.json results-t8.json}.
 *
 * <p>Files named {@code jmh-r<round>-...json} ({@code ROUNDS=N benchmarks/run.sh}) are rounds: each score is then
 * compared with {@code rawApache} of the same round, and the table shows every round and the median of the rounds'
 * ratios, which the targets use.
 *
 * <p>Rows of {@code PairedBenchmarks} ({@code apacheTransportPaired}, ...) time a library call and a {@code rawApache}
 * call in turn, in one JVM; their ratio per measured iteration is {@code rawNanos / libraryNanos}, the library's
 * throughput as a fraction of {@code rawApache}'s over the same seconds. They get a table of their own, with the
 * median over every iteration (of every round), which their targets use.
 */
public final class JmhTable {

    private static final String BASELINE = "rawApache";
    private static final List<String> ORDER = List.of(
            "rawApache", "rawFeign", "apacheTransport", "feignTransport", "feignTransportClientDefault", "feignTransportApacheHttp5",
            "inMemoryFake", "rawAsyncApache", "asyncApacheTransport",
            "codecEncodeRequest", "codecDecodeSpecExample");

    private record Row(String name, String params, int threads, double score, double error, double bytesPerOp,
            int round, List<Double> pairedRatios) {

        /** A {@code PairedBenchmarks} row: its ratios, not its score, are what counts. */
        boolean paired() {
            return !pairedRatios.isEmpty();
        }
    }

    private static final java.util.regex.Pattern ROUND = java.util.regex.Pattern.compile("jmh-r(\\d+)-");

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: java JmhTable.java <jmh-result.json>...");
            System.exit(2);
        }
        List<Row> rows = new ArrayList<>();
        for (String file : args) {
            String text = Files.exists(Path.of(file)) ? Files.readString(Path.of(file)).strip() : "";
            if (text.isEmpty()) {
                System.err.println("skipping " + file + ": missing or empty (did the JMH run fail?)");
                continue;
            }
            Object parsed = new Json(text).value();
            java.util.regex.Matcher round = ROUND.matcher(Path.of(file).getFileName().toString());
            int roundNumber = round.find() ? Integer.parseInt(round.group(1)) : 0;
            for (Object item : (List<?>) parsed) {
                rows.add(row((Map<?, ?>) item, roundNumber));
            }
        }
        List<Row> paired = rows.stream().filter(Row::paired).toList();
        rows = new ArrayList<>(rows.stream().filter(row -> !row.paired()).toList());
        if (rows.stream().anyMatch(row -> row.round() > 0)) {
            printRounds(rows);
            printPaired(paired);
            return;
        }
        if (rows.isEmpty()) {
            printPaired(paired);
            return;
        }
        rows.sort(Comparator.comparingInt(Row::threads)
                .thenComparingInt(r -> ORDER.indexOf(r.name()) < 0 ? ORDER.size() : ORDER.indexOf(r.name()))
                .thenComparing(Row::name));

        System.out.println("| benchmark | threads | ops/s | ± error (99.9%) | × rawApache | B/op | alloc × rawApache |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        for (Row row : rows) {
            Row base = baseline(rows, row);
            System.out.printf(Locale.ROOT, "| %s%s | %d | %s | %s | %s | %s | %s |%n",
                    row.name(), row.params(), row.threads(), number(row.score()), number(row.error()),
                    base == null ? "–" : ratio(row.score() / base.score()),
                    Double.isNaN(row.bytesPerOp()) ? "–" : number(row.bytesPerOp()),
                    base == null || Double.isNaN(row.bytesPerOp()) ? "–" : ratio(row.bytesPerOp() / base.bytesPerOp()));
        }

        System.out.println();
        System.out.println("Targets (ratios to rawApache in this run):");
        for (Row row : rows) {
            Row base = baseline(rows, row);
            if (base == null) {
                continue;
            }
            targets(row, row.score() / base.score(), row.bytesPerOp() / base.bytesPerOp());
        }
        asyncTarget(asyncRatios(rows));
        printPaired(paired);
    }

    /**
     * The paired rows: per benchmark and thread count, every measured iteration's ratio (of every round), their
     * median and range, and the targets on the median.
     */
    private static void printPaired(List<Row> paired) {
        if (paired.isEmpty()) {
            return;
        }
        Map<String, List<Double>> ratios = new LinkedHashMap<>();
        Map<String, Row> firsts = new LinkedHashMap<>();
        paired.stream()
                .sorted(Comparator.comparingInt(Row::threads).thenComparing(Row::name).thenComparingInt(Row::round))
                .forEach(row -> {
                    String key = row.name() + row.params() + "@" + row.threads();
                    ratios.computeIfAbsent(key, k -> new ArrayList<>()).addAll(row.pairedRatios());
                    firsts.putIfAbsent(key, row);
                });
        System.out.println();
        System.out.println("Paired (a library call and a rawApache call in turn, in one JVM; per measured iteration:"
                + " rawNanos / libraryNanos; for the async pairs, 1,000 classic calls and 1,000 async calls in turn:"
                + " classicNanos / asyncNanos):");
        System.out.println();
        System.out.println("| benchmark | threads | iterations | lowest | median | highest |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        for (Map.Entry<String, List<Double>> entry : ratios.entrySet()) {
            Row row = firsts.get(entry.getKey());
            List<Double> sorted = entry.getValue().stream().sorted().toList();
            // Three decimals: a paired ratio is stable to about 0.01 from one iteration to the next.
            System.out.printf(Locale.ROOT, "| %s%s | %d | %d | %.3f | %.3f | %.3f |%n", row.name(), row.params(),
                    row.threads(), sorted.size(), sorted.get(0), median(sorted), sorted.get(sorted.size() - 1));
        }
        System.out.println();
        System.out.println("Targets (medians of the paired ratios):");
        for (Map.Entry<String, List<Double>> entry : ratios.entrySet()) {
            Row row = firsts.get(entry.getKey());
            double median = median(entry.getValue());
            if (row.name().equals("apacheTransportPaired")) {
                target(row, "throughput >= 0.95x rawApache", median, median >= 0.95);
            } else if (row.name().equals("feignTransportPaired")) {
                target(row, "throughput >= 0.85x rawApache", median, median >= 0.85);
            } else if (row.name().equals("asyncVsClassicPaired")) {
                target(row, "async throughput (8 in flight) >= 0.90x the classic transport (8 threads)", median,
                        median >= 0.90);
            }
        }
    }

    /** The targets of the performance issue for one row, from its throughput and allocation ratios. */
    private static void targets(Row row, double speed, double alloc) {
        if (row.name().equals("apacheTransport")) {
            target(row, "throughput >= 0.95x", speed, speed >= 0.95);
            target(row, "allocation <= 1.00x", alloc, alloc <= 1.00);
        } else if (row.name().equals("feignTransport")) {
            target(row, "throughput >= 0.85x", speed, speed >= 0.85);
        }
    }

    /**
     * The async transport keeps 8 calls in flight from one JMH thread; it is compared with the classic transport
     * driven by 8 threads, of the same round (files without rounds are all round 0).
     */
    private static List<Double> asyncRatios(List<Row> rows) {
        List<Double> ratios = new ArrayList<>();
        for (Row row : rows) {
            if (row.name().equals("asyncApacheTransport") && row.threads() == 1 && row.params().contains("inFlight=8")) {
                for (Row classic : rows) {
                    if (classic.name().equals("apacheTransport") && classic.threads() == 8
                            && classic.round() == row.round()) {
                        ratios.add(row.score() / classic.score());
                    }
                }
            }
        }
        return ratios;
    }

    private static void asyncTarget(List<Double> ratios) {
        if (ratios.isEmpty()) {
            return;
        }
        double median = median(ratios);
        System.out.printf(Locale.ROOT, "- asyncApacheTransport (inFlight=8) vs apacheTransport at 8 threads:"
                + " throughput >= 0.90x: %s%s -> %s%n", ratio(median), ratios.size() == 1 ? ""
                        : " (rounds: " + String.join(" / ", ratios.stream().map(JmhTable::ratio).toList()) + ")",
                median >= 0.90 ? "MET" : "MISSED");
    }

    private static void target(Row row, String what, double ratio, boolean met) {
        System.out.printf(Locale.ROOT, "- %s%s, %d thread(s): %s: %s -> %s%n",
                row.name(), row.params(), row.threads(), what, ratio(ratio), met ? "MET" : "MISSED");
    }

    private static Row baseline(List<Row> rows, Row row) {
        for (Row candidate : rows) {
            if (candidate.name().equals(BASELINE) && candidate.threads() == row.threads()
                    && candidate.params().equals(row.params())) {
                return candidate;
            }
        }
        for (Row candidate : rows) {
            if (candidate.name().equals(BASELINE) && candidate.threads() == row.threads()) {
                return candidate;
            }
        }
        return null;
    }

    /** The table of interleaved rounds: per row, every round's score and ratio, and the median ratio. */
    private static void printRounds(List<Row> rows) {
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        rows.stream()
                .sorted(Comparator.comparingInt(Row::threads)
                        .thenComparingInt(r -> ORDER.indexOf(r.name()) < 0 ? ORDER.size() : ORDER.indexOf(r.name()))
                        .thenComparing(Row::name).thenComparing(Row::params).thenComparingInt(Row::round))
                .forEach(row -> groups.computeIfAbsent(row.name() + row.params() + "@" + row.threads(),
                        key -> new ArrayList<>()).add(row));
        System.out.println("| benchmark | threads | ops/s per round | × rawApache per round | median × rawApache"
                + " | B/op (median) | alloc × rawApache |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        Map<String, double[]> medians = new LinkedHashMap<>();
        for (List<Row> group : groups.values()) {
            Row first = group.get(0);
            List<String> scores = new ArrayList<>();
            List<String> ratios = new ArrayList<>();
            List<Double> speed = new ArrayList<>();
            List<Double> alloc = new ArrayList<>();
            List<Double> bytes = new ArrayList<>();
            for (Row row : group) {
                scores.add(number(row.score()));
                bytes.add(row.bytesPerOp());
                Row base = baseline(rows.stream().filter(r -> r.round() == row.round()).toList(), row);
                if (base != null) {
                    speed.add(row.score() / base.score());
                    alloc.add(row.bytesPerOp() / base.bytesPerOp());
                    ratios.add(ratio(row.score() / base.score()));
                }
            }
            double medianSpeed = median(speed);
            double medianAlloc = median(alloc);
            medians.put(first.name() + first.params() + "@" + first.threads(), new double[] {medianSpeed, medianAlloc});
            System.out.printf(Locale.ROOT, "| %s%s | %d | %s | %s | %s | %s | %s |%n", first.name(), first.params(),
                    first.threads(), String.join(" / ", scores), ratios.isEmpty() ? "–" : String.join(" / ", ratios),
                    ratio(medianSpeed), number(median(bytes)), ratio(medianAlloc));
        }
        System.out.println();
        System.out.println("Targets (medians of the rounds' ratios to rawApache):");
        for (List<Row> group : groups.values()) {
            Row row = group.get(0);
            double[] median = medians.get(row.name() + row.params() + "@" + row.threads());
            targets(row, median[0], median[1]);
        }
        asyncTarget(asyncRatios(rows));
    }

    private static double median(List<Double> values) {
        List<Double> known = values.stream().filter(v -> !Double.isNaN(v)).sorted().toList();
        if (known.isEmpty()) {
            return Double.NaN;
        }
        int middle = known.size() / 2;
        return known.size() % 2 == 1 ? known.get(middle) : (known.get(middle - 1) + known.get(middle)) / 2;
    }

    private static Row row(Map<?, ?> result, int round) {
        String benchmark = (String) result.get("benchmark");
        String name = benchmark.substring(benchmark.lastIndexOf('.') + 1);
        Map<?, ?> params = (Map<?, ?>) result.get("params");
        // The default server is not worth a column; any other parameter is shown with the name.
        StringBuilder shown = new StringBuilder();
        if (params != null) {
            for (Map.Entry<?, ?> param : params.entrySet()) {
                if (!(param.getKey().equals("server") && param.getValue().equals("loopback"))) {
                    shown.append(shown.length() == 0 ? " (" : ", ").append(param.getKey()).append('=')
                            .append(param.getValue());
                }
            }
        }
        if (shown.length() > 0) {
            shown.append(')');
        }
        Map<?, ?> primary = (Map<?, ?>) result.get("primaryMetric");
        Map<?, ?> secondary = (Map<?, ?>) result.get("secondaryMetrics");
        double bytes = Double.NaN;
        if (secondary != null && secondary.get("gc.alloc.rate.norm") instanceof Map<?, ?> norm) {
            bytes = ((Number) norm.get("score")).doubleValue();
        }
        List<Double> pairedRatios = new ArrayList<>();
        if (secondary != null) {
            // PairedBenchmarks: the baseline's time over the library's; PairedAsyncBenchmarks: the classic side's
            // time over the async side's, for the same number of calls.
            addRatios(pairedRatios, secondary.get("rawNanos"), secondary.get("libraryNanos"));
            addRatios(pairedRatios, secondary.get("classicNanos"), secondary.get("asyncNanos"));
        }
        return new Row(name, shown.toString(), ((Number) result.get("threads")).intValue(),
                ((Number) primary.get("score")).doubleValue(), errorOf(primary), bytes, round, pairedRatios);
    }

    /** Adds {@code baseline / measured} per measured iteration, when the row has both counters. */
    private static void addRatios(List<Double> ratios, Object baseline, Object measured) {
        if (baseline instanceof Map<?, ?> base && measured instanceof Map<?, ?> other) {
            List<Double> baseNanos = iterations(base);
            List<Double> otherNanos = iterations(other);
            for (int i = 0; i < Math.min(baseNanos.size(), otherNanos.size()); i++) {
                ratios.add(baseNanos.get(i) / otherNanos.get(i));
            }
        }
    }

    /** The value of every measured iteration of a metric, over every fork. */
    private static List<Double> iterations(Map<?, ?> metric) {
        List<Double> values = new ArrayList<>();
        if (metric.get("rawData") instanceof List<?> forks) {
            for (Object fork : forks) {
                for (Object value : (List<?>) fork) {
                    values.add(((Number) value).doubleValue());
                }
            }
        }
        return values;
    }

    private static double errorOf(Map<?, ?> metric) {
        Object error = metric.get("scoreError");
        return error instanceof Number n ? n.doubleValue() : Double.NaN; // "NaN" is a string in JMH's JSON
    }

    private static String number(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String ratio(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "–" : String.format(Locale.ROOT, "%.2f", value);
    }

    /** Just enough JSON for JMH's result files. */
    private static final class Json {
        private final String text;
        private int at;

        Json(String text) {
            this.text = text;
        }

        Object value() {
            skipSpace();
            char c = text.charAt(at);
            switch (c) {
                case '{': {
                    at++;
                    Map<String, Object> object = new LinkedHashMap<>();
                    skipSpace();
                    if (text.charAt(at) == '}') {
                        at++;
                        return object;
                    }
                    while (true) {
                        skipSpace();
                        String key = string();
                        skipSpace();
                        expect(':');
                        object.put(key, value());
                        skipSpace();
                        if (text.charAt(at++) == '}') {
                            return object;
                        }
                    }
                }
                case '[': {
                    at++;
                    List<Object> list = new ArrayList<>();
                    skipSpace();
                    if (text.charAt(at) == ']') {
                        at++;
                        return list;
                    }
                    while (true) {
                        list.add(value());
                        skipSpace();
                        if (text.charAt(at++) == ']') {
                            return list;
                        }
                    }
                }
                case '"':
                    return string();
                default: {
                    int start = at;
                    while (at < text.length() && ",}] \t\r\n".indexOf(text.charAt(at)) < 0) {
                        at++;
                    }
                    String token = text.substring(start, at);
                    return switch (token) {
                        case "true" -> Boolean.TRUE;
                        case "false" -> Boolean.FALSE;
                        case "null" -> null;
                        default -> Double.valueOf(token);
                    };
                }
            }
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = text.charAt(at++);
                if (c == '"') {
                    return out.toString();
                }
                if (c == '\\') {
                    char escaped = text.charAt(at++);
                    switch (escaped) {
                        case 'n' -> out.append('\n');
                        case 't' -> out.append('\t');
                        case 'r' -> out.append('\r');
                        case 'b' -> out.append('\b');
                        case 'f' -> out.append('\f');
                        case 'u' -> {
                            out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                            at += 4;
                        }
                        default -> out.append(escaped);
                    }
                } else {
                    out.append(c);
                }
            }
        }

        private void expect(char c) {
            if (text.charAt(at++) != c) {
                throw new IllegalArgumentException("expected '" + c + "' at " + (at - 1));
            }
        }

        private void skipSpace() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
    }
}
