package io.liquidtwin.cli;

import io.liquidtwin.sim.plant.PlantFileException;
import io.liquidtwin.sim.study.ScenarioFileException;
import io.liquidtwin.sim.study.StudyFailedException;
import io.liquidtwin.sim.weather.WeatherFileException;
import io.liquidtwin.sim.workload.WorkloadFileException;
import java.io.IOException;
import java.io.PrintWriter;

/** Turns the expected failures of a study into a message and an exit code (2: bad input, 3: the run stopped). */
final class Failures {

    /** A body that may fail with the expected exceptions. */
    interface Body {
        int run() throws IOException;
    }

    private Failures() {
    }

    static int guard(PrintWriter err, Body body) throws IOException {
        try {
            return body.run();
        } catch (ScenarioFileException | PlantFileException | WeatherFileException | WorkloadFileException e) {
            err.println("liquidtwin: " + e.getMessage());
            err.flush();
            return 2;
        } catch (StudyFailedException e) {
            err.println("liquidtwin: " + e.getMessage());
            err.flush();
            return 3;
        }
    }
}
