package io.liquidtwin.server.web.schematic;

import java.util.List;

/**
 * A line of a loop between two units, drawn under the units.
 *
 * @param loopId     the loop it belongs to
 * @param facility   whether that loop is a facility loop (else technology)
 * @param points     x, y, x, y, … in px (at least two points)
 */
public record Pipe(String loopId, boolean facility, List<Integer> points) {

    public Pipe {
        points = List.copyOf(points);
        if (points.size() < 4 || points.size() % 2 != 0) {
            throw new IllegalArgumentException("a pipe needs x,y pairs: " + points);
        }
    }
}
