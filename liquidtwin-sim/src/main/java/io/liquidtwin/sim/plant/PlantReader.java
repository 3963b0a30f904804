package io.liquidtwin.sim.plant;

import io.liquidtwin.physics.OutOfRangeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleFunction;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/** Reads one plant document: sections, catalogue, expansion, checks; all errors collected, then thrown at once. */
final class PlantReader {

    private PlantReader() {
    }

    static Plant read(String text, String file) {
        Problems p = new Problems(file);
        Node root = YamlText.parse(text, file, p);
        if (root == null) {
            p.throwIfAny();
        }
        Origin top = new Origin(file, Origin.lineOr(root, 1), "");
        if (!(root instanceof MappingNode)) {
            p.error(top, "the plant file must be a mapping of fields (name, loops, equipment, …), found "
                    + Fields.describe(root));
            p.throwIfAny();
        }
        Fields f = Fields.of(p, top, root, "the plant");
        f.integer("formatVersion", 1, 1, 1);
        String name = f.text("name", null);
        String description = Common.description(f);
        Optional<Site> site = LoopReader.site(f.child("site", "designDryBulbC, designWetBulbC, altitudeM"));
        double atm = Site.atmosphericPressurePa(site.map(Site::altitudeM).orElse(0.0));
        Catalogue catalogue = Catalogue.builtIn(p);
        Fields local = f.child("catalogue", "catalogue sections (cdus, pumps, …) of model name → fields");
        if (local != null) {
            catalogue = catalogue.plus(local);
        }
        List<Template<LoopInfo>> loops = new ArrayList<>();
        for (Fields.Found l : f.list("loops", "loops")) {
            loops.add(LoopReader.read(l, p, atm));
        }
        Fields eq = f.child("equipment", "equipment sections: pumps, cdus, coldPlateRacks, twoPhaseTanks, …");
        List<Template<?>> equipment = eq == null ? List.of() : EquipmentReader.readSection(eq, catalogue);
        List<GroupReader.Group> groups = new ArrayList<>();
        boolean groupsFailed = false;
        for (Fields.Found g : f.list("groups", "groups")) {
            GroupReader.Group group = GroupReader.read(g, catalogue, p, atm);
            if (group != null) {
                groups.add(group);
            } else {
                groupsFailed = true;
            }
        }
        if (loops.isEmpty() && groups.isEmpty() && !groupsFailed) {
            p.error(top, "the plant has no loops: give 'loops:' with at least one facility loop (see "
                    + "docs/plant-format.md)");
        }
        DoubleFunction<Electrical> electrical = SettingsReader.electrical(f.child("electrical",
                "transformer, ups, pdu, lightingKw, otherLoadsKw"));
        Controls controls = SettingsReader.controls(f.child("controls", "controlIntervalS, PI gains, setpoints"));
        f.finish();

        Assembly a = Expander.expand(p, atm, loops, equipment, groups);
        if (groupsFailed) {
            a.allLoopsIncomplete = true;
        }
        TopologyChecks.run(a);
        try {
            LoopCapacityChecks.run(a, site);
        } catch (OutOfRangeException e) {
            p.error(top, "the design point is outside a model's range: " + e.getMessage());
        }
        ConsumerChecks.run(a);
        p.throwIfAny();

        List<Loop> loopList = new ArrayList<>();
        a.loops.values().forEach(l -> loopList.add(l.value().loop()));
        List<ColdPlateRack> racks = a.values(EquipmentKind.COLD_PLATE_RACKS);
        List<TwoPhaseTank> twoPhase = a.values(EquipmentKind.TWO_PHASE_TANKS);
        List<SinglePhaseTank> singlePhase = a.values(EquipmentKind.SINGLE_PHASE_TANKS);
        double it = racks.stream().mapToDouble(ColdPlateRack::itPowerW).sum()
                + twoPhase.stream().mapToDouble(TwoPhaseTank::itPowerW).sum()
                + singlePhase.stream().mapToDouble(SinglePhaseTank::itPowerW).sum();
        return new Plant(name, description, file, site, loopList, a.values(EquipmentKind.PUMPS),
                a.values(EquipmentKind.CDUS), racks, twoPhase, singlePhase, a.values(EquipmentKind.DRY_COOLERS),
                a.values(EquipmentKind.COOLING_TOWERS), a.values(EquipmentKind.CHILLERS),
                a.values(EquipmentKind.HEAT_REUSE), electrical.apply(it > 0 ? it : 1e3), controls);
    }
}
