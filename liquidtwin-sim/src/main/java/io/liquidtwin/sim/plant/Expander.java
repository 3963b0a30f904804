package io.liquidtwin.sim.plant;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Expands templates into records: {@code count: n} on a CDU, rack or tank makes n items {@code <id>-1 … <id>-n};
 * a group with {@code count: n} makes n copies of its loops and equipment with the suffix {@code -01 … -n}
 * (zero-padded to the width of n), item counts inside a group add a second suffix ({@code rack-07-2}). References
 * are resolved per copy and checked (known loop, right loop kind); ids must be unique (loops and equipment are two
 * separate name spaces).
 */
final class Expander {

    /** Most records a plant may expand to (loops and equipment together). */
    static final int MAX_GENERATED = 200_000;

    /**
     * How names resolve in one copy.
     *
     * @param suffix         appended to every local id ("" at top level)
     * @param localLoops     loop ids defined in the group (resolved with the suffix)
     * @param localEquipment equipment ids defined in the group
     * @param generated      whether this is a group copy
     */
    record Scope(String suffix, Set<String> localLoops, Set<String> localEquipment, boolean generated) {

        static final Scope TOP = new Scope("", Set.of(), Set.of(), false);

        String loop(String written) {
            return localLoops.contains(written) ? written + suffix : written;
        }

        String equipment(String written) {
            return localEquipment.contains(written) ? written + suffix : written;
        }
    }

    private final Assembly a;
    private int generated;
    /** Message for each unknown loop name (computed once: copies of a group repeat the same unknown name). */
    private final java.util.Map<String, String> unknownLoop = new java.util.HashMap<>();

    private Expander(Assembly a) {
        this.a = a;
    }

    static Assembly expand(Problems problems, double atmosphericPa, List<Template<LoopInfo>> loops,
                           List<Template<?>> equipment, List<GroupReader.Group> groups) {
        Expander x = new Expander(new Assembly(problems, atmosphericPa));
        List<Scope> scopes = new ArrayList<>();
        List<GroupReader.Group> kept = new ArrayList<>();
        for (GroupReader.Group g : groups) {
            long size = g.loops().size();
            for (Template<?> t : g.equipment()) {
                size += t.count();
            }
            if ((long) g.count() * size + x.generated > MAX_GENERATED) {
                problems.error(g.countOrigin(), "this group would make " + (long) g.count() * size + " items; a "
                        + "plant may expand to at most " + MAX_GENERATED);
                x.a.allLoopsIncomplete = true;
                continue;
            }
            x.generated += (int) (g.count() * size);
            kept.add(g);
        }
        for (Template<LoopInfo> t : loops) {
            x.loop(t, Scope.TOP, Set.of());
        }
        for (GroupReader.Group g : kept) {
            Set<String> localLoops = ids(g.loops());
            Set<String> localEquipment = ids(g.equipment());
            int width = Integer.toString(g.count()).length();
            Set<String> omit = omitted(g);
            for (int i = 1; i <= g.count(); i++) {
                Scope s = new Scope("-" + pad(i, width), localLoops, localEquipment, true);
                scopes.add(s);
                for (Template<LoopInfo> t : g.loops()) {
                    x.loop(t, s, omit);
                }
            }
        }
        for (Template<?> t : equipment) {
            x.equipment(t, Scope.TOP, Set.of());
        }
        int si = 0;
        for (GroupReader.Group g : kept) {
            Set<String> omit = omitted(g);
            Set<String> made = new HashSet<>();
            for (int i = 1; i <= g.count(); i++) {
                Scope s = scopes.get(si++);
                for (Template<LoopInfo> t : g.loops()) {
                    if (t.localId() != null) {
                        made.add(t.localId() + s.suffix());
                    }
                }
                for (Template<?> t : g.equipment()) {
                    made.addAll(x.equipment(t, s, omit));
                }
            }
            for (Fields.Ref r : g.omit()) {
                if (!made.contains(r.name())) {
                    problems.error(r.origin(), "omit: '" + r.name() + "' is not an id this group generates; "
                            + "generated ids look like " + example(g));
                }
            }
        }
        return x.a;
    }

    private static Set<String> ids(List<? extends Template<?>> templates) {
        Set<String> out = new LinkedHashSet<>();
        for (Template<?> t : templates) {
            if (t.localId() != null) {
                out.add(t.localId());
            }
        }
        return out;
    }

    private static Set<String> omitted(GroupReader.Group g) {
        Set<String> out = new HashSet<>();
        g.omit().forEach(r -> out.add(r.name()));
        return out;
    }

