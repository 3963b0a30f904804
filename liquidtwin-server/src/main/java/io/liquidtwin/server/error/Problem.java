package io.liquidtwin.server.error;

/**
 * Every error the server reports to a client, with its HTTP status and its DMTF Base message registry entry
 * (Base.1.22; the message templates are the registry's, {@code %1}, {@code %2}, … replaced by the arguments).
 * {@link #GENERAL_ERROR} carries a LiquidTwin-specific explanation in its resolution text.
 */
public enum Problem {
    RESOURCE_NOT_FOUND(404, "ResourceNotFound", "The requested resource of type %1 named '%2' was not found.",
            "Provide a valid resource identifier and resubmit the request."),
    INVALID_URI(404, "InvalidURI", "The URI %1 was not found.", "Correct the URI and resubmit the request."),
    NO_VALID_SESSION(401, "NoValidSession", "There is no valid session established with the implementation.",
            "Establish a session (POST /redfish/v1/SessionService/Sessions) or send Basic credentials, then resubmit."),
    INSUFFICIENT_PRIVILEGE(403, "InsufficientPrivilege", "There are insufficient privileges for the account or"
            + " credentials associated with the current session to perform the requested operation.",
            "Either abandon the operation or change the associated access rights and resubmit the request."),
    MALFORMED_JSON(400, "MalformedJSON", "The request body submitted was malformed JSON and could not be parsed by the"
            + " receiving service.", "Ensure that the request body is valid JSON and resubmit the request."),
    PROPERTY_VALUE_OUT_OF_RANGE(400, "PropertyValueOutOfRange", "The value '%1' for the property %2 is not in the"
            + " supported range of acceptable values.", "Correct the value for the property in the request body and"
            + " resubmit the request."),
    PROPERTY_VALUE_TYPE_ERROR(400, "PropertyValueTypeError", "The value '%1' for the property %2 is not a type that the"
            + " property can accept.", "Correct the value for the property in the request body and resubmit the"
            + " request."),
    PROPERTY_VALUE_NOT_IN_LIST(400, "PropertyValueNotInList", "The value '%1' for the property %2 is not in the list of"
            + " acceptable values.", "Choose a value from the enumeration list that the implementation can support"
            + " and resubmit the request."),
    PROPERTY_VALUE_FORMAT_ERROR(400, "PropertyValueFormatError", "The value '%1' for the property %2 is not a format"
            + " that the property can accept.", "Correct the value for the property in the request body and resubmit"
            + " the request."),
    PROPERTY_UNKNOWN(400, "PropertyUnknown", "The property %1 is not in the list of valid properties for the resource.",
            "Remove the unknown property from the request body and resubmit the request."),
    PROPERTY_NOT_WRITABLE(400, "PropertyNotWritable", "The property %1 is a read-only property and cannot be assigned"
            + " a value.", "Remove the property from the request body and resubmit the request."),
    PROPERTY_MISSING(400, "PropertyMissing", "The property %1 is a required property and must be included in the"
            + " request.", "Ensure that the property is in the request body and has a valid value and resubmit the"
            + " request."),
    ACTION_NOT_SUPPORTED(400, "ActionNotSupported", "The action %1 is not supported by the resource.",
            "The action supplied cannot be resubmitted to the implementation.  Perhaps the action was invalid, the"
            + " wrong resource was the target or the implementation documentation may be of assistance."),
    ACTION_PARAMETER_MISSING(400, "ActionParameterMissing", "The action %1 requires the parameter %2 to be present in"
            + " the request body.", "Supply the action with the required parameter in the request body when the"
            + " request is resubmitted."),
    ACTION_PARAMETER_UNKNOWN(400, "ActionParameterUnknown", "The action %1 was submitted with the invalid parameter"
            + " %2.", "Correct the invalid action parameter and resubmit the request."),
    ACTION_PARAMETER_VALUE_TYPE_ERROR(400, "ActionParameterValueTypeError", "The value '%1' for the parameter %2 in the"
            + " action %3 is not a type that the parameter can accept.", "Correct the value for the parameter in the"
            + " request body and resubmit the request if the operation failed."),
    ACTION_PARAMETER_VALUE_NOT_IN_LIST(400, "ActionParameterValueNotInList", "The value '%1' for the parameter %2 in"
            + " the action %3 is not in the list of acceptable values.", "Choose a value from the enumeration list"
            + " that the implementation can support and resubmit the request if the operation failed."),
    ACTION_PARAMETER_VALUE_ERROR(400, "ActionParameterValueError", "The value for the parameter %1 in the action %2 is"
            + " invalid.", "Correct the value for the parameter in the request body and resubmit the request if the"
            + " operation failed."),
    QUERY_PARAMETER_VALUE_FORMAT_ERROR(400, "QueryParameterValueFormatError", "The value '%1' for the parameter %2 is"
            + " not a format that the parameter can accept.", "Correct the value for the query parameter in the"
            + " request and resubmit the request if the operation failed."),
    QUERY_PARAMETER_UNSUPPORTED(400, "QueryParameterUnsupported", "Query parameter '%1' is not supported.",
            "Correct or remove the query parameter and resubmit the request."),
    QUERY_NOT_SUPPORTED_ON_RESOURCE(400, "QueryNotSupportedOnResource", "Querying is not supported on the requested"
            + " resource.", "Remove the query parameters and resubmit the request if the operation failed."),
    HEADER_INVALID(400, "HeaderInvalid", "Header '%1' is invalid.", "Resubmit the request with a valid header."),
    CREATE_FAILED_MISSING_REQ_PROPERTIES(400, "CreateFailedMissingReqProperties", "The create operation failed because"
            + " the required property %1 was missing from the request.", "Correct the body to include the required"
            + " property with a valid value and resubmit the request if the operation failed."),
    RESOURCE_ALREADY_EXISTS(409, "ResourceAlreadyExists", "The requested resource of type %1 with the property %2 with"
            + " the value '%3' already exists.", "Do not repeat the create operation as the resource has already been"
            + " created."),
    RESOURCE_CANNOT_BE_DELETED(405, "ResourceCannotBeDeleted", "The delete request failed because the resource"
            + " requested cannot be deleted.", "Do not attempt to delete a non-deletable resource."),
    OPERATION_NOT_ALLOWED(405, "OperationNotAllowed", "The HTTP method is not allowed on this resource.",
            "None."),
    PRECONDITION_FAILED(412, "PreconditionFailed", "The ETag supplied did not match the ETag required to change this"
            + " resource.", "Try the operation again using the appropriate ETag."),
    PAYLOAD_TOO_LARGE(413, "PayloadTooLarge", "The supplied payload exceeds the maximum size supported by the service.",
            "Correct the request body and resubmit the request."),
    SESSION_LIMIT_EXCEEDED(503, "SessionLimitExceeded", "The session establishment failed due to the number of"
            + " simultaneous sessions exceeding the limit of the implementation.", "Reduce the number of other"
            + " sessions before trying to establish the session or increase the limit of simultaneous sessions"
            + " (if supported)."),
    SERVICE_TEMPORARILY_UNAVAILABLE(503, "ServiceTemporarilyUnavailable", "The service is temporarily unavailable."
            + "  Retry in %1 seconds.", "Wait for the indicated retry duration and retry the operation."),
    /** A LiquidTwin-specific client error; the first argument is the explanation (shown as the resolution). */
    GENERAL_ERROR(400, "GeneralError", "A general error has occurred.  See Resolution for information on how to resolve"
            + " the error, or @Message.ExtendedInfo if Resolution is not provided.", "%1"),
    INTERNAL_ERROR(500, "InternalError", "The request failed due to an internal service error.  The service is still"
            + " operational.", "Resubmit the request.  If the problem persists, consider resetting the service.");

