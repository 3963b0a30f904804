package io.liquidtwin.sim.plant;

import java.util.List;

/**
 * A loop or equipment item as read from the file, before count and group expansion: its values are checked once
 * here and copied into as many records as the item (or its group) asks for.
 *
 * @param kind          equipment kind, or null for a loop
 * @param localId       the id as written (null when it was invalid)
 * @param count         copies ({@code count:} of an expanding kind; 1 otherwise)
 * @param origin        the item's mapping (errors about the item as a whole are reported here)
 * @param idOrigin      the item's id value
 * @param loopRefs      loop references with the loop kind each must have
 * @param equipmentRefs equipment references (a facility loop's heat-rejection order)
 * @param factory       builds one record for a generated id; null when the item had errors
 * @param <T>           the record type
 */
record Template<T>(EquipmentKind kind, String localId, int count, Origin origin, Origin idOrigin,
                   List<LoopRef> loopRefs, List<Fields.Ref> equipmentRefs, Factory<T> factory) {

    /** A reference to a loop and the loop kind it must point at. */
    record LoopRef(String field, Fields.Ref ref, LoopKind expected, String why) {
    }

    /** Builds one record of the item. */
    interface Factory<T> {
        /**
         * @param id generated (or written) id of this copy
         * @param r  resolves references of this copy (all loop references are known to resolve to loops of the right
         *           kind when this is called)
         */
        T make(String id, Resolver r);
    }

    /** Resolves the references of one copy. */
    interface Resolver {
        /** @return the resolved id of a name written in the item (group-local names get the copy's suffix) */
        String name(String written);

        /** @return the loop a written loop name resolves to */
        LoopInfo loop(String written);

        /** @return the site's atmospheric pressure (sea level without a site), Pa */
        double atmosphericPressurePa();
    }

    /** @return this template without its factory (the item had errors; its id still counts as taken) */
    Template<T> broken() {
        return new Template<>(kind, localId, count, origin, idOrigin, loopRefs, equipmentRefs, null);
    }

    boolean failed() {
        return factory == null;
    }
}
