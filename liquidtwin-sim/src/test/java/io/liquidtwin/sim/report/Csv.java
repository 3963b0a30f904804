package io.liquidtwin.sim.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A minimal RFC 4180 reader for the tests: a header line and rows of cells (quoted cells may hold commas). */
record Csv(List<String> header, List<List<String>> rows) {

    static Csv read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = split(line);
            if (cells.size() != split(lines.get(0)).size()) {
                throw new IllegalStateException(file + ": row has " + cells.size() + " cells: " + line);
            }
            rows.add(cells);
        }
        return new Csv(split(lines.get(0)), rows);
    }

    String cell(int row, String column) {
        int c = header.indexOf(column);
        if (c < 0) {
            throw new IllegalArgumentException("no column " + column + " in " + header);
        }
        return rows.get(row).get(c);
    }

    double number(int row, String column) {
        return Double.parseDouble(cell(row, column));
    }

    static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cur.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                cells.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        cells.add(cur.toString());
        return cells;
    }
}