    /** The registry prefix of every MessageId (DSP8011 Base 1.22: {@code Registry.Major.Minor.Key}). */
    public static final String REGISTRY = "Base.1.22";

    private final int httpStatus;
    private final String key;
    private final String template;
    private final String resolution;

    Problem(int httpStatus, String key, String template, String resolution) {
        this.httpStatus = httpStatus;
        this.key = key;
        this.template = template;
        this.resolution = resolution;
    }

    /** @return the HTTP status this problem answers with */
    public int httpStatus() {
        return httpStatus;
    }

    /** @return the full MessageId, e.g. {@code Base.1.22.ResourceNotFound} */
    public String messageId() {
        return REGISTRY + "." + key;
    }

    /** @return the registry's severity: Warning for a bad value or property, Critical for a failed request */
    public String severity() {
        return name().startsWith("PROPERTY_") || name().startsWith("QUERY_PARAMETER")
                || name().startsWith("ACTION_PARAMETER_VALUE") || this == ACTION_PARAMETER_UNKNOWN
                || this == QUERY_NOT_SUPPORTED_ON_RESOURCE ? "Warning" : "Critical";
    }

    /** @return the message with {@code %1}, {@code %2}, … replaced by {@code args} (missing ones left as they are) */
    public String message(Object... args) {
        return format(template, args);
    }

    /** @return the resolution text ({@link #GENERAL_ERROR}'s is its first argument) */
    public String resolution(Object... args) {
        return format(resolution, args);
    }

    /** @return how many {@code %n} arguments the message (or, for GENERAL_ERROR, the resolution) takes */
    public int argumentCount() {
        String s = template + resolution;
        int n = 0;
        while (s.contains("%" + (n + 1))) {
            n++;
        }
        return n;
    }

    /**
     * @return a Redfish message template (any registry's) with {@code %1}, {@code %2}, … replaced by {@code args};
     *         placeholders without an argument are left as they are
     */
    public static String format(String text, Object... args) {
        String out = text;
        for (int i = args.length; i >= 1; i--) {
            out = out.replace("%" + i, String.valueOf(args[i - 1]));
        }
        return out;
    }
}
