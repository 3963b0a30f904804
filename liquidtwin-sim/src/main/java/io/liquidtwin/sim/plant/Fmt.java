package io.liquidtwin.sim.plant;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Iterator;
import java.util.Locale;

/** Number and list formatting for error messages (user units). */
final class Fmt {

    private Fmt() {
    }

    /** @return a number with at most 4 significant decimals, no trailing zeros, no exponent for usual values */
    static String num(double v) {
        if (!Double.isFinite(v)) {
            return nonFinite(v);
        }
        if (v != 0 && (Math.abs(v) >= 1e9 || Math.abs(v) < 1e-4)) {
            return String.format(Locale.ROOT, "%.4g", v);
        }
        BigDecimal d = new BigDecimal(String.format(Locale.ROOT, "%.4f", v)).stripTrailingZeros();
        String s = d.toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    /** @return a power in kW (or MW above 10 MW), e.g. {@code "960 kW"} */
    static String power(double watts) {
        return Math.abs(watts) >= 1e7 ? round(watts / 1e6, 2) + " MW" : round(watts / 1e3, 1) + " kW";
    }

    /** @return a temperature given in K, printed in °C */
    static String celsius(double kelvin) {
        return round(kelvin - 273.15, 1) + " °C";
    }

    /** @return a volumetric flow in L/min */
    static String flow(double m3s) {
        return round(m3s * 60_000, 1) + " L/min";
    }

    /** @return a pressure in kPa */
    static String kpa(double pa) {
        return round(pa / 1e3, 1) + " kPa";
    }

    private static String round(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return nonFinite(v);
        }
        BigDecimal d = new BigDecimal(String.format(Locale.ROOT, "%." + decimals + "f", v)).stripTrailingZeros();
        String s = d.toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    private static String nonFinite(double v) {
        return Double.isNaN(v) ? "NaN" : v > 0 ? "∞" : "−∞";
    }

    /** @return up to max names joined by ", ", then "… (N in all)"; "(none)" when empty */
    static String list(Collection<String> names, int max) {
        if (names.isEmpty()) {
            return "(none)";
        }
        StringBuilder sb = new StringBuilder();
        Iterator<String> it = names.iterator();
        for (int i = 0; i < max && it.hasNext(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(it.next());
        }
        if (names.size() > max) {
            sb.append(", … (").append(names.size()).append(" in all)");
        }
        return sb.toString();
    }

    /**
     * @return {@code " (did you mean 'x'?)"} for the known name closest to the given one (case-insensitive equality,
     * a shared prefix, or an edit distance within a third of the length), else empty
     */
    static String didYouMean(String given, Collection<String> known) {
        if (known.size() > 20_000) {
            return "";
        }
        String best = null;
        int bestScore = Integer.MAX_VALUE;
        String g = given.toLowerCase(Locale.ROOT);
        for (String k : known) {
            String kl = k.toLowerCase(Locale.ROOT);
            int score;
            if (kl.equals(g)) {
                score = 0;
            } else if (g.length() >= 4 && (kl.startsWith(g) || g.startsWith(kl))) {
                score = 1 + Math.abs(kl.length() - g.length()) / 4;
            } else {
                int d = distance(g, kl);
                score = d <= Math.max(2, Math.min(g.length(), kl.length()) / 3) ? 1 + d : Integer.MAX_VALUE;
            }
            if (score < bestScore) {
                bestScore = score;
                best = k;
            }
        }
        return best == null ? "" : " (did you mean '" + best + "'?)";
    }

    /** Levenshtein distance, bounded work (names are short). */
    static int distance(String a, String b) {
        if (a.length() > 64 || b.length() > 64) {
            return Integer.MAX_VALUE / 2;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
