package io.liquidtwin.sim.plant;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The expanded plant while it is being checked: loops and equipment by id, with their origins. */
final class Assembly {

    final Problems problems;
    final double atmosphericPa;
    /** Loops by id, in file order. */
    final Map<String, Placed<LoopInfo>> loops = new LinkedHashMap<>();
    /** Ids of every loop defined, with or without errors, in file order (for "known loops" lists). */
    final Set<String> loopIds = new java.util.LinkedHashSet<>();
    /** Ids of loops whose definition had errors (references to them are not reported again). */
    final Set<String> brokenLoops = new HashSet<>();
    /** Equipment by id, in file order. */
    final Map<String, Placed<?>> equipment = new LinkedHashMap<>();
    /** Ids of equipment that had errors. */
    final Set<String> brokenEquipment = new HashSet<>();
    /** Loops touched by items with errors: whole-loop checks (open loop, capacity) are skipped for them. */
    final Set<String> incompleteLoops = new HashSet<>();
    /**
     * Kinds with an item whose loop is unknown (missing, misspelt or of the wrong kind): checks that count items of
     * these kinds on a loop (open loops, cooling paths, capacities) are skipped, since the item may belong there.
     */
    final Set<EquipmentKind> unplacedKinds = java.util.EnumSet.noneOf(EquipmentKind.class);
    /** Set when loops or groups could not be read at all: whole-loop checks are skipped everywhere. */
    boolean allLoopsIncomplete;
    private final Map<EquipmentKind, List<Placed<?>>> byKind = new EnumMap<>(EquipmentKind.class);
    /** Equipment by the loop it sits on (CDUs by their secondary loop), built on first use after expansion. */
    private Map<String, List<Placed<?>>> byLoop;
    /** CDUs by their primary and by their secondary loop, built with byLoop. */
    private Map<String, List<Cdu>> byPrimary;
    private Map<String, List<Cdu>> bySecondary;

    Assembly(Problems problems, double atmosphericPa) {
        this.problems = problems;
        this.atmosphericPa = atmosphericPa;
    }

    void add(Placed<?> p) {
        equipment.put(id(p), p);
        byKind.computeIfAbsent(p.template().kind(), k -> new ArrayList<>()).add(p);
    }

    /** @return the placed items of a kind, in file order */
    @SuppressWarnings("unchecked")
    <T> List<Placed<T>> placed(EquipmentKind kind) {
        List<Placed<?>> l = byKind.getOrDefault(kind, List.of());
        List<Placed<T>> out = new ArrayList<>(l.size());
        for (Placed<?> p : l) {
            out.add((Placed<T>) p);
        }
        return out;
    }

    /** @return the records of a kind, in file order */
    <T> List<T> values(EquipmentKind kind) {
        List<T> out = new ArrayList<>();
        for (Placed<T> p : this.<T>placed(kind)) {
            out.add(p.value());
        }
        return out;
    }

    /** @return the equipment sitting on a loop (CDUs: whose secondary serves it), in file order */
    List<Placed<?>> onLoop(String loopId) {
        index();
        return byLoop.getOrDefault(loopId, List.of());
    }

    /** @return the CDUs whose primary side sits on a loop, in file order */
    List<Cdu> primariesOn(String loopId) {
        index();
        return byPrimary.getOrDefault(loopId, List.of());
    }

    /** @return the CDUs whose secondary side serves a loop, in file order */
    List<Cdu> serving(String loopId) {
        index();
        return bySecondary.getOrDefault(loopId, List.of());
    }

    private void index() {
        if (byLoop != null) {
            return;
        }
        byLoop = new java.util.HashMap<>();
        byPrimary = new java.util.HashMap<>();
        bySecondary = new java.util.HashMap<>();
        for (Placed<?> p : equipment.values()) {
            byLoop.computeIfAbsent(loopId(p.value()), k -> new ArrayList<>()).add(p);
            if (p.value() instanceof Cdu c) {
                byPrimary.computeIfAbsent(c.primaryLoopId(), k -> new ArrayList<>()).add(c);
                bySecondary.computeIfAbsent(c.secondaryLoopId(), k -> new ArrayList<>()).add(c);
            }
        }
    }

    /** @return the loop's placed record, or null */
    Placed<LoopInfo> loop(String id) {
        return loops.get(id);
    }

    boolean complete(String loopId) {
        return !allLoopsIncomplete && !incompleteLoops.contains(loopId);
    }

    /** @return whether every item of these kinds was placed on a known loop (so counting them is reliable) */
    boolean allPlaced(EquipmentKind... kinds) {
        for (EquipmentKind k : kinds) {
            if (unplacedKinds.contains(k)) {
                return false;
            }
        }
        return true;
    }

    /** Reports a problem of a placed item at its template's line; copies of one template are merged. */
    void report(Placed<?> p, String checkKey, String message) {
        if (p.generated()) {
            problems.repeated(p.template().origin(), checkKey, message);
        } else {
            problems.error(p.template().origin(), message);
        }
    }

    static String id(Placed<?> p) {
        Object v = p.value();
        return switch (v) {
            case LoopInfo l -> l.loop().id();
            case Pump x -> x.id();
            case Cdu x -> x.id();
            case ColdPlateRack x -> x.id();
            case TwoPhaseTank x -> x.id();
            case SinglePhaseTank x -> x.id();
            case DryCooler x -> x.id();
            case CoolingTower x -> x.id();
            case Chiller x -> x.id();
            case HeatReuse x -> x.id();
            default -> throw new IllegalStateException("not a plant record: " + v);
        };
    }

    static String loopId(Object v) {
        return switch (v) {
            case Pump x -> x.loopId();
            case ColdPlateRack x -> x.loopId();
            case TwoPhaseTank x -> x.loopId();
            case SinglePhaseTank x -> x.loopId();
            case DryCooler x -> x.loopId();
            case CoolingTower x -> x.loopId();
            case Chiller x -> x.loopId();
            case HeatReuse x -> x.loopId();
            case Cdu x -> x.secondaryLoopId();
            default -> throw new IllegalStateException("not a single-loop record: " + v);
        };
    }
}