    private static String example(GroupReader.Group g) {
        int width = Integer.toString(g.count()).length();
        String last = "-" + pad(g.count(), width);
        List<String> ex = new ArrayList<>();
        for (Template<?> t : g.loops()) {
            ex.add(t.localId() + "-" + pad(1, width) + " … " + t.localId() + last);
        }
        for (Template<?> t : g.equipment()) {
            ex.add(t.count() > 1 ? t.localId() + "-" + pad(1, width) + "-1 … " + t.localId() + last + "-" + t.count()
                    : t.localId() + "-" + pad(1, width) + " … " + t.localId() + last);
        }
        return Fmt.list(ex, 4);
    }

    static String pad(int i, int width) {
        String s = Integer.toString(i);
        return "0".repeat(Math.max(0, width - s.length())) + s;
    }

    private void loop(Template<LoopInfo> t, Scope s, Set<String> omit) {
        if (t.localId() == null) {
            a.allLoopsIncomplete = true;
            return;
        }
        String id = t.localId() + s.suffix();
        if (omit.contains(id)) {
            return;
        }
        if (a.loops.containsKey(id) || a.brokenLoops.contains(id)) {
            Placed<LoopInfo> other = a.loops.get(id);
            a.problems.error(t.idOrigin(), "duplicate loop id '" + id + "'" + (other == null ? ""
                    : " (also defined at line " + other.template().idOrigin().line() + ")"));
            return;
        }
        a.loopIds.add(id);
        if (t.failed()) {
            a.brokenLoops.add(id);
            return;
        }
        LoopInfo li = t.factory().make(id, null);
        a.loops.put(id, new Placed<>(li, t, s.generated(), s));
    }

    /** @return the ids generated for this template in this scope */
    private <T> List<String> equipment(Template<T> t, Scope s, Set<String> omit) {
        List<String> made = new ArrayList<>();
        if (t.localId() == null) {
            markIncomplete(t, s, false);
            return made;
        }
        int width = Integer.toString(t.count()).length();
        boolean copies = s.generated() || t.count() > 1;
        for (int k = 1; k <= t.count(); k++) {
            String id = t.localId() + s.suffix() + (t.count() > 1 ? "-" + pad(k, width) : "");
            made.add(id);
            if (omit.contains(id)) {
                continue;
            }
            if (a.equipment.containsKey(id) || a.brokenEquipment.contains(id)) {
                Placed<?> other = a.equipment.get(id);
                String msg = "duplicate equipment id '" + id + "'" + (other == null ? ""
                        : " (also used by the " + other.template().kind().label + " at line "
                        + other.template().idOrigin().line() + ")");
                if (copies) {
                    a.problems.repeated(t.idOrigin(), "duplicate", msg);
                } else {
                    a.problems.error(t.idOrigin(), msg);
                }
                continue;
            }
            boolean refsOk = refsResolve(t, s, copies);
            if (t.failed() || !refsOk) {
                a.brokenEquipment.add(id);
                markIncomplete(t, s, refsOk);
                continue;
            }
            T value = t.factory().make(id, resolver(s));
            a.add(new Placed<>(value, t, copies, s));
        }
        return made;
    }

    private void markIncomplete(Template<?> t, Scope s, boolean refsOk) {
        int expected = t.kind() == EquipmentKind.CDUS ? 2 : 1;
        if (!refsOk || t.loopRefs().size() < expected) {
            a.unplacedKinds.add(t.kind());
        }
        for (Template.LoopRef r : t.loopRefs()) {
            a.incompleteLoops.add(s.loop(r.ref().name()));
        }
    }

    private boolean refsResolve(Template<?> t, Scope s, boolean copies) {
        boolean ok = true;
        for (Template.LoopRef r : t.loopRefs()) {
            String name = s.loop(r.ref().name());
            Placed<LoopInfo> loop = a.loops.get(name);
            String msg = null;
            if (loop == null) {
                ok = false;
                if (!a.brokenLoops.contains(name)) {
                    msg = unknownLoop.computeIfAbsent(name, x -> "unknown loop '" + x + "'"
                            + Fmt.didYouMean(x, a.loopIds) + "; known loops: " + Fmt.list(a.loopIds, 12));
                }
            } else if (loop.value().loop().kind() != r.expected()) {
                ok = false;
                msg = "'" + name + "' is a " + loop.value().loop().kind().yamlName() + " loop, but " + r.why();
            }
            if (msg != null) {
                if (copies) {
                    a.problems.repeated(r.ref().origin(), "ref", msg);
                } else {
                    a.problems.error(r.ref().origin(), msg);
                }
            }
        }
        return ok;
    }

    private Template.Resolver resolver(Scope s) {
        return new Template.Resolver() {
            @Override
            public String name(String written) {
                return s.loop(written);
            }

            @Override
            public LoopInfo loop(String written) {
                return a.loops.get(s.loop(written)).value();
            }

            @Override
            public double atmosphericPressurePa() {
                return a.atmosphericPa;
            }
        };
    }
}
