package io.liquidtwin.server.control;

/** What became of a command. */
public enum Outcome {
    /** Applied to the simulation. */
    applied,
    /** Refused: the caller lacks the privilege (403); the simulation is untouched. */
    denied,
    /** Refused: bad parameters or out of range (400); the simulation is untouched. */
    rejected
}
