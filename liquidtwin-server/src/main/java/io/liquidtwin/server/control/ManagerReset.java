package io.liquidtwin.server.control;

import io.liquidtwin.server.redfish.RedfishDirectory;
import io.liquidtwin.server.redfish.RedfishDirectory.Method;
import io.liquidtwin.server.redfish.RedfishDirectory.Response;
import io.liquidtwin.server.redfish.RedfishModel;
import java.util.Set;

/**
 * {@code POST /redfish/v1/Managers/TwinManager/Actions/Manager.Reset} with {@code ResetType} {@code GracefulRestart}
 * (the one type the Manager lists): the twin's control layer restarts from the plant's configuration
 * ({@link Request.Reset}), through the {@link ControlService}, so it needs ConfigureManager and is audited like every
 * command. Another ResetType is ActionParameterValueNotInList; the simulation goes on running throughout.
 */
final class ManagerReset {

    static final String ACTION = "Manager.Reset";
    static final String TARGET = RedfishModel.MANAGER + "/Actions/" + ACTION;
    static final Set<String> TYPES = Set.of("GracefulRestart");

    private final ControlService service;

    ManagerReset(ControlService service) {
        this.service = service;
    }

    void register(RedfishDirectory dir) {
        String manager = RedfishModel.MANAGER.substring(RedfishModel.MANAGER.lastIndexOf('/') + 1);
        dir.on(Method.POST, TARGET::equals, (uri, body, who) -> {
            service.execute(new Actor(who, Via.redfish), Command.managerReset, manager, body, () -> {
                Bodies.onlyKnown(ACTION, body, Set.of("ResetType"));
                return new Request.Reset(manager, Bodies.enumParameter(ACTION, body, "ResetType", TYPES, true));
            });
            return Response.ok(Bodies.success());
        });
    }
}
