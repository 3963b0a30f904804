package io.liquidtwin.sim.plant;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the {@code equipment:} section (of the plant or of a group): one list per kind, each item a mapping with an
 * id, an optional catalogue model whose fields the item may override, and the kind's own fields.
 */
final class EquipmentReader {

    /**
     * What every item has.
     *
     * @param kind     equipment kind
     * @param id       the id as written (null when invalid)
     * @param origin   the item's mapping
     * @param idOrigin the id's value
     * @param model    catalogue model name, if one was named
     * @param count    copies (expanding kinds), else 1
     */
    record Header(EquipmentKind kind, String id, Origin origin, Origin idOrigin, Optional<String> model, int count) {

        <T> Template<T> template(List<Template.LoopRef> refs, Template.Factory<T> factory) {
            return new Template<>(kind, id, count, origin, idOrigin, refs, List.of(), factory);
        }
    }

    private EquipmentReader() {
    }

    /** @return the references that were read (null ones belong to items that failed anyway) */
    static List<Template.LoopRef> refs(Template.LoopRef... refs) {
        List<Template.LoopRef> out = new ArrayList<>();
        for (Template.LoopRef r : refs) {
            if (r.ref() != null) {
                out.add(r);
            }
        }
        return out;
    }

    /** @return the templates of every item of the section, in file order (failed items as broken templates) */
    static List<Template<?>> readSection(Fields equipment, Catalogue catalogue) {
        List<Template<?>> out = new ArrayList<>();
        for (EquipmentKind kind : EquipmentKind.values()) {
            for (Fields.Found item : equipment.list(kind.section, kind.label + "s")) {
                out.add(readItem(kind, item, catalogue, equipment.problems()));
            }
        }
        equipment.finish();
        return out;
    }

    static Template<?> readItem(EquipmentKind kind, Fields.Found item, Catalogue catalogue, Problems problems) {
        Fields place = Fields.of(problems, item.origin(), item.value(), "a " + kind.label + " with at least an id");
        Fields.Ref idRef = place.ref("id");
        Common.description(place);
        Optional<String> modelName = Optional.empty();
        Fields model = place;
        if (kind.catalogued) {
            Fields.Ref m = place.optionalRef("model");
            if (m != null) {
                Fields.Layer entry = catalogue.entry(kind, m.name());
                if (entry == null) {
                    problems.error(m.origin(), "unknown " + kind.label + " model '" + m.name() + "'"
                            + Fmt.didYouMean(m.name(), catalogue.names(kind)) + "; catalogue " + kind.section + ": "
                            + Fmt.list(catalogue.names(kind), 20));
                    place.fail();
                }
                modelName = Optional.of(m.name());
                model = place.withModel(entry, m.name(), "", entry == null);
            } else if (place.has("model")) {
                place.fail();
                model = place.withModel(null, null, "", true);
            } else {
                model = place.withModel(null, null, "; give it here or name a catalogue model with 'model:'", false);
            }
        }
        int count = kind.expands ? place.integer("count", 1, Common.MAX_COUNT, 1) : 1;
        Header h = new Header(kind, idRef == null ? null : idRef.name(), item.origin(),
                idRef == null ? item.origin() : idRef.origin(), modelName, count == Integer.MIN_VALUE ? 1 : count);
        Template<?> t = switch (kind) {
            case PUMPS -> HydraulicReaders.pump(place, model, h);
            case CDUS -> HydraulicReaders.cdu(place, model, h);
            case COLD_PLATE_RACKS -> ConsumerReaders.rack(place, model, h);
            case TWO_PHASE_TANKS -> ConsumerReaders.twoPhaseTank(place, model, h);
            case SINGLE_PHASE_TANKS -> ConsumerReaders.singlePhaseTank(place, model, h);
            case DRY_COOLERS -> HeatRejectionReaders.dryCooler(place, model, h);
            case COOLING_TOWERS -> HeatRejectionReaders.tower(place, model, h);
            case CHILLERS -> HeatRejectionReaders.chiller(place, model, h);
            case HEAT_REUSE -> HeatRejectionReaders.heatReuse(place, h);
        };
        place.finish();
        return place.failed() ? t.broken() : t;
    }

    /** Reads (and so checks) the model fields of one catalogue entry. */
    static void validateModel(EquipmentKind kind, Fields entry) {
        Common.description(entry);
        switch (kind) {
            case PUMPS -> HydraulicReaders.pumpModel(entry);
            case CDUS -> HydraulicReaders.cduModel(entry);
            case COLD_PLATE_RACKS -> ConsumerReaders.rackModel(entry);
            case TWO_PHASE_TANKS -> ConsumerReaders.twoPhaseModel(entry);
            case SINGLE_PHASE_TANKS -> ConsumerReaders.singlePhaseModel(entry);
            case DRY_COOLERS -> HeatRejectionReaders.dryCoolerModel(entry);
            case COOLING_TOWERS -> HeatRejectionReaders.towerModel(entry);
            case CHILLERS -> HeatRejectionReaders.chillerModel(entry);
            case HEAT_REUSE -> throw new IllegalStateException("heat-reuse exchangers have no catalogue");
        }
        entry.finish();
    }
}
