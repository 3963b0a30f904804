package io.liquidtwin.server.redfish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates payloads against the DMTF JSON schemas in {@code ../shared/redfish/json-schema}, offline: schema IRIs
 * {@code http://redfish.dmtf.org/schemas/v1/X.json} are read from that folder. The schemas declare DMTF's own
 * meta-schema ({@code redfish-schema-v1.json}, a draft-04 extension with annotations only), which the validator does
 * not know; they are validated as draft 7, which reads the same keywords ({@code $id}, {@code $ref},
 * {@code definitions}, {@code anyOf}, {@code additionalProperties}, {@code patternProperties}, {@code enum}).
 */
public final class RedfishSchemas {

    static final String PREFIX = "http://redfish.dmtf.org/schemas/v1/";
    private static final String REDFISH_META = PREFIX + "redfish-schema-v1.json";
    private static final String DRAFT7 = "http://json-schema.org/draft-07/schema#";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    public RedfishSchemas(Path dir) {
        this.dir = dir;
        this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                b -> b.schemas(this::load));
    }

    private String load(String iri) {
        if (!iri.startsWith(PREFIX)) {
            return null;
        }
        String file = fileOf(iri);
        try {
            JsonNode schema = JSON.readTree(Files.readString(dir.resolve(file)).replace(REDFISH_META, DRAFT7));
            dropMissingAlternatives(schema);
            return schema.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The unversioned files ({@code Sensor.json}) define each type as {@code anyOf} every version's definition,
     * and the bundle keeps only the newest of most versions: drop the alternatives whose file is not here. A
     * smaller {@code anyOf} only accepts less, so this never lets an invalid payload through.
     */
    private void dropMissingAlternatives(JsonNode node) {
        if (node.isObject()) {
            JsonNode any = node.get("anyOf");
            if (any instanceof ArrayNode alternatives) {
                for (int i = alternatives.size() - 1; i >= 0; i--) {
                    String ref = alternatives.get(i).path("$ref").asText("");
                    if (ref.startsWith(PREFIX) && !Files.isRegularFile(dir.resolve(fileOf(ref)))) {
                        alternatives.remove(i);
                    }
                }
            }
            node.forEach(this::dropMissingAlternatives);
        } else if (node.isArray()) {
            node.forEach(this::dropMissingAlternatives);
        }
    }

    private static String fileOf(String iri) {
        String file = iri.substring(PREFIX.length());
        int hash = file.indexOf('#');
        return hash >= 0 ? file.substring(0, hash) : file;
    }

    /** @return the schema file a payload's {@code @odata.type} names: {@code #X.v1_2_0.X} → {@code X.v1_2_0.json} */
    static String schemaFile(JsonNode payload) {
        String type = payload.path("@odata.type").asText();
        if (!type.startsWith("#") || type.lastIndexOf('.') < 0) {
            throw new IllegalArgumentException("no @odata.type in " + payload);
        }
        return type.substring(1, type.lastIndexOf('.')) + ".json";
    }

    /** @return the validation errors of a payload against the schema its {@code @odata.type} names */
    public List<String> errors(JsonNode payload) {
        String file = schemaFile(payload);
        if (!Files.isRegularFile(dir.resolve(file))) {
            return List.of("no schema file " + file + " for " + payload.path("@odata.type").asText());
        }
        Schema s = schemas.computeIfAbsent(file, f -> registry.getSchema(SchemaLocation.of(PREFIX + f)));
        return s.validate(payload.toString(), InputFormat.JSON).stream().map(Error::toString).toList();
    }
}
